// The population outlook in a real browser: every chart draws from the projection worker, the scenario
// panel moves the numbers and the link, a copied link reproduces the screen, presets and both
// languages work, bad input is explained. DuckDB is held back (nothing here needs it) except in the
// test that checks it starts only after the first chart.
import { expect, holdDuckDB, query, test, withoutTable } from './guard.ts';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const CHARTS = ['pyramid', 'total', 'age-groups', 'aging', 'shares', 'change', 'published'];

/** Waits until every outlook chart has drawn. */
async function ready(page: Page): Promise<void> {
  for (const id of CHARTS) await expect(page.locator(`[data-chart="${id}"]`), id).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('headline')).toHaveAttribute('data-status', 'ready');
}

/** The headline's total for the year shown, as an integer. */
const headlineTotal = async (page: Page) => Number(await page.getByTestId('headline-total').getAttribute('data-value'));

test.describe('with DuckDB held back', () => {
  test.beforeEach(async ({ page }) => {
    await holdDuckDB(page);
  });

  test('draws every chart, in Japanese, with era years and 万人', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await expect(page.getByRole('heading', { name: '人口ピラミッド' })).toBeVisible();
    await expect(page.getByTestId('headline')).toContainText('2030（令和12）年1月1日の見通し');
    await expect(page.getByTestId('headline-total')).toHaveText(/^\d+\.\d万人$/);
    // The reading is computed from the projection: its years and numbers are those of the chart.
    await expect(page.getByTestId('reading')).toHaveText(/^総人口は\d{4}（令和\d+）年に\d+\.\d万人でピークを迎え/);
    // Every line chart has a scenario line; the pyramid has bars and the baseline outline.
    for (const id of ['total', 'age-groups', 'aging', 'change']) {
      await expect(page.locator(`[data-chart="${id}"] path[data-kind="scenario"]`).first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
    }
    await expect(page.locator('[data-chart="pyramid"] path.bars.male')).toHaveAttribute('d', /(M[^M]+){90,}/);
    await expect(page.locator('[data-chart="pyramid"] path.outline.female')).toHaveCount(1);
    await expect(page.locator('[data-chart="shares"] path[data-area]')).toHaveCount(3);
    // Registry counts: 2021 and ~2022 totals, the ~2022 one hollow (date not stated).
    await expect(page.locator('[data-chart="total"] circle[data-mark="total-2022-10-01"]')).toHaveAttribute('fill', 'var(--paper)');
    await expect(page.locator('[data-chart="total"] circle[data-mark="total-2021-01-01"]')).toHaveCount(1);
    // The plan's published figures, with ours beside them, labelled as approximations.
    const table = page.getByTestId('published-table');
    await expect(table.locator('tr[data-indicator="total"] [data-col="plan"]')).toContainText('588,586人');
    await expect(table.locator('tr[data-indicator="total"] [data-col="plan"]')).toContainText('2033（令和15）年度');
    await expect(table.locator('tr[data-indicator="aging_rate"] [data-col="plan"]')).toContainText('28.7%');
    await expect(table.locator('[data-col="scenario"] .approx').first()).toHaveText('近似');
    // The headline says, next to its numbers, that they rest on approximated inputs, and links to the comparison.
    const approximation = page.getByTestId('headline-approximation');
    await expect(approximation).toContainText('近似');
    await approximation.getByRole('link', { name: '公表値との比較' }).click();
    await expect(page.getByRole('heading', { name: '計画の公表値との比較' })).toBeInViewport();
    expect(new URL(page.url()).searchParams.get('view')).toBe('outlook'); // the state survives the jump
  });

  test('renders in English one click away', async ({ page }) => {
    await page.goto('./?year=2065');
    await ready(page);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Population pyramid' })).toBeVisible();
    await expect(page.getByTestId('headline')).toContainText('Outlook for 1 January 2065');
    await expect(page.getByTestId('headline-total')).toHaveText(/^\d+\.\dk$/);
    await expect(page.getByTestId('reading')).toHaveText(/^The population (peaks|falls|keeps growing)/);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('moving a slider changes the 2065 total and the link', async ({ page }) => {
    await page.goto('./?year=2065');
    await ready(page);
    const before = await headlineTotal(page);
    const slider = page.locator('#tfr-range');
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('#tfr-number')).toHaveValue('1.19');
    await expect.poll(() => headlineTotal(page)).toBeGreaterThan(before);
    await expect.poll(() => query(page)).toContain('tfr=1.19&');
    // The number box drives the same parameter; the pyramid's year stays.
    await page.locator('#outMigration-number').fill('1.2');
    await page.locator('#outMigration-number').press('Enter');
    await expect.poll(() => query(page)).toContain('outMigration=1.2&');
    expect(query(page)).toContain('year=2065');
  });

  test('dragging a slider redraws as it moves and leaves the link at the value it was dropped on', async ({ page }) => {
    await page.goto('./?year=2065');
    await ready(page);
    const slider = page.locator('#inMigration-range');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const start = box.x + box.width / 3; // 1 of 0–3
    const before = await headlineTotal(page);
    await page.mouse.move(start, y);
    await page.mouse.down();
    const seen = new Set<number>();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(start + (box.width / 3) * (i / 20), y);
      await page.waitForTimeout(20);
      seen.add(await headlineTotal(page));
    }
    expect(seen.size, 'the headline followed the drag').toBeGreaterThan(3);
    await page.mouse.up();
    const shown = await page.locator('#inMigration-number').inputValue();
    expect(Number(shown)).toBeGreaterThan(1.5);
    await expect.poll(() => query(page)).toContain(`inMigration=${shown}&`);
    expect(await headlineTotal(page)).toBeGreaterThan(before);
  });

  test('a copied link reproduces the same 2065 total and the same pyramid year', async ({ page, context }) => {
    await page.goto('./?year=2065');
    await ready(page);
    await page.locator('#srb-number').fill('110');
    await page.locator('#srb-number').press('Enter');
    await page.locator('#inMigration-number').fill('0.8');
    await page.locator('#inMigration-number').press('Enter');
    await page.locator('#year-number').fill('2052');
    await page.locator('#year-number').press('Enter');
    await expect.poll(() => query(page)).toContain('year=2052&');
    await expect(page.locator('[data-chart="pyramid"] .description')).toContainText('2052（令和34）年');
    const link = page.url();
    const total2052 = await headlineTotal(page);

    const copy = await context.newPage();
    await holdDuckDB(copy);
    await copy.goto(link);
    await ready(copy);
    expect(copy.url()).toBe(link);
    expect(await headlineTotal(copy)).toBe(total2052);
    await expect(copy.locator('#year-number')).toHaveValue('2052');
    await expect(copy.locator('[data-chart="pyramid"] .description')).toContainText('2052（令和34）年');
    await expect(copy.locator('#srb-number')).toHaveValue('110');
    expect(await copy.locator('[data-chart="pyramid"] path.bars.female').getAttribute('d')).toBe(
      await page.locator('[data-chart="pyramid"] path.bars.female').getAttribute('d'),
    );
  });

  test('presets set the scenario, push history, and show which one is chosen', async ({ page }) => {
    await page.goto('./?year=2065');
    await ready(page);
    const plan = await headlineTotal(page);
    await expect(page.locator('[data-preset="plan"]')).toHaveAttribute('aria-pressed', 'true');

    await page.locator('[data-preset="sim2"]').click();
    await expect
      .poll(() => query(page))
      .toContain('tfr=2021:0.99,2030:1.8,2040:2.07&srb=105.1&mortalityDecline=0&inMigration=0&outMigration=0');
    await expect(page.locator('[data-preset="sim2"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-preset="plan"]')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => headlineTotal(page)).not.toBe(plan);
    // A path: the editor shows its points.
    await expect(page.locator('[data-param="tfr"] [data-point]')).toHaveCount(3);

    await page.locator('[data-preset="zeroMigration"]').click();
    await expect.poll(() => query(page)).toContain('tfr=0.99&srb=105.1&mortalityDecline=0&inMigration=0&outMigration=0');
    await page.goBack();
    await expect.poll(() => query(page)).toContain('inMigration=0&outMigration=0');
    await expect(page.locator('[data-preset="sim2"]')).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: '計画の前提に戻す' }).click();
    await expect.poll(() => query(page)).toContain('tfr=0.99&srb=105.1&mortalityDecline=0&inMigration=1&outMigration=1&horizon=2065');
    await expect.poll(() => headlineTotal(page)).toBe(plan);
  });

  test('a typed value out of range is refused, named with its range, and the last value stays', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const box = page.locator('#tfr-number');
    await box.fill('5');
    await expect(page.locator('#tfr-problem')).toHaveText('合計特殊出生率: 「5」は範囲外です（0〜3）。0.99のままにしています。');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await box.press('Enter');
    expect(query(page)).toContain('tfr=0.99&');
    await expect(box).toHaveValue('0.99');
    await page.locator('#horizon-number').fill('2040.5');
    await expect(page.locator('#horizon-problem')).toContainText('推計の最終年: 「2040.5」は整数ではありません（2030〜2070）');
  });

  test('a tampered link shows the notice and the outlook of the defaults', async ({ page }) => {
    await page.goto('./?srb=999&tfr=2040:1.2,2030:1.3&focus=everything');
    const notices = page.getByRole('region', { name: 'お知らせ' });
    await expect(notices).toContainText('リンクの「srb=999」は範囲外です（範囲 90–120）');
    await expect(notices).toContainText('リンクの「tfr=2040:1.2,2030:1.3」の「2030:1.3」が読めません');
    await expect(notices).toContainText('focus=everything');
    await ready(page);
    await expect(page.locator('#srb-number')).toHaveValue('105.1');
    await expect(page.locator('[data-preset="plan"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the pyramid reads out age, sex and count on hover and from the keyboard; play stops at the horizon', async ({ page }) => {
    await page.goto('./?year=2060&horizon=2062');
    await ready(page);
    const svg = page.locator('[data-chart="pyramid"] svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await expect(page.locator('[data-chart="pyramid"] .tip')).toHaveText(/^\d+歳 男性 [\d,]+人（計画の前提 [\d,]+人）$/);
    await svg.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(svg).toHaveAttribute('aria-valuetext', /^0歳 女性 [\d,]+人/);

    await page.getByRole('button', { name: '再生' }).click();
    await expect(page.locator('#year-number')).toHaveValue('2062', { timeout: 5000 });
    await expect(page.getByRole('button', { name: '再生' })).toBeVisible();
    await expect.poll(() => query(page)).toContain('year=2062&');
  });

  test('the plan view’s focus highlights one curve', async ({ page }) => {
    await page.goto('./?focus=age65plus');
    await ready(page);
    await expect(page.locator('[data-chart="age-groups"] path[data-series="age65plus"][data-kind="scenario"]')).toHaveClass(/focus/);
    await expect(page.locator('[data-chart="age-groups"] path[data-series="age0_14"][data-kind="scenario"]')).toHaveClass(/dim/);
    await page.locator('[data-chart="age-groups"] select').selectOption('none');
    await expect.poll(() => query(page)).toContain('focus=none');
  });

  test('under the age-group chart: the plan’s policies for each age group, said to be our mapping, each a link to the plan', async ({
    page,
  }) => {
    // The mapping as the pipeline has it: how many policies each age group should list.
    const csv = readFileSync(new URL('../data/pipeline/plan/policy_age_links.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const count = (group: string) => csv.filter((line) => line.split(',')[1] === group).length;
    await page.goto('./?plan=timeline'); // the plan view last showed its timeline: a policy opens in the structure
    await ready(page);
    const panel = page.getByTestId('plan-links');
    await expect(panel).toHaveAttribute('data-status', 'ready');
    await expect(panel.locator('summary')).toHaveText(`年齢層に関わる計画の施策（${csv.length}件）`);
    await panel.locator('summary').click();
    await expect(panel).toContainText('本ダッシュボードによるもので、計画書にはありません');
    await expect(panel.locator('h4')).toHaveText(['年少人口（0〜14歳）', '生産年齢人口（15〜64歳）', '高齢人口（65歳以上）']);
    for (const group of ['age0_14', 'age15_64', 'age65plus']) {
      await expect(panel.locator(`ul[data-group="${group}"] a`)).toHaveCount(count(group));
      await expect(panel.locator(`p.none[data-group="${group}"]`)).toHaveCount(count(group) ? 0 : 1);
    }

    // Highlighting a group narrows the list to it; its policy opens in the plan view, and back.
    await page.locator('[data-chart="age-groups"] select').selectOption('age65plus');
    await expect(panel.locator('h4')).toHaveText(['高齢人口（65歳以上）']);
    await expect(panel.locator('summary')).toHaveText(`年齢層に関わる計画の施策（${count('age65plus')}件）`);
    const link = panel.locator('a[data-policy]').first();
    const id = await link.getAttribute('data-policy');
    await expect(link).toContainText(`施策${id} `);
    await link.click();
    await expect(page.getByTestId('plan-details')).toHaveAttribute('data-node', `p${id}`);
    await expect.poll(() => query(page)).toMatch(new RegExp(`view=plan.*&plan=sunburst&node=p${id}&`));
    await page.goBack();
    await expect(page.getByTestId('plan-links')).toBeVisible();
    await expect.poll(() => query(page)).toContain('focus=age65plus');

    await page.goto('./?lang=en&focus=age0_14');
    await expect(page.getByTestId('plan-links').locator('summary')).toHaveText(`Plan policies for these age groups (${count('age0_14')})`);
  });

  test('without the policies’ age groups the plan links say which file is missing; the charts draw', async ({ page }) => {
    await withoutTable(page, 'policy_age_links');
    await page.goto('./?lang=en');
    await ready(page);
    const panel = page.getByTestId('plan-links');
    await expect(panel).toHaveAttribute('data-status', 'error');
    await expect(panel.locator('summary')).toHaveText('Plan policies for these age groups');
    await panel.locator('summary').click();
    await expect(panel.getByRole('alert')).toHaveText(
      'The plan’s policies could not be loaded: data/policy_age_links.parquet: not in this build',
    );
  });

  test('without migration rates every chart says which file is missing; the plan’s figures stay', async ({ page }) => {
    await withoutTable(page, 'migration');
    await page.goto('./');
    await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'error');
    await expect(page.locator('[data-chart="pyramid"] .error')).toContainText('data/migration.parquet: not in this build');
    await expect(page.getByTestId('headline')).toContainText('migration.parquet');
    await expect(page.locator('[data-chart="published"]')).toHaveAttribute('data-status', 'ready');
    await expect(page.getByTestId('published-table')).toContainText('588,586人');
  });
});

test('until the first pyramid is drawn, the page asks only for what that pyramid needs; other tables wait until it is painted', async ({
  page,
}) => {
  await holdDuckDB(page);
  const asked: { path: string; at: number }[] = [];
  page.on('request', (r) => asked.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  await page.goto('./');
  await ready(page);
  const [drawn, painted] = await page.evaluate(() =>
    ['outlook:first-drawn', 'outlook:first-painted'].map((m) => performance.timeOrigin + performance.getEntriesByName(m)[0].startTime),
  );
  // The page, the entry's own files (its script, the chunks it imports statically, which index.html
  // preloads, and its CSS), the projection worker and its five tables: nothing a lazy chunk asks for.
  // The worker's wasm kernel (under 1 KB) may be asked for once its first result has gone out.
  const html = await (await page.request.get('./')).text();
  const entry = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => `/${m[1]}`));
  const needed =
    /^\/(|assets\/projection\.worker-[\w-]+\.js|assets\/cohort-[\w-]+\.wasm|data-files\.json|data\/(base_population|survival|fertility|migration|assumptions)\.parquet)$/;
  const before = asked.filter((r) => r.at < drawn).map((r) => r.path);
  expect(before.length).toBeGreaterThan(5);
  expect(entry.size, 'the entry script and its CSS at least').toBeGreaterThanOrEqual(2);
  expect(before.filter((path) => !needed.test(path) && !entry.has(path))).toEqual([]);
  expect(asked.some((r) => r.at > drawn && /plan_policies\.parquet$/.test(r.path))).toBe(true); // the rest come after
  // outlook:first-painted, a task after the frame that showed the first pyramid (projection/session.svelte.ts):
  // no other table is asked for before it, so none is on the way to the page's first paint. (On a wide screen
  // DuckDB's code may start in that frame: duckdb-intent.ts.)
  expect(painted).toBeGreaterThan(drawn);
  const tablesBeforePaint = asked.filter((r) => r.at < painted && /\.parquet$/.test(r.path) && !needed.test(r.path));
  expect(tablesBeforePaint.map((r) => r.path)).toEqual([]);
});

test('DuckDB starts loading only after the first chart is drawn', async ({ page }) => {
  // The wasm is fetched by DuckDB's own worker: note when the browser asks for it (epoch ms).
  let wasmAsked: number | null = null;
  page.on('request', (r) => {
    if (/duckdb-eh.*\.wasm$/.test(r.url())) wasmAsked ??= Date.now();
  });
  await page.goto('./');
  await ready(page);
  const drawn = await page.evaluate(() => {
    const mark = performance.getEntriesByName('outlook:first-drawn')[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  });
  const status = page.getByRole('status').filter({ hasText: 'DuckDB' });
  await expect(status).toHaveAttribute('data-duckdb', 'ready', { timeout: 45_000 });
  expect(drawn).not.toBeNull();
  expect(wasmAsked).not.toBeNull();
  expect(wasmAsked!).toBeGreaterThan(drawn!);
});
