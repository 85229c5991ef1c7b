// The plan view: structure sunburst, SDG matrix, periods and indicators, in Japanese and English, every
// state in the link. DuckDB is held back throughout: the plan view must not need it (hyparquet only).
import { expect, holdDuckDB, query, test } from './guard.ts';

test.beforeEach(async ({ page }) => {
  await holdDuckDB(page);
});

const sunburst = '[data-chart="plan-sunburst"]';
const arcs = (depth: number) => `${sunburst} g.arc[data-depth="${depth}"]`;
const param = (page: import('@playwright/test').Page, name: string) => new URLSearchParams(query(page)).get(name);

test('draws the plan in Japanese, with the counts from the data, and in English one click away', async ({ page }) => {
  await page.goto('./?view=plan');
  await expect(page.getByRole('heading', { level: 2, name: '総合計画' })).toBeVisible();
  await expect(page.locator(arcs(1))).toHaveCount(8);
  await expect(page.locator(arcs(2))).toHaveCount(29);
  await expect(page.locator(arcs(3))).toHaveCount(149);
  await expect(page.getByTestId('plan-counts')).toContainText('8分野');
  await expect(page.getByTestId('plan-counts')).toContainText('128計画事業');
  await expect(page.getByTestId('plan-counts')).toContainText('149か所に掲載');
  await expect(page.getByTestId('plan-details')).toContainText('みどり豊かな 住まいのみやこ');
  // Beside it the English name (our translation), though a Japanese page never loads the English dictionary.
  await expect(page.getByTestId('plan-details').locator('.other-name')).toContainText('A green city, a capital of good homes');
  await expect(page.getByTestId('translation-note')).toHaveCount(0);
  expect(query(page)).toContain('&plan=sunburst&node=none&q=&governance=off&sdgSort=number');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Comprehensive plan' })).toBeVisible();
  await expect(page.getByTestId('plan-counts')).toContainText('8 fields');
  await expect(page.getByTestId('translation-note')).toContainText('our own translation');
  await expect(page.locator(`${arcs(1)}[data-node="f6"] text`)).toHaveText('Children');
});

test('the sunburst moves only for a zoom, never on arrival', async ({ page }) => {
  // Every time the zoom's transition starts, from the first script on (the svg's data-moving is set while
  // its window moves, each frame laying out every arc again).
  await page.addInitScript(`
    window.moves = 0;
    new MutationObserver((records) => {
      for (const r of records) if (r.target.getAttribute('data-moving') === 'true') window.moves++;
    }).observe(document, { attributes: true, attributeFilter: ['data-moving'], subtree: true });
  `);
  await page.goto('./?view=plan');
  await expect(page.locator(arcs(3))).toHaveCount(149);
  await page.waitForTimeout(800); // longer than a transition
  expect(await page.evaluate('window.moves')).toBe(0);
  await page
    .locator(`${arcs(1)}[data-node="f6"] path`)
    .first()
    .click();
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'f6');
  await expect.poll(() => page.evaluate('window.moves')).toBe(1);
  await expect(page.locator(`${sunburst} svg`)).not.toHaveAttribute('data-moving');
});

test('zooms into a field on click, shows it in the breadcrumb, and Escape zooms back out', async ({ page }) => {
  await page.goto('./?view=plan');
  await page
    .locator(`${arcs(1)}[data-node="f6"] path`)
    .first()
    .click();
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'f6');
  await expect(page.getByTestId('breadcrumb')).toContainText('区が目指すまちの姿');
  await expect(page.getByTestId('breadcrumb').locator('[aria-current="location"]')).toHaveText('子ども');
  await expect(page.locator(arcs(1))).toHaveCount(0);
  await expect(page.locator(arcs(2))).toHaveCount(5);
  expect(param(page, 'node')).toBe('f6');

  // Keyboard: the chart answers to arrow keys, Enter and Escape (documented beside it).
  const chart = page.getByRole('application');
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'f7');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-details')).toHaveAttribute('data-kind', 'policy');
  await page.keyboard.press('Escape');
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'f7');
  await page.keyboard.press('Escape');
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'none');
  await expect(page.locator(arcs(1))).toHaveCount(8);
  expect(param(page, 'node')).toBe('none');

  // The centre disc zooms out too, and Back returns to the previous selection.
  await page
    .locator(`${arcs(2)}[data-node="p12"] path`)
    .first()
    .click();
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'p12');
  await page.locator(`${sunburst} g.centre`).click();
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'f4');
  await page.goBack();
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'p12');
});

