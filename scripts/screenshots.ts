// Screenshots of every view in Japanese and English, on a 1920×1080 projector, a 1366×768 laptop and a 390×844 phone,
// from the production build:  npm run build && npx tsx scripts/screenshots.ts [view …]
// Writes screenshots/<view>-<lang>-<width>x<height>.png (gitignored; full page on the projector, the
// first screen on the phone), plan-<sub-view>-<lang>-<width>x<height>.png for the plan's sub-views,
// outlook-<state>-<lang>-<width>x<height>.png for outlook states (a preset, charts with a tooltip), plus
// one of the notices a tampered link raises, and briefing-<step>-<lang>-<width>x<height>.png: briefing
// steps as the audience sees them (the screen, not the page), reached from the header's button and the
// → key (`npx tsx scripts/screenshots.ts briefing`). Starts its own
// `vite preview` and stops it however the script ends.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ROOT, startPreview } from '../e2e/preview-server.ts';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { BRIEFING_STEPS } from '../src/briefing/steps.ts';
import { VIEWS } from '../src/state/views.ts';

const OUT = path.join(ROOT, 'screenshots');
const PORT = Number(process.env.SHOT_PORT ?? 4174); // not 4173, so a running test server does not clash
/** Views to shoot, from the command line (e.g. `npx tsx scripts/screenshots.ts plan`); none: all, and the notices. */
const ONLY = process.argv.slice(2);
/** Plan sub-views: file name → link parameters. */
const PLAN_SHOTS = [
  ['field', 'plan=sunburst&node=f6'],
  ['relisted', 'plan=sunburst&node=p1.P007&q=%E5%85%AC%E5%9C%92'],
  ['governance', 'plan=sunburst&node=g1&governance=on'],
  ['sdg', 'plan=sdg&node=sdg4.p22'],
  ['timeline', 'plan=timeline'],
  ['indicators', 'plan=indicators'],
] as const;
/** Outlook states: file name → link parameters, and the element scrolled to (the viewport is shot, hovering it). */
const OUTLOOK_SHOTS = [
  ['sim1', 'tfr=2021:0.99,2030:1.8,2040:2.07&year=2050', null],
  ['pyramid', 'year=2045&inMigration=0&outMigration=0', '[data-chart="pyramid"]'],
  ['groups-focus', 'focus=age65plus&year=2040', '[data-chart="age-groups"]'],
  ['born1985', 'born=1985&year=2040', '[data-chart="pyramid"]'],
  // Scenario B (issue 9): the first screen of the workspace with a comparison, then its 影響度 table.
  ['compare', 'tfr=2021:0.99,2030:1.8,2040:2.07&b.tfr=0.99', null],
  ['compare-table', 'tfr=2021:0.99,2030:1.8,2040:2.07&b.tfr=0.99', '[data-testid="compare"]'],
  // History and bands on the total (issue 10), and the past outlooks' panel.
  ['bands', 'year=2040', '[data-chart="total"]'],
  ['past-outlooks', 'year=2040', '[data-chart="past-outlooks"]'],
  // One chart alone, as a ward page's iframe shows it (issue 11).
  ['embed', 'embed=1&chart=total', null],
] as const;
/** Town view states: file name → link parameters (a neighbourhood chosen, another measure). */
const TOWN_SHOTS = [
  ['asagaya', 'town=13115013001&measure=aging_rate'],
  ['median', 'town=13115001001&measure=median_age'],
] as const;
/** Briefing steps shot on the projector, and on the phone. */
const BRIEFING_SHOTS = { projector: [1, 3, 6, 7], phone: [3] } as const;
const VIEWPORTS = [
  { width: 1920, height: 1080, deviceScaleFactor: 1, isMobile: false },
  { width: 1366, height: 768, deviceScaleFactor: 1, isMobile: false },
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
];

