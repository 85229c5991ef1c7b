// Screenshots of the charts that draw the ward's history and past outlooks (total, age groups, past
// outlooks), in Japanese and English at 1920×1080, 1366×768 and 390×844, each chart scrolled into view
// with a year read out:  npm run build && npx tsx scripts/history-screenshots.ts
// Writes screenshots/history-<chart>-<lang>-<width>.png. Starts and stops its own `vite preview` (SHOT_PORT).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT, startPreview } from '../e2e/preview-server.ts';
import { CHROMIUM_ARGS } from '../playwright.config.ts';

const OUT = path.join(ROOT, 'screenshots');
const PORT = Number(process.env.SHOT_PORT ?? 4174);
const VIEWPORTS = [
  { width: 1920, height: 1080, deviceScaleFactor: 1, isMobile: false },
  { width: 1366, height: 768, deviceScaleFactor: 1, isMobile: false },
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
];
/** Chart → where the pointer rests (share of the plot's width), so a readout shows. */
const CHARTS = [
  ['total', 0.7],
  ['age-groups', 0.2],
  ['past-outlooks', 0.45],
] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    for (const { width, height, ...device } of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width, height }, ...device, hasTouch: device.isMobile });
      const page = await context.newPage();
      for (const lang of ['ja', 'en'] as const) {
        await page.goto(`${server.url}?view=outlook&lang=${lang}`);
        await page.locator('[data-chart="past-outlooks"][data-status="ready"]').waitFor({ timeout: 30_000 });
        await page.evaluate(() => document.fonts.ready);
        for (const [chart, at] of CHARTS) {
          const frame = page.locator(`[data-chart="${chart}"]`);
          await frame.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          const box = (await frame.locator('svg[role="slider"]').boundingBox())!;
          await page.mouse.move(box.x + box.width * at, box.y + box.height * 0.5);
          await page.waitForTimeout(250);
          const file = path.join(OUT, `history-${chart}-${lang}-${width}.png`);
          // Desktop: the whole chart frame (notes and table included); phone: the screen as seen.
          if (device.isMobile) await page.screenshot({ path: file });
          else await frame.screenshot({ path: file });
          console.log(path.relative(ROOT, file));
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
