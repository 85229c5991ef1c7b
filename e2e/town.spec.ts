// わたしのまち / My neighbourhood (?view=town) and my generation (born=… on the outlook).
import AxeBuilder from '@axe-core/playwright';
import { expect, holdDuckDB, query, test } from './guard.ts';

const ASAGAYA_MINAMI_1 = '13115013001';

for (const lang of ['ja', 'en'] as const) {
  test(`the map draws the 139 neighbourhoods, with its legend, note and credit (${lang})`, async ({ page }) => {
    await holdDuckDB(page);
    await page.goto(`./?view=town&lang=${lang}`);
    await expect(page.locator('[data-chart="town-map"]')).toHaveAttribute('data-status', 'ready');
    await expect(page.locator('[data-testid="town-map"] path[data-code]')).toHaveCount(139);
    const fills = await page
      .locator('[data-testid="town-map"] path[data-code]')
      .evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute('fill'))).size);
    expect(fills).toBe(5);
    await expect(page.getByTestId('map-legend').locator('li')).toHaveCount(5);
    await expect(page.getByTestId('map-legend')).toContainText('%');
    await expect(page.getByTestId('town-data-note')).toContainText(lang === 'ja' ? '2022年10月頃' : 'about October 2022');
    await expect(page.getByTestId('town-data-note')).toContainText(lang === 'ja' ? '将来推計ではありません' : 'not projected');
    await expect(page.getByTestId('town-credit')).toContainText('e-Stat');
    await expect(page.getByTestId('town-list').locator('tbody tr')).toHaveCount(139);
  });
}

test('choosing a neighbourhood on the map shows its pyramid and figures and puts town= in the link; Back returns', async ({ page }) => {
  await holdDuckDB(page);
  await page.goto('./?view=town');
  await expect(page.locator('[data-chart="town-map"]')).toHaveAttribute('data-status', 'ready');
  await page.locator(`[data-testid="town-map"] path[data-code="${ASAGAYA_MINAMI_1}"]`).click();
  await expect(page).toHaveURL(/[?&]town=13115013001(&|$)/);
  const details = page.getByTestId('town-details');
  await expect(details).toHaveAttribute('data-code', ASAGAYA_MINAMI_1);
  await expect(details.getByRole('heading', { level: 3 }).first()).toHaveText('阿佐谷南一丁目の年齢構成');
  await expect(page.getByTestId('town-sentence')).toContainText(
    /阿佐谷南一丁目の高齢化率は\d+\.\d%で、区全体（21\.0%）より(高く|低く)なっています。139の町丁目のうち、高いほうから\d+番目です。/,
  );
  await expect(page.getByTestId('town-figures').locator('tbody tr')).toHaveCount(4);
  await expect(details.locator('[data-chart="town-pyramid"] svg path.bars')).toHaveCount(2);
  await expect(details.locator('[data-chart="town-pyramid"] svg path.outline')).toHaveCount(2); // the ward
  await expect(page.locator('[data-testid="town-map"] path.selected')).toHaveAttribute('data-selected', ASAGAYA_MINAMI_1);
  await expect(page.getByTestId('town-list').locator(`tr[data-code="${ASAGAYA_MINAMI_1}"]`)).toHaveAttribute('aria-current', 'true');
  await page.goBack();
  await expect(details).toHaveAttribute('data-code', 'ward');
  expect(query(page)).toContain('town=none');
});

