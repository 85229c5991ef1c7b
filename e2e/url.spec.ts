// The link is the state: a copied link reproduces the screen; a tampered one is explained and repaired.
import { expect, holdDuckDB, query, test } from './guard.ts';

test.beforeEach(async ({ page }) => {
  await holdDuckDB(page);
});

const PLAN_DEFAULTS = 'plan=sunburst&node=none&q=&governance=off&sdgSort=number&step=0&born=none&town=none&measure=aging_rate';

test('a tampered link names each bad parameter, falls back for it alone, and keeps the rest', async ({ page }) => {
  await page.goto('./?view=outlook&lang=en&srb=999&tfr=abc&year=2040&horizon=2050&inMigration=1.5&colour=red');
  const notices = page.getByRole('region', { name: 'Notices' });
  const items = notices.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveText(/The link's "tfr=abc" is not a number \(allowed: 0–3\)\. Showing the default, 0\.99, instead\./);
  await expect(items.nth(1)).toContainText('"srb=999" is out of range (allowed: 90–120). Showing the default, 105.1, instead.');
  await expect(items.nth(2)).toContainText('"colour=red" is not a setting of this dashboard');
  // The rest of the link is kept, and the link now shows what is on screen.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Population outlook');
  await expect(page.locator('#year-number')).toHaveValue('2040');
  await expect(page.locator('#horizon-number')).toHaveValue('2050');
  await expect(page.locator('#inMigration-number')).toHaveValue('1.5');
  await expect(page.locator('#srb-number')).toHaveValue('105.1');
  expect(query(page)).toBe(
    `view=outlook&lang=en&year=2040&focus=none&tfr=0.99&srb=105.1&mortalityDecline=0&inMigration=1.5&outMigration=1&horizon=2050&bands=on&${PLAN_DEFAULTS}`,
  );

  // Notices are dismissible, one by one or all at once, and follow the language.
  await items.nth(2).getByRole('button').click();
  await expect(items).toHaveCount(2);
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.getByRole('region', { name: 'お知らせ' })).toContainText(
    'リンクの「srb=999」は範囲外です（範囲 90–120）。代わりに既定値「105.1」を使います。',
  );
  await page.getByRole('button', { name: 'すべて閉じる' }).click();
  await expect(page.getByRole('region', { name: 'お知らせ' })).toBeHidden();
});

test('a copied link reproduces the screen exactly', async ({ page, context }) => {
  const link = `view=outlook&lang=en&year=2045&focus=age65plus&tfr=2030:1.1,2045:1.4&srb=104&mortalityDecline=0.5&inMigration=1.2&outMigration=0.8&horizon=2060&bands=off&${PLAN_DEFAULTS}`;
  await page.goto(`./?${link}`);
  await expect(page.getByRole('region', { name: 'Notices' })).toBeHidden();
  expect(query(page)).toBe(link);
  await expect(page.getByTestId('headline')).toHaveAttribute('data-status', 'ready');
  const total = await page.getByTestId('headline-total').getAttribute('data-value');
  expect(Number(total)).toBeGreaterThan(0);

  // Open the copied link in a fresh tab: same view, language, settings and the same projected number.
  const copy = await context.newPage();
  await copy.route('**/duckdb-eh*.wasm', () => {});
  await copy.goto(page.url());
  await expect(copy.getByRole('heading', { level: 2 })).toHaveText('Population outlook');
  await expect(copy.getByTestId('headline')).toHaveAttribute('data-status', 'ready');
  expect(await copy.getByTestId('headline-total').getAttribute('data-value')).toBe(total);
  for (const [id, value] of [
    ['srb', '104'],
    ['mortalityDecline', '0.5'],
    ['inMigration', '1.2'],
    ['outMigration', '0.8'],
    ['horizon', '2060'],
    ['year', '2045'],
  ]) {
    await expect(copy.locator(`#${id}-number`), id).toHaveValue(value);
  }
  expect(query(copy)).toBe(link);
  const state = await copy.evaluate(() => (window as unknown as { suginamiOutlook: { state: () => unknown } }).suginamiOutlook.state());
  expect(state).toMatchObject({
    view: 'outlook',
    lang: 'en',
    year: 2045,
    focus: 'age65plus',
    scenario: {
      tfr: [
        [2030, 1.1],
        [2045, 1.4],
      ],
      srb: 104,
      mortalityDecline: 0.5,
      inMigration: 1.2,
      outMigration: 0.8,
      horizon: 2060,
    },
  });
  await copy.close();
});

test('a year after the horizon is explained in Japanese and replaced by the default year', async ({ page }) => {
  await page.goto('./?year=2060&horizon=2040');
  await expect(page.getByRole('region', { name: 'お知らせ' })).toContainText(
    'リンクの「year=2060」は推計の最終年より後です（範囲 2021–2040）。代わりに既定値「2030」を使います。',
  );
  await expect(page.getByTestId('headline')).toContainText('2030（令和12）年1月1日の見通し');
  await expect(page.locator('#year-number')).toHaveValue('2030');
  await expect(page.locator('#horizon-number')).toHaveValue('2040');
});