test('search highlights matches, typed in full width or in English', async ({ page }) => {
  await page.goto('./?view=plan');
  const search = page.getByLabel('名前で検索（日本語・英語）');
  await search.fill('ＩＣＴ');
  await expect(page.getByTestId('search-status')).toContainText('件が一致');
  const matched = page.locator(`${sunburst} g.arc.match`);
  const count = await matched.count();
  expect(count).toBeGreaterThan(0);
  for (const id of await matched.evaluateAll((els) => els.map((e) => e.getAttribute('data-node')))) expect(id).toMatch(/^p\d+\.P\d{3}$/);
  expect(param(page, 'q')).toBe('ＩＣＴ');
  await search.fill('ict');
  await expect(matched).toHaveCount(count);
  await search.fill('park area');
  await expect(page.getByTestId('search-status')).toContainText('一致する名前はありません');
  await search.fill('parks');
  await expect(page.locator(`${sunburst} g.arc.match`).first()).toBeVisible();
  await page.getByRole('button', { name: '検索を消す' }).click();
  await expect(page.locator(`${sunburst} g.arc.match`)).toHaveCount(0);
  expect(param(page, 'q')).toBe('');
});

test('a relisted project is highlighted in every place it is listed, and the details say where', async ({ page }) => {
  await page.goto('./?view=plan&node=p1.P007');
  await expect(page.locator(`${sunburst} g.arc.highlight`)).toHaveCount(2);
  await expect(page.locator(`${sunburst} g.arc.selected`)).toHaveAttribute('data-node', 'p1.P007');
  await expect(page.getByTestId('also-listed')).toContainText('施策5');
  await expect(page.getByTestId('priority')).toContainText('出典になし');
  // Hovering another relisted project highlights its listings instead.
  await page.goto('./?view=plan');
  await page
    .locator(`${arcs(3)}[data-node="p3.P018"] path`)
    .first()
    .hover();
  await expect(page.locator(`${sunburst} g.arc.highlight`)).toHaveCount(3);
});

test('the governance toggle adds the three governance plans as rings, with stated and listed counts', async ({ page }) => {
  await page.goto('./?view=plan');
  await page.getByTestId('governance-toggle').check();
  await expect(page.locator(arcs(1))).toHaveCount(11);
  await expect(page.locator(arcs(2))).toHaveCount(29 + 9);
  await expect(page.locator(arcs(3))).toHaveCount(149 + 165);
  expect(param(page, 'governance')).toBe('on');
  await page
    .locator(`${arcs(1)}[data-node="g1"] path`)
    .first()
    .click();
  await expect(page.getByTestId('plan-details')).toContainText('記載 5方針・60事業 ／ 一覧 5方針・59項目');
  // Turning it off leaves no governance node selected.
  await page.getByTestId('governance-toggle').uncheck();
  await expect(page.locator(arcs(1))).toHaveCount(8);
  expect(param(page, 'node')).toBe('none');
});

test('the structure decodes the governance tables when the toggle shows them, and the periods when their tab opens', async ({ page }) => {
  // The catalog's state of a table (on a wide screen the idle-time prefetch may download it; it is decoded,
  // "ready", only once a view reads it).
  const status = (table: string) =>
    page.evaluate(
      (name) =>
        (window as unknown as { suginamiOutlook: { tables: () => { name: string; load: { status: string } }[] } }).suginamiOutlook
          .tables()
          .find((t) => t.name === name)?.load.status,
      table,
    );
  await page.goto('./?view=plan');
  await expect(page.locator(arcs(3))).toHaveCount(149);
  await expect(page.getByTestId('plan-counts')).toContainText('128計画事業');
  await expect.poll(() => status('plan_placements')).toBe('ready');
  await page.waitForTimeout(1000); // time enough for anything eager
  for (const table of ['governance_projects', 'governance_policies', 'governance_headings', 'plan_periods'])
    expect(await status(table), `${table} before it is shown`).not.toMatch(/ready|loading/);
  await page.getByTestId('governance-toggle').check();
  await expect(page.locator(arcs(1))).toHaveCount(11);
  expect(await status('governance_projects')).toBe('ready');
  await page.getByRole('link', { name: '計画期間' }).click();
  await expect(page.locator('[data-chart="plan-timeline"] [data-lane^="execution_plan"] [data-period]')).toHaveCount(3);
  expect(await status('plan_periods')).toBe('ready');
});