/** Waits until the view has finished loading what it shows. */
async function settle(page: Page, view: string): Promise<void> {
  if (view === 'data') {
    await page.locator('[role="status"][data-duckdb="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('tr[data-status="ready"] [data-col="rows-sql"]').first().filter({ hasNotText: '—' }).waitFor({ timeout: 30_000 });
    // The workbench loads once DuckDB is ready (views/data/workbench-start.ts); its projection tables follow.
    await page.locator('[data-testid="projection-tables"][data-status="ready"]').waitFor({ timeout: 30_000 });
  } else if (view === 'plan') {
    await page.locator('[data-view="plan"] [data-chart][data-status="ready"]').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(600); // the sunburst's zoom transition
  } else if (view === 'town') {
    await page.locator('[data-chart="town-map"][data-status="ready"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="town-list"]').waitFor({ timeout: 30_000 });
  } else if (view === 'outlook') {
    // The pyramid, or in an embed link the one chart shown; then until no chart is still loading.
    await page.locator('[data-view="outlook"] [data-chart][data-status="ready"]').first().waitFor({ timeout: 30_000 });
    await page.locator('[data-view="outlook"] [data-chart][data-status="loading"]').first().waitFor({ state: 'detached' });
    await page.waitForTimeout(300); // the tables follow the charts a moment later
  }
  await page.evaluate(() => document.fonts.ready);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview(PORT);
  const BASE = server.url;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    for (const { width, height, ...device } of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width, height }, ...device, hasTouch: device.isMobile });
      const page = await context.newPage();
      for (const lang of ['ja', 'en'] as const) {
        for (const view of VIEWS.filter((v) => !ONLY.length || ONLY.includes(v))) {
          await page.goto(`${BASE}?view=${view}&lang=${lang}`);
          await settle(page, view);
          const file = path.join(OUT, `${view}-${lang}-${width}x${height}.png`);
          // Projector: the whole page. Phone: the first screen, as a resident sees it.
          await page.screenshot({ path: file, fullPage: !device.isMobile });
          console.log(path.relative(ROOT, file));
        }
        // The plan's sub-views, each with a selection that shows what it does (the plain 'plan' shot above is the whole plan).
        for (const [name, plan] of ONLY.length && !ONLY.includes('plan') ? [] : PLAN_SHOTS) {
          await page.goto(`${BASE}?view=plan&lang=${lang}&${plan}`);
          await settle(page, 'plan');
          const file = path.join(OUT, `plan-${name}-${lang}-${width}x${height}.png`);
          // Phone: the first screen of the sub-view itself (the header and counts are in the plain shot).
          if (device.isMobile)
            await page
              .locator('[data-view="plan"] [data-chart]')
              .first()
              .evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: file, fullPage: !device.isMobile });
          console.log(path.relative(ROOT, file));
        }
        // Town view: a neighbourhood chosen (the phone: scrolled to its details).
        for (const [name, params] of ONLY.length && !ONLY.includes('town') ? [] : TOWN_SHOTS) {
          await page.goto(`${BASE}?view=town&lang=${lang}&${params}`);
          await settle(page, 'town');
          const file = path.join(OUT, `town-${name}-${lang}-${width}x${height}.png`);
          if (device.isMobile) await page.locator('[data-testid="town-details"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: file, fullPage: !device.isMobile });
          console.log(path.relative(ROOT, file));
        }
        // Outlook states: a preset (whole page), and charts scrolled into view with a tooltip showing.
        for (const [name, params, target] of ONLY.length && !ONLY.includes('outlook') ? [] : OUTLOOK_SHOTS) {
          await page.goto(`${BASE}?view=outlook&lang=${lang}&${params}`);
          await settle(page, 'outlook');
          const file = path.join(OUT, `outlook-${name}-${lang}-${width}x${height}.png`);
          if (target) {
            // A phone builds the panels below the first screen on the reader's first scroll (stagger.svelte.ts).
            if (device.isMobile) {
              await page.mouse.wheel(0, 400);
              await page.waitForFunction(() => document.querySelectorAll('.room').length === 0);
            }
            const chart = page.locator(target);
            await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
            const box = await chart.locator('svg[role="slider"]').first().boundingBox();
            if (box) await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.45);
            await page.waitForTimeout(200);
          }
          await page.screenshot({ path: file, fullPage: !target && !device.isMobile });
          console.log(path.relative(ROOT, file));
        }
        // The phone's scenario sheet, opened (its sliders are built the first time it opens).
        if (device.isMobile && (!ONLY.length || ONLY.includes('outlook'))) {
          await page.goto(`${BASE}?view=outlook&lang=${lang}&tfr=1.3`);
          await settle(page, 'outlook');
          await page.locator('button[aria-controls="scenario-body"]').tap();
          await page.locator('#tfr-range').waitFor({ state: 'visible' });
          await page.waitForTimeout(300); // the sheet's slide
          const file = path.join(OUT, `outlook-sheet-${lang}-${width}x${height}.png`);
          await page.screenshot({ path: file });
          console.log(path.relative(ROOT, file));
        }
        if (!ONLY.length || ONLY.includes('briefing')) await briefingShots(page, BASE, lang, `${width}x${height}`, device.isMobile);
        if (ONLY.length && !ONLY.includes('notices')) continue;
        await page.goto(`${BASE}?view=outlook&lang=${lang}&srb=999&tfr=2040:1.2,2030:1.3&colour=red`);
        await settle(page, 'outlook');
        const file = path.join(OUT, `notices-${lang}-${width}x${height}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(ROOT, file));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

/** Walks the briefing from the header's button with the → key, shooting the screen at the chosen steps. */
async function briefingShots(page: Page, base: string, lang: 'ja' | 'en', size: string, phone: boolean): Promise<void> {
  const shots: readonly number[] = phone ? BRIEFING_SHOTS.phone : BRIEFING_SHOTS.projector;
  await page.goto(`${base}?view=outlook&lang=${lang}`);
  await settle(page, 'outlook');
  await page.locator('[data-briefing="start"]').click();
  for (let n = 1; n <= Math.max(...shots); n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await page.locator(`[data-testid="briefing-bar"][data-step="${n}"]`).waitFor();
    if (!shots.includes(n)) continue;
    await settle(page, BRIEFING_STEPS[n - 1].view);
    // The step's element scrolls smoothly into view: wait until the page stops moving.
    let last = -1;
    for (let i = 0; i < 50; i++) {
      await page.waitForTimeout(150);
      const y = await page.evaluate(() => scrollY);
      if (y === last) break;
      last = y;
    }
    const file = path.join(OUT, `briefing-${n}-${lang}-${size}.png`);
    await page.screenshot({ path: file });
    console.log(path.relative(ROOT, file));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
