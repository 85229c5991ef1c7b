// The data layer in a real browser: hyparquet decodes, DuckDB-WASM (EH bundle, our origin only)
// answers SQL, a broken file is reported by name and breaks nothing else. The analyst's workbench:
// the SQL console, its table, chart and downloads, and the projection on screen as SQL tables.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, holdDuckDB, serveTables, test } from './guard.ts';

type Query = (sql: string) => Promise<Record<string, unknown>[]>;
const sql = (page: import('@playwright/test').Page, text: string) =>
  page.evaluate((t) => (window as unknown as { suginamiOutlook: { query: Query } }).suginamiOutlook.query(t), text);

test('DuckDB loads from our origin, holds every decoded table and answers SQL', async ({ page, watch }) => {
  await serveTables(page, { fixture_types: 'types.parquet' }); // at least one table, whatever the build holds
  const started = Date.now();
  await page.goto('./?view=data');
  const status = page.locator('[data-duckdb]');
  await expect(status).toHaveAttribute('data-duckdb', 'ready', { timeout: 45_000 });
  const readyMs = Date.now() - started;
  test.info().annotations.push({ type: 'duckdb-ready', description: `${readyMs} ms from navigation (${await status.innerText()})` });
  console.log(`DuckDB ready ${readyMs} ms after navigation: ${await status.innerText()}`);

  // Every table that loaded has the same row count in the file and in DuckDB (counted with SQL).
  const rows = page.locator('tr[data-status="ready"]');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    const name = await row.getAttribute('data-table');
    await expect(row.locator('[data-col="rows-sql"]'), name!).toHaveText(await row.locator('[data-col="rows-file"]').innerText());
  }

  expect(await sql(page, 'SELECT 41 + 1 AS n')).toEqual([{ n: 42 }]);
  // BIGINT results must be cast: the error says how.
  await expect(sql(page, 'SELECT count(*) AS n FROM range(3)')).rejects.toThrow('column "n" is BIGINT: cast it in SQL');
  expect(await sql(page, 'SELECT count(*)::INTEGER AS n FROM range(3)')).toEqual([{ n: 3 }]);

  // Nothing can fetch an extension or a remote file, and the settings cannot be switched back.
  // (INSTALL is a no-op in DuckDB-WASM; LOAD is what would download.)
  await expect(sql(page, "SELECT * FROM read_parquet('https://example.com/x.parquet')")).rejects.toThrow(
    '"read_parquet" is not in the catalog',
  );
  await expect(sql(page, "SELECT * FROM 'https://example.com/x.csv'")).rejects.toThrow('file system operations are disabled');
  await expect(sql(page, "ATTACH 'https://example.com/x.duckdb'")).rejects.toThrow('file system operations are disabled');
  await sql(page, 'INSTALL httpfs');
  await expect(sql(page, 'LOAD httpfs')).rejects.toThrow('Loading external extensions is disabled');
  await expect(sql(page, 'LOAD parquet')).rejects.toThrow('Loading external extensions is disabled');
  await expect(sql(page, 'SET autoload_known_extensions = true')).rejects.toThrow('the configuration has been locked');
  await expect(sql(page, 'SET enable_external_access = true')).rejects.toThrow('the configuration has been locked');
  expect(
    await sql(
      page,
      "SELECT current_setting('autoload_known_extensions')::VARCHAR AS autoload, current_setting('autoinstall_known_extensions')::VARCHAR AS autoinstall",
    ),
  ).toEqual([{ autoload: 'false', autoinstall: 'false' }]);
  expect(watch.outside).toEqual([]);
});