test('from a children policy, the population outlook is one click away with the 0–14 curve in focus', async ({ page }) => {
  await page.goto('./?view=plan&node=p17');
  await page.getByRole('link', { name: '人口の見通しで年少人口（0〜14歳）の推移を見る' }).click();
  await expect(page.locator('[data-view="outlook"]')).toBeVisible();
  expect(param(page, 'view')).toBe('outlook');
  expect(param(page, 'focus')).toBe('age0_14');
  await page.goBack();
  await expect(page.getByTestId('plan-details')).toHaveAttribute('data-node', 'p17');
});

test('the SDG matrix lists the links of a cell and of a goal, says whose mapping it is, and sorts', async ({ page }) => {
  await page.goto('./?view=plan&plan=sdg&lang=en');
  await expect(page.getByTestId('sdg-mapping-note')).toContainText("This mapping is this dashboard's own, not the ward's");
  await expect(page.getByTestId('sdg-mapping-note')).toContainText('not available to us');
  const matrix = page.getByTestId('sdg-matrix');
  await expect(matrix.locator('thead th.goal')).toHaveCount(17);
  await expect(matrix.locator('tbody tr[data-policy]')).toHaveCount(29);
  await matrix.locator('tr[data-policy="22"] td[data-goal="4"] button').click();
  const chosen = page.getByTestId('sdg-selection');
  await expect(chosen).toContainText('Policy 22');
  await expect(chosen).toContainText('Target 4.1');
  expect(param(page, 'node')).toBe('sdg4.p22');
  await matrix.locator('th.goal[data-goal="11"] button').click();
  await expect(chosen.locator('li[data-link]')).toHaveCount(Number(await matrix.locator('tfoot td').nth(10).innerText()));
  await page.getByLabel('Most links first').check();
  expect(param(page, 'sdgSort')).toBe('count');
  const totals = await matrix.locator('tfoot td.total').allInnerTexts();
  const numbers = totals.map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
});

test('the periods mark today with the real date, and the indicators mark five fields not in source', async ({ page }) => {
  await page.goto('./?view=plan&plan=timeline');
  const today = new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date());
  await expect(page.getByTestId('today').first()).toContainText(today);
  await expect(page.locator('[data-chart="plan-timeline"] [data-lane^="execution_plan"] [data-period]')).toHaveCount(3);
  await expect(page.locator('[data-chart="plan-timeline"]')).toContainText('2022〜2030年度');

  await page.getByRole('link', { name: '主な指標' }).click();
  expect(param(page, 'plan')).toBe('indicators');
  await expect(page.locator('[data-chart="plan-indicators"] li[data-status="stated"]')).toHaveCount(3);
  await expect(page.locator('[data-chart="plan-indicators"] li[data-status="not-in-source"]')).toHaveCount(5);
  await expect(page.locator('li[data-field="3"]')).toContainText('2.30');
});

test('a copied link reproduces the sub-view, the selection, the search and the toggle', async ({ page, context }) => {
  await page.goto('./?view=plan&lang=en');
  await page.getByTestId('governance-toggle').check();
  await page.getByLabel('Search names (Japanese or English)').fill('digital');
  await page
    .locator(`${arcs(2)}[data-node="p9"] path`)
    .first()
    .click();
  await expect(page.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'p9');
  const link = page.url();
  const details = await page.getByTestId('plan-details').innerText();

  const copy = await context.newPage();
  await holdDuckDB(copy);
  await copy.goto(link);
  await expect(copy.locator(`${sunburst} svg`)).toHaveAttribute('data-zoom', 'p9');
  await expect(copy.getByTestId('governance-toggle')).toBeChecked();
  await expect(copy.getByLabel('Search names (Japanese or English)')).toHaveValue('digital');
  expect(await copy.getByTestId('plan-details').innerText()).toBe(details);
  expect(query(copy)).toBe(query(page));
  await copy.close();
});

test('a link to a node the plan does not have is explained and shows the whole plan', async ({ page }) => {
  await page.goto('./?view=plan&node=p99');
  await expect(page.getByTestId('unknown-node')).toContainText('リンクの「node=p99」はこの計画にありません。');
  await expect.poll(() => param(page, 'node')).toBe('none');
  await expect(page.locator(arcs(1))).toHaveCount(8);
  // A malformed node is refused by the link reader itself, with a notice naming it.
  await page.goto('./?view=plan&node=p1.x');
  await expect(page.getByRole('region', { name: 'お知らせ' })).toContainText('node=p1.x');
});