test('the search box takes 阿佐谷南 and asagaya; the list chooses by keyboard and sorts', async ({ page }) => {
  await holdDuckDB(page);
  await page.goto('./?view=town&lang=en');
  await expect(page.getByTestId('town-list')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Find a neighbourhood' });
  await search.fill('asagaya');
  await expect(page.getByTestId('town-search-results').getByRole('button')).toHaveCount(8); // 11 matches, the first 8 shown
  await search.fill('阿佐谷南');
  await expect(page.getByTestId('town-search-results').getByRole('button')).toHaveText([
    'Asagaya-minami 1-chome (阿佐谷南一丁目)',
    'Asagaya-minami 2-chome (阿佐谷南二丁目)',
    'Asagaya-minami 3-chome (阿佐谷南三丁目)',
  ]);
  await search.press('Enter');
  await expect(page.getByTestId('town-details')).toHaveAttribute('data-code', ASAGAYA_MINAMI_1);
  await search.fill('shinjuku');
  await expect(page.locator('#town-search-status')).toHaveText('No neighbourhood matches "shinjuku".');

  // The list: ranked by the measure shown; a name button chooses from the keyboard.
  const list = page.getByTestId('town-list');
  const firstRank = list.locator('tbody tr').first().locator('td').first();
  await expect(firstRank).toHaveText('1');
  const name = list.getByRole('button', { name: /Honan 1-chome/ });
  await name.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]town=13115001001(&|$)/);
  await expect(page.getByTestId('town-sentence')).toContainText('Honan 1-chome');
  // Sort by population: the header button, then the largest first.
  await list.getByRole('button', { name: /^Sort by Population/ }).click();
  await expect(list.locator('th[aria-sort="descending"]')).toContainText('Population');
  const pops = await list
    .locator('tbody tr')
    .evaluateAll((rows) => rows.slice(0, 5).map((r) => Number(r.querySelectorAll('td')[3].textContent!.replace(/,/g, ''))));
  expect(pops).toEqual([...pops].sort((a, b) => b - a));
  // Another measure: the map recolours and the link says so.
  await page.getByRole('radio', { name: 'Median age' }).check();
  await expect(page).toHaveURL(/[?&]measure=median_age(&|$)/);
  await expect(page.getByTestId('map-legend')).toContainText('Median age (years)');
});

test('a town code that does not exist gets a notice and the ward view; a malformed one a link notice', async ({ page }) => {
  await holdDuckDB(page);
  await page.goto('./?view=town&town=13115999999');
  await expect(page.getByTestId('unknown-town')).toContainText(
    'リンクの町丁目コード「13115999999」は139の町丁目にありません。区全体を表示しています。',
  );
  await expect(page.getByTestId('town-details')).toHaveAttribute('data-code', 'ward');
  expect(query(page)).toContain('town=none');
  await page.goto('./?view=town&town=houan&lang=en');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('The link\'s "town=houan" is not a valid value');
  await expect(page.getByTestId('town-details')).toHaveAttribute('data-code', 'ward');
});

test('the town view and its data load only when it is opened', async ({ page, watch }) => {
  await page.goto('./?view=outlook');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  // Wait for the idle-time loads (other tables, other views' code, DuckDB) to have happened.
  await expect(page.locator('footer').getByRole('status')).toHaveAttribute('data-duckdb', 'ready', { timeout: 60_000 });
  const town = (u: string) => /TownView|town_boundaries|neighbourhood/.test(u);
  expect(watch.requests.filter(town)).toEqual([]);
  await page.getByRole('link', { name: 'わたしのまち' }).click();
  await expect(page.locator('[data-chart="town-map"]')).toHaveAttribute('data-status', 'ready');
  const loaded = watch.requests.filter(town).map((u) => new URL(u).pathname.replace(/-[\w-]+\.js$/, '.js'));
  expect(loaded).toEqual(
    expect.arrayContaining([
      '/assets/TownView.js',
      '/data/town_boundaries.json',
      '/data/neighbourhoods.parquet',
      '/data/neighbourhood_population.parquet',
    ]),
  );
});