test('a broken Parquet file is named in a notice and the other tables still load', async ({ page }) => {
  await serveTables(page, { fixture_types: 'types.parquet', fixture_broken: 'broken.parquet', fixture_zstd: 'types-zstd.parquet' });
  await page.goto('./?view=data&lang=en');

  // The data view decodes its tables once DuckDB has started (or failed), so the verdicts come after it.
  await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 45_000 });
  const broken = page.locator('tr[data-table="fixture_broken"]');
  await expect(broken).toHaveAttribute('data-status', 'error');
  await expect(broken).toContainText('data/fixture_broken.parquet: damaged Parquet metadata');
  await expect(page.locator('tr[data-table="fixture_zstd"]')).toContainText(
    "compressed with ZSTD; write the file with COMPRESSION 'snappy'",
  );
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('The data file data/fixture_broken.parquet could not be loaded: damaged Parquet metadata');

  await expect(page.locator('tr[data-table="fixture_types"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('tr[data-table="fixture_types"] [data-col="rows-sql"]')).toHaveText('5');
  // Every column type survived hyparquet → Arrow → DuckDB.
  expect(
    await sql(
      page,
      `SELECT count(*)::INTEGER AS n, sum(population)::INTEGER AS population, max(big)::DOUBLE AS big, count(label)::INTEGER AS labels,
              string_agg(label, '|' ORDER BY year) AS label, count(maybe)::INTEGER AS maybe, count(flag)::INTEGER AS flags,
              min(day)::VARCHAR AS first_day, round(sum(dec), 2)::DOUBLE AS dec
       FROM fixture_types`,
    ),
  ).toEqual([
    { n: 5, population: 12345, big: 3000000004, labels: 4, label: 'a|杉並|d|e', maybe: 4, flags: 4, first_day: '1970-01-01', dec: -2.48 },
  ]);
  // Every other table of the build loaded: the broken ones took nothing down with them.
  for (const row of await page.locator('[data-testid="tables"] tbody tr').all()) {
    const name = await row.getAttribute('data-table');
    if (name === 'fixture_broken' || name === 'fixture_zstd') continue;
    await expect(row, name!).toHaveAttribute('data-status', /^(ready|unavailable)$/);
  }
  await expect(sql(page, 'SELECT count(*)::INTEGER AS n FROM fixture_broken')).rejects.toThrow(/fixture_broken/);
});

test('the first figure comes from Parquet without waiting for DuckDB', async ({ page }) => {
  await holdDuckDB(page); // the wasm never arrives
  await page.goto('./');
  // The outlook's pyramid and headline come from the projection of the decoded Parquet tables.
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('headline-total')).toHaveText(/万人$/);
  await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'loading');
});

test('a table missing from the build is shown as unavailable and never requested', async ({ page, watch }) => {
  await holdDuckDB(page);
  await page.route('**/data-files.json', (route) => route.fulfill({ json: { files: [] } }));
  await page.goto('./?view=data');
  await expect(page.locator('tr[data-table="base_population"]')).toHaveAttribute('data-status', 'unavailable');
  await expect(page.locator('tr[data-table="base_population"]')).toContainText('このビルドにはありません');
  await page.getByRole('link', { name: '人口の見通し' }).click();
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'error');
  await expect(page.locator('[data-chart="pyramid"]')).toContainText('not in this build');
  expect(watch.requests.filter((u) => u.endsWith('.parquet'))).toEqual([]);
});

/** The text of a download (UTF-8, BOM kept). */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await (download as Download).path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Types SQL into the editor and runs it with Ctrl+Enter. */
async function runSql(page: Page, text: string): Promise<void> {
  const editor = page.getByLabel('SQL', { exact: true });
  await editor.fill(text);
  await editor.press('Control+Enter');
}

