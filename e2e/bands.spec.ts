// The uncertainty bands in a real browser: on by default and through the link, off through the link
// and the checkbox (the link follows), the plain sentence under the chart, the check against past
// outlooks, and the bands following a slider. DuckDB is held back (nothing here needs it).
import type { Page } from '@playwright/test';
import { expect, holdDuckDB, query, test } from './guard.ts';

const band = (page: Page, key: string) => page.locator(`[data-area="${key}"]`);
/** The total's 80 % band path, once drawn from all 1,000 runs (no "computing" line). */
async function drawn(page: Page): Promise<string> {
  await expect(band(page, 'total-band80')).toHaveCount(1, { timeout: 20_000 });
  return (await band(page, 'total-band80').getAttribute('d')) ?? '';
}

test.beforeEach(async ({ page }) => {
  await holdDuckDB(page);
});

test('bands are on by default, in Japanese, with the plain sentence and the check against past outlooks', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  expect(query(page)).toContain('&bands=on&');
  for (const key of ['total-band95', 'total-band80', 'age0_14-band80', 'age15_64-band80', 'age65plus-band95', 'aging_rate-band80']) {
    await expect(band(page, key), key).toHaveCount(1);
  }
  const total = page.locator('[data-chart="total"]');
  await expect(total.locator('[data-bands-meaning]')).toContainText('10回に8回はこの範囲に入る見込み');
  await expect(total.locator('[data-bands-check]')).toHaveText(
    /5年後±\d+\.\d%、10年後±\d+\.\d%、15年後±\d+\.\d%。過去の将来推計の外れ（絶対値の平均）は5年後\d+\.\d%、10年後\d+\.\d%、15年後\d+\.\d%/,
  );
  await expect(page.getByLabel('不確実性の帯を表示').first()).toBeChecked();
});

test('bands=off in the link draws no band; the checkbox turns them on and the link follows', async ({ page }) => {
  await page.goto('./?lang=en&bands=off');
  await expect(page.locator('[data-chart="total"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('[data-chart="aging"]')).toHaveAttribute('data-status', 'ready');
  await page.waitForTimeout(500); // the bands' code would load now, were they on
  await expect(page.locator('[data-area$="-band80"]')).toHaveCount(0);
  await expect(page.locator('[data-bands-meaning]')).toHaveCount(0);
  await page.locator('[data-chart="total"] [data-bands-toggle]').check();
  await drawn(page);
  expect(query(page)).toContain('&bands=on&');
  await expect(page.locator('[data-chart="total"] [data-bands-meaning]')).toContainText('8 times out of 10');
  await page.locator('[data-chart="aging"] [data-bands-toggle]').uncheck();
  await expect(page.locator('[data-area$="-band80"]')).toHaveCount(0);
  expect(query(page)).toContain('&bands=off&');
});

test('a bad bands value is named, and the bands stay on', async ({ page }) => {
  await page.goto('./?lang=en&bands=maybe');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('"bands=maybe"');
  await drawn(page);
  expect(query(page)).toContain('&bands=on&');
});

test('the bands follow a slider, then settle on 1,000 runs', async ({ page }) => {
  await page.goto('./?year=2065');
  const before = await drawn(page);
  const slider = page.locator('#tfr-range');
  await slider.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tfr-number')).toHaveValue('1.29');
  // Settled: the bands drawn are the 1,000 runs of the slider's last value (no timing involved: the
  // page says which runs and which TFR the bands on screen come from), and they moved.
  const status = page.locator('[data-chart="total"] [data-bands-runs]');
  await expect(status).toHaveAttribute('data-bands-tfr', '1.29', { timeout: 20_000 });
  await expect(status).toHaveAttribute('data-bands-runs', '1000', { timeout: 20_000 });
  expect(await band(page, 'total-band80').getAttribute('d')).not.toBe(before);
});
