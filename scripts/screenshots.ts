// Screenshots of every view in Japanese and English, on a 1920×1080 projector and a 390×844 phone,
// from the production build:  npm run build && npx tsx scripts/screenshots.ts
// Writes screenshots/<view>-<lang>-<width>x<height>.png (gitignored; full page on the projector, the
// first screen on the phone), plus one of the notices a tampered link raises. Starts its own
// `vite preview` and stops it however the script ends.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ROOT, startPreview } from '../e2e/preview-server.ts';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { VIEWS } from '../src/state/views.ts';

const OUT = path.join(ROOT, 'screenshots');
const PORT = 4174; // not 4173, so a running test server does not clash
const VIEWPORTS = [
  { width: 1920, height: 1080, deviceScaleFactor: 1, isMobile: false },
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
];

/** Waits until the view has finished loading what it shows. */
async function settle(page: Page, view: string): Promise<void> {
  if (view === 'data') {
    await page.locator('[role="status"][data-duckdb="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('tr[data-status="ready"] [data-col="rows-sql"]').first().filter({ hasNotText: '—' }).waitFor({ timeout: 30_000 });
  } else if (view === 'outlook') {
    await page.locator('[data-testid="base-total"]:not([data-status="loading"])').waitFor();
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
        for (const view of VIEWS) {
          await page.goto(`${BASE}?view=${view}&lang=${lang}`);
          await settle(page, view);
          const file = path.join(OUT, `${view}-${lang}-${width}x${height}.png`);
          // Projector: the whole page. Phone: the first screen, as a resident sees it.
          await page.screenshot({ path: file, fullPage: !device.isMobile });
          console.log(path.relative(ROOT, file));
        }
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