test('SQL console: an example answers and draws, a bad query keeps the last result, results download as CSV', async ({ page }) => {
  await page.goto('./?view=data');
  const result = page.getByTestId('sql-result');
  const summary = page.getByTestId('sql-summary');

  // An example fills the editor and runs: the base population by 5-year group, as a table and as bars.
  await page.getByRole('button', { name: '基準人口の5歳階級別人口（男女）' }).click();
  await expect(summary).toContainText('21行', { timeout: 45_000 });
  await expect(page.getByLabel('SQL', { exact: true })).toHaveValue(/FROM base_population/);
  await expect(result.locator('thead th')).toHaveText([/age_from\s*INTEGER/, /male\s*DOUBLE/, /female\s*DOUBLE/]);
  await expect(result.locator('tbody tr')).toHaveCount(21);
  await expect(result.locator('tbody tr').last().locator('td').first()).toHaveText('100');
  const chart = page.locator('[data-chart="query-chart"]');
  await expect(chart).toHaveAttribute('data-status', 'ready');
  await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-label', /age_from.*male, female/);
  await expect(chart.locator('[data-mark="bar"] svg g.series rect')).toHaveCount(42);

  // A bad query: DuckDB's message, and the previous result is still there.
  await runSql(page, 'SELEC age FROM base_population');
  const error = page.getByTestId('sql-error');
  await expect(error).toContainText('Parser Error');
  await expect(error).toContainText('syntax error at or near "SELEC"');
  expect((await error.locator('pre').textContent())?.match(/LINE 1:/g)).toHaveLength(1); // DuckDB writes it twice
  await expect(error).toContainText('前の結果はそのまま残しています。');
  await expect(summary).toContainText('21行');
  await expect(result.locator('tbody tr')).toHaveCount(21);
  await expect(page.getByLabel('SQL', { exact: true })).toHaveValue('SELEC age FROM base_population');
  await error.getByRole('button', { name: 'エラーを閉じる' }).click();
  await expect(error).toHaveCount(0);
  await expect(result.locator('tbody tr')).toHaveCount(21);

  // The result as CSV: BOM, header, and the rows DuckDB gave.
  const csv = await downloaded(page, page.getByTestId('download-query-csv'));
  expect(csv.name).toMatch(/^suginami-outlook_query_\d{8}-\d{6}\.csv$/);
  expect(csv.text.startsWith('\uFEFFage_from,male,female\r\n')).toBe(true);
  const lines = csv.text.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(22);
  const firstRow = await result.locator('tbody tr').first().locator('td').allInnerTexts();
  expect(lines[1]).toBe(firstRow.join(','));
  // …and as an Arrow IPC file (made in the page from DuckDB's own Arrow table).
  const [arrow] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-query-arrow').click()]);
  expect(arrow.suggestedFilename()).toMatch(/^suginami-outlook_query_\d{8}-\d{6}\.arrow$/);
  expect(
    readFileSync(await arrow.path())
      .subarray(0, 6)
      .toString('latin1'),
  ).toBe('ARROW1');
  // Pointing at the chart shows Plot's tip (and nothing goes wrong doing it).
  await chart.locator('svg').hover({ position: { x: 120, y: 120 } });

  // Counts need no cast: BIGINT is read, and the console says what it did with it.
  await page.getByRole('button', { name: '分野ごとの計画事業の数' }).click();
  await expect(summary).toContainText('8行');
  await expect(result.locator('thead th').nth(2)).toHaveText(/placements\s*BIGINT/);
  await expect(page.locator('[data-note="bigint"]')).toContainText('placements, projects: BIGINT');

  // Years → a line chart; the chart type can be switched.
  await page.getByRole('button', { name: '総人口の推移：選んだ前提と計画の前提' }).click();
  await expect(summary).toContainText('45行');
  await expect(chart.locator('[data-mark="line"] svg g.series path')).toHaveCount(2);
  await chart.getByLabel('棒').check();
  await expect(chart.locator('[data-mark="bar"] svg g.series rect')).toHaveCount(90);
});

