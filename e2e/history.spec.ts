// The ward's history on the outlook's trend charts and the past-outlooks panel, in both languages: the
// registry since 1985 drawn before the projection (Japanese only until 2012, said on the chart), past
// outlooks against the census and the registry with their errors at 5, 10 and 15 years. The history
// tables load after the first pyramid, never before it. DuckDB is held back: nothing here needs it.
import { expect, holdDuckDB, test, withoutTable } from './guard.ts';
import type { Page } from '@playwright/test';

const HISTORY_TABLES = /data\/(registry_history|census_history|past_outlooks|past_outlook_errors)\.parquet$/;

async function pastReady(page: Page): Promise<void> {
  await expect(page.locator('[data-chart="past-outlooks"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('[data-chart="total"] path[data-history="total-registry-total"]')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
}

test.beforeEach(async ({ page }) => {
  await holdDuckDB(page);
});

test('Japanese: the trend charts start from the registry in 1985 and the past outlooks are scored', async ({ page }) => {
  const asked: { path: string; at: number }[] = [];
  page.on('request', (r) => asked.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  await page.goto('./?view=outlook&lang=ja');
  await pastReady(page);

  // The history tables came after the first pyramid was painted.
  const painted = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('outlook:first-painted')[0].startTime);
  const history = asked.filter((r) => HISTORY_TABLES.test(r.path));
  expect(history.map((r) => r.path.split('/').pop()).sort()).toEqual([
    'census_history.parquet',
    'past_outlook_errors.parquet',
    'past_outlooks.parquet',
    'registry_history.parquet',
  ]);
  expect(history.every((r) => r.at > painted)).toBe(true);

  // Total: the axis starts in 1985, the past shaded and named, the registry dotted until 2012, the change said on the chart.
  const total = page.locator('[data-chart="total"]');
  await expect(total.locator('svg[role="slider"]')).toHaveAttribute('aria-valuemin', '1985');
  await expect(total.locator('rect[data-period="past"]')).toHaveCount(1);
  await expect(total.locator('path[data-history="total-registry-japanese_only"]')).toHaveClass(/dotted/);
  await expect(total.locator('svg text', { hasText: '2013年〜外国人を含む' })).toHaveCount(1);
  await expect(total.locator('svg text', { hasText: /^実績$/ })).toHaveCount(1);
  await expect(total).toContainText('2012年までは日本人のみ');
  // Pointing at 1996 reads out the registry (Japanese only) for that year.
  const svg = total.locator('svg[role="slider"]');
  await svg.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
  await expect(svg).toHaveAttribute('aria-valuetext', /^1996（平成8）年: 住民基本台帳（日本人のみ） 501,316人$/);
  // Enter on a past year does not move the outlook's year.
  const before = new URL(page.url()).searchParams.get('year');
  await page.keyboard.press('Enter');
  expect(new URL(page.url()).searchParams.get('year')).toBe(before);

  // Age groups: 65+ from the registry, census squares for the three groups.
  const groups = page.locator('[data-chart="age-groups"]');
  await expect(groups.locator('path[data-history="age65plus-registry-total"]')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
  await expect(groups.locator('rect[data-mark^="census-"]')).toHaveCount(18);
  await expect(groups).toContainText('2010年は除いています');

  // Past outlooks: five lines over the registry and the census, the errors at 5/10/15 years.
  const past = page.locator('[data-chart="past-outlooks"]');
  for (const e of ['IPSS_2008', 'IPSS_2013', 'IPSS_2018', 'IPSS_2023', 'plan_2022']) {
    await expect(past.locator(`path[data-history="outlook-${e}"]`)).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
  }
  await expect(past.locator('rect[data-mark^="census-total-"]')).toHaveCount(9);
  const row = (e: string) => past.locator(`[data-scores] tr[data-edition="${e}"]`);
  await expect(row('IPSS_2013').locator('td[data-horizon="10"] b')).toHaveText('−9.2%');
  await expect(row('IPSS_2013').locator('td[data-horizon="15"] b')).toHaveText('−12.5%');
  await expect(row('IPSS_2013').locator('td[data-horizon="15"]')).toContainText('速報値と比較');
  await expect(row('IPSS_2018').locator('td[data-horizon="5"] b')).toHaveText('−3.0%');
  await expect(row('IPSS_2023').locator('td[data-horizon="5"] b')).toHaveText('−1.3%');
  await expect(row('IPSS_2008').locator('td[data-horizon="10"]')).toHaveText('出典になし');
  await expect(row('plan_2022')).toContainText('住民基本台帳 2021年1月1日');
  await expect(row('plan_2022').locator('td[data-horizon="10"]')).toHaveText('まだ先（2031年）');
  await expect(row('IPSS_2013')).toContainText('国勢調査 2010年');
  await expect(past.locator('[data-summary]')).toHaveText(/どれも実際より少なく.*社人研 2013年推計の15年後で、−12\.5%/);
  await expect(past.locator('[data-preliminary]')).toContainText('2025年の国勢調査は速報値です');
  await expect(past).toContainText('基準の違う数字と比べるとこの差まで誤差に数えてしまう');
});

test('English: the same history and scores, in English', async ({ page }) => {
  await page.goto('./?view=outlook&lang=en');
  await pastReady(page);
  const total = page.locator('[data-chart="total"]');
  await expect(total.locator('svg text', { hasText: 'From 2013: foreign residents included' })).toHaveCount(1);
  await expect(total.locator('svg text', { hasText: /^Observed$/ })).toHaveCount(1);
  await expect(total.locator('svg text', { hasText: /^Projected$/ })).toHaveCount(1);
  const past = page.locator('[data-chart="past-outlooks"]');
  await expect(past.getByRole('heading', { name: 'Past outlooks against what happened' })).toBeVisible();
  await expect(past.locator('[data-scores] th', { hasText: 'After 10 years' })).toHaveCount(1);
  await expect(past.locator('[data-scores] tr[data-edition="IPSS_2013"] td[data-horizon="10"] b')).toHaveText('−9.2%');
  await expect(past.locator('[data-scores] tr[data-edition="plan_2022"]')).toContainText('Registry, 1 Jan 2021');
  await expect(past.locator('[data-scores] tr[data-edition="IPSS_2018"] td[data-horizon="15"]')).toHaveText('not yet (2030)');
  await expect(past.locator('[data-preliminary]')).toContainText('The 2025 census is preliminary');
  await expect(past).toContainText('scoring against the other source would count that gap as error');
});

test('without the registry table the trend charts still draw the projection and say what is missing', async ({ page, watch }) => {
  await withoutTable(page, 'registry_history');
  await page.goto('./?view=outlook&lang=en');
  const total = page.locator('[data-chart="total"]');
  await expect(total).toHaveAttribute('data-status', 'ready');
  await expect(total.locator('path[data-kind="scenario"]')).toHaveAttribute('d', /^M/);
  await expect(total.locator('svg[role="slider"]')).toHaveAttribute('aria-valuemin', '2021');
  await expect(total).toContainText("The ward's history could not be loaded");
  await expect(page.locator('[data-chart="past-outlooks"]')).toHaveAttribute('data-status', 'error');
  await expect(page.locator('[data-chart="past-outlooks"]')).toContainText('registry_history');
  watch.takeErrors();
});