test('at 360 px the town view works: map, details and list fit, the list scrolls in its own box', async ({ page }) => {
  await holdDuckDB(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`./?view=town&town=${ASAGAYA_MINAMI_1}&lang=en`);
  await expect(page.locator('[data-chart="town-map"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('town-details')).toHaveAttribute('data-code', ASAGAYA_MINAMI_1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const map = (await page.getByTestId('town-map').boundingBox())!;
  expect(map.width).toBeGreaterThan(250);
  // Tapping works on the phone too.
  await page.locator('[data-testid="town-map"] path[data-code="13115001001"]').click();
  await expect(page.getByTestId('town-details')).toHaveAttribute('data-code', '13115001001');
});

test('axe: no serious violation on the town view with a neighbourhood chosen, tables open (en)', async ({ page }) => {
  await holdDuckDB(page);
  await page.goto(`./?view=town&town=${ASAGAYA_MINAMI_1}&lang=en`);
  await expect(page.locator('[data-chart="town-map"]')).toHaveAttribute('data-status', 'ready');
  await page.locator('[data-view="town"] details').evaluateAll((els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
  await page.getByRole('searchbox').fill('asagaya');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
});

test.describe('my generation (born=1985)', () => {
  test('highlights the cohort in the pyramid and the sentence follows the year', async ({ page }) => {
    await holdDuckDB(page);
    await page.goto('./?view=outlook&born=1985&year=2040');
    await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
    const band = page.locator('[data-chart="pyramid"] g.cohort');
    await expect(band).toHaveAttribute('data-cohort-row', '54');
    await expect(band).toContainText('1985年生まれ');
    const reading = page.getByTestId('cohort-reading');
    await expect(reading).toContainText(
      /^2040年1月1日、1985年生まれの人は54歳（この年に55歳）。杉並区の同い年は約[\d,]+人（2021年の\d+%）で、生産年齢人口（15〜64歳）にあたります。$/,
    );
    const before = await reading.textContent();
    // Another year: the band moves up and the sentence changes.
    const yearBox = page.locator('#year-number');
    await yearBox.fill('2060');
    await yearBox.press('Enter');
    await expect(band).toHaveAttribute('data-cohort-row', '74');
    await expect(reading).toContainText('2060年1月1日、1985年生まれの人は74歳');
    await expect(reading).toContainText('高齢人口（65歳以上）');
    expect(await reading.textContent()).not.toBe(before);
    expect(query(page)).toContain('born=1985');
  });

  test('a birth year is entered from the keyboard, and an age works too; the sentence is text', async ({ page }) => {
    await holdDuckDB(page);
    await page.goto('./?view=outlook&lang=en&year=2030');
    await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
    // Folded until used; a link with born= opens it (below).
    await expect(page.getByLabel('Year of birth')).toBeHidden();
    await page.locator('details.cohort > summary').click();
    await page.getByLabel('Year of birth').fill('1990');
    await page.getByLabel('Year of birth').press('Enter');
    await expect(page).toHaveURL(/[?&]born=1990(&|$)/);
    await expect(page.getByTestId('cohort-reading')).toContainText(
      'On 1 January 2030, people born in 1990 are 39 (40 later that year). Suginami has about',
    );
    await page.getByLabel('Year of birth').fill('1800');
    await page.getByLabel('Year of birth').press('Enter');
    await expect(page.getByTestId('cohort-picker').getByRole('alert')).toHaveText('Enter a year of birth from 1921 to 2069.');
    expect(query(page)).toContain('born=1990'); // kept
    const thisYear = new Date().getFullYear();
    await page.getByLabel('or age this year').fill('40');
    await page.getByLabel('or age this year').press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]born=${thisYear - 40}(&|$)`));
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByTestId('cohort-reading')).toHaveCount(0);
    expect(query(page)).toContain('born=none');
  });

  test('an out-of-range birth year in the link gets a notice and no cohort', async ({ page }) => {
    await holdDuckDB(page);
    await page.goto('./?view=outlook&born=1850');
    await expect(page.getByRole('region', { name: 'お知らせ' })).toContainText(
      'リンクの「born=1850」は範囲外です（範囲 none, 1921–2069）。代わりに既定値「none」を使います。',
    );
    await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
    await expect(page.locator('[data-chart="pyramid"] g.cohort')).toHaveCount(0);
  });
});