test("the projection tables hold the link's scenario and the baseline, and follow the link", async ({ page }) => {
  await page.goto('./?view=data&tfr=1.5');
  await expect(page.getByTestId('projection-scenario')).toHaveText(
    'tfr=1.5 srb=105.1 mortalityDecline=0 inMigration=1 outMigration=1 horizon=2065',
    { timeout: 45_000 },
  );

  await runSql(
    page,
    `SELECT s.year, s.total > b.total AS larger, p.tfr
FROM scenario_summary s JOIN baseline_summary b USING (year), scenario_parameters p
WHERE s.year = 2065 AND p.projection = 'scenario'`,
  );
  const result = page.getByTestId('sql-result');
  await expect(result.locator('tbody tr')).toHaveCount(1, { timeout: 45_000 });
  await expect(result.locator('tbody td')).toHaveText(['2065', 'true', '1.5']);

  // The scenario's CSVs: the file name states the scenario; the rows are the table's.
  const summaryCsv = await downloaded(page, page.getByTestId('download-summary'));
  expect(summaryCsv.name).toBe(
    'suginami-outlook_scenario-summary_tfr-1.5_srb-105.1_mortalityDecline-0_inMigration-1_outMigration-1_horizon-2065.csv',
  );
  expect(
    summaryCsv.text.startsWith(
      '\uFEFFyear,total,male,female,age0_14,age15_64,age65plus,share0_14,share15_64,aging_rate,births,deaths,in_migrants,out_migrants,natural_change,social_change\r\n',
    ),
  ).toBe(true);
  const row2065 = summaryCsv.text.split('\r\n').find((l) => l.startsWith('2065,'))!;
  expect(row2065.endsWith(',,,,,,')).toBe(true); // no components of change after the horizon
  await runSql(page, 'SELECT total FROM scenario_summary WHERE year = 2065');
  await expect(result.locator('thead th')).toHaveText([/total/]);
  expect(row2065.split(',')[1]).toBe(await result.locator('tbody td').first().innerText());

  const population = await downloaded(page, page.getByTestId('download-population'));
  expect(population.name).toBe(
    'suginami-outlook_scenario-population_tfr-1.5_srb-105.1_mortalityDecline-0_inMigration-1_outMigration-1_horizon-2065.csv',
  );
  const rows = population.text.slice(1).trimEnd().split('\r\n');
  expect(rows[0]).toBe('year,sex,age,population');
  expect(rows).toHaveLength(1 + 45 * 2 * 101);
  expect(rows[1]).toMatch(/^2021,male,0,\d/);

  // A new scenario in the link (Back/Forward) replaces the tables.
  await page.evaluate(() => {
    history.pushState(null, '', location.search.replace('tfr=1.5', 'tfr=2030:1.1,2045:1.4'));
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByTestId('projection-scenario')).toHaveText(/^tfr=2030:1.1,2045:1.4 /);
  await runSql(page, `SELECT tfr FROM scenario_parameters WHERE projection = 'scenario'`);
  await expect(result.locator('tbody td')).toHaveText(['2030:1.1,2045:1.4']);
});

test('the workbench in English', async ({ page }) => {
  await page.goto('./?view=data&lang=en');
  await expect(page.getByRole('heading', { name: 'Query with SQL' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The projection on screen, as tables' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Data dictionary' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Plan projects per field' }).click();
  const result = page.getByTestId('sql-result');
  await expect(page.getByTestId('sql-summary')).toContainText('8 rows', { timeout: 45_000 });
  await expect(result.locator('tbody tr').first()).toContainText('Disaster preparedness and crime prevention');
  await expect(page.locator('[data-note="bigint"]')).toContainText('BIGINT values are shown with every digit');
  await expect(page.locator('[data-chart="query-chart"]')).toHaveAttribute('data-status', 'ready');
  // The dictionary lists the Parquet tables and the projection tables with their columns.
  const dictionary = page.getByTestId('dictionary');
  await expect(dictionary.locator('[data-table-doc="plan_placements"]')).toContainText('Where each project is listed, by policy');
  // A table of the build is a view of the attached database file: listed once, with the file's row count and its columns.
  const actualsDoc = dictionary.locator('[data-table-doc="actuals"]');
  await expect(actualsDoc).toHaveCount(1);
  await expect(actualsDoc.locator('summary')).toContainText('537 rows');
  await actualsDoc.locator('summary').click();
  await expect(actualsDoc.locator('tbody tr').first()).toContainText(/ref_date\s*VARCHAR/);
  await expect(actualsDoc.locator('tbody tr')).toHaveCount(12); // each column once (not once more from the attached file)
  const summaryDoc = dictionary.locator('[data-table-doc="scenario_summary"]');
  await summaryDoc.locator('summary').click();
  await expect(summaryDoc.locator('tbody tr').first()).toContainText(/year\s*INTEGER\s*Year \(population on 1 January\)/);
  await runSql(page, 'SELECT 1 +');
  await expect(page.getByTestId('sql-error')).toContainText('The SQL could not run');
  await expect(page.getByTestId('sql-error')).toContainText('The previous result is still shown.');
  // With a result, a chart and an error on screen: no serious accessibility problem.
  const axe = await new AxeBuilder({ page }).include('[data-view="data"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('own inputs: a file in the form of docs/inputs.md is projected in the page; a bad one is named and changes nothing', async ({
  page,
}) => {
  const examplePath = new URL('../docs/examples/inputs.json', import.meta.url);
  const example = JSON.parse(readFileSync(examplePath, 'utf8')) as {
    description: string;
    baseYear: number;
    population: { male: number[]; female: number[] };
    survival: { male: number[]; female: number[] };
  };
  const baseTotal = [...example.population.male, ...example.population.female].reduce((s, x) => s + x, 0);
  await page.goto('./?view=data');
  const link = page.url();
  const panel = page.getByTestId('own-inputs');
  await expect(panel).toHaveAttribute('data-status', 'none', { timeout: 45_000 });
  await expect(page.getByRole('heading', { name: '自分のデータで推計' })).toBeVisible();
  await expect(panel.getByTestId('own-inputs-not-ward')).toContainText('杉並区のデータではありません');
  const input = panel.getByLabel('データファイル');

  // The docs example: its words, its base year, and one row per year to the engine's default horizon.
  await input.setInputFiles(examplePath.pathname);
  await expect(panel).toHaveAttribute('data-status', 'ready');
  await expect(panel.getByTestId('own-inputs-name')).toHaveText('inputs.json');
  await expect(panel.getByTestId('own-inputs-description')).toHaveText(example.description);
  await expect(panel.getByTestId('own-inputs-meta')).toContainText(String(example.baseYear));
  const table = panel.getByTestId('own-inputs-table');
  await expect(table.locator('thead th')).toHaveText(['年', '総人口', '0〜14歳', '15〜64歳', '65歳以上', '高齢化率（％）']);
  await expect(table.locator('tbody tr')).toHaveCount(2065 - example.baseYear + 1);
  const first = table.locator('tbody tr').first().locator('td');
  await expect(first.nth(0)).toHaveText(String(example.baseYear));
  await expect(first.nth(1)).toHaveText(baseTotal.toLocaleString('ja-JP'));
  await expect(table.locator('tbody tr').last().locator('td').first()).toHaveText('2065');
  expect(page.url()).toBe(link); // a file cannot be in a link

  // The CSV: the CLI's --format csv columns, one row per year, the base year's total as in the file.
  const csv = await downloaded(page, panel.getByTestId('download-own-summary'));
  expect(csv.name).toMatch(
    /^suginami-outlook_own-inputs-summary_inputs_tfr-[\d.]+_srb-105_mortalityDecline-0_inMigration-1_outMigration-1_horizon-2065\.csv$/,
  );
  const lines = csv.text.slice(1).trimEnd().split('\r\n');
  expect(
    csv.text.startsWith(
      '\uFEFFyear,total,male,female,age0_14,age15_64,age65plus,aging_rate,births,deaths,in_migrants,out_migrants,natural_change,social_change\r\n',
    ),
  ).toBe(true);
  expect(lines).toHaveLength(1 + 2065 - example.baseYear + 1);
  expect(Number(lines[1].split(',')[1])).toBeCloseTo(baseTotal, 6);

  // Not JSON: the engine's message with the file name; the projection shown stays.
  const error = panel.getByTestId('own-inputs-error');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"baseYear": 2021,') });
  await expect(error).toContainText('broken.json: 推計の入力ファイル（JSON）として正しくありません：inputs are not valid JSON');
  await expect(error).toContainText('表示中のデータはそのままです。');
  await expect(panel.getByTestId('own-inputs-name')).toHaveText('inputs.json');
  await expect(table.locator('tbody tr')).toHaveCount(2065 - example.baseYear + 1);

  // A value out of range: the field, the value and the allowed range.
  example.survival.female[80] = 1.2;
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(example)) });
  await expect(error).toContainText(
    'bad.json: 推計の入力ファイル（JSON）として正しくありません：survival.female[80] 1.2 is out of range: allowed 0–1',
  );
  await expect(table.locator('tbody tr')).toHaveCount(2065 - example.baseYear + 1);

  // 5 MB of spaces: nothing in it (files over 50 MB are refused unread: e2e/own-data.spec.ts).
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32) });
  await expect(error).toContainText('huge.json: ファイルが空です。');

  // Another horizon projects the shown file again (and clears the message).
  await panel.getByLabel('最終年').fill('2040');
  await panel.getByLabel('最終年').press('Enter');
  await expect(table.locator('tbody tr')).toHaveCount(2040 - example.baseYear + 1);
  await expect(error).toHaveCount(0);
  expect(page.url()).toBe(link);

  const axe = await new AxeBuilder({ page }).include('[data-testid="own-inputs"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('with DuckDB still downloading, the workbench opens after at most 2 s and projects own data', async ({ page }) => {
  await holdDuckDB(page); // the wasm never arrives, as on a very slow connection
  await page.goto('./?view=data&lang=en');
  // The workbench waits for DuckDB (views/data/workbench-start.ts): first its placeholder, saying why.
  await expect(page.getByTestId('workbench-loading')).toContainText('while the analysis database (DuckDB) starts');
  const panel = page.getByTestId('own-inputs');
  await expect(panel).toHaveAttribute('data-status', 'none', { timeout: 10_000 });
  await expect(page.getByTestId('workbench-loading')).toHaveCount(0);
  await expect(page.locator('[data-duckdb]')).not.toHaveAttribute('data-duckdb', 'ready');
  await panel.getByLabel('Data file').setInputFiles(new URL('../docs/examples/inputs.json', import.meta.url).pathname);
  await expect(panel).toHaveAttribute('data-status', 'ready');
  await expect(panel.getByTestId('own-inputs-table').locator('tbody tr').last().locator('td').first()).toHaveText('2065');
});
