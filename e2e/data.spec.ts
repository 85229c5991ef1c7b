// The data layer in a real browser: hyparquet decodes, DuckDB-WASM (EH bundle, our origin only)
// answers SQL, a broken file is reported by name and breaks nothing else.
import { expect, holdDuckDB, serveTables, test } from './guard.ts';

type Query = (sql: string) => Promise<Record<string, unknown>[]>;
const sql = (page: import('@playwright/test').Page, text: string) =>
  page.evaluate((t) => (window as unknown as { suginamiOutlook: { query: Query } }).suginamiOutlook.query(t), text);

test('DuckDB loads from our origin, holds every decoded table and answers SQL', async ({ page, watch }) => {
  await serveTables(page, { fixture_types: 'types.parquet' }); // at least one table, whatever the build holds
  const started = Date.now();
  await page.goto('./?view=data');
  const status = page.getByRole('status');
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
  await expect(sql(page, "SELECT * FROM read_parquet('https://example.com/x.parquet')")).rejects.toThrow('"read_parquet" is not in the catalog');
  await expect(sql(page, "SELECT * FROM 'https://example.com/x.csv'")).rejects.toThrow('file system operations are disabled');
  await expect(sql(page, "ATTACH 'https://example.com/x.duckdb'")).rejects.toThrow('file system operations are disabled');
  await sql(page, 'INSTALL httpfs');
  await expect(sql(page, 'LOAD httpfs')).rejects.toThrow('Loading external extensions is disabled');
  await expect(sql(page, 'LOAD parquet')).rejects.toThrow('Loading external extensions is disabled');
  await expect(sql(page, 'SET autoload_known_extensions = true')).rejects.toThrow('the configuration has been locked');
  await expect(sql(page, 'SET enable_external_access = true')).rejects.toThrow('the configuration has been locked');
  expect(await sql(page, "SELECT current_setting('autoload_known_extensions')::VARCHAR AS autoload, current_setting('autoinstall_known_extensions')::VARCHAR AS autoinstall")).toEqual([
    { autoload: 'false', autoinstall: 'false' },
  ]);
  expect(watch.outside).toEqual([]);
});

test('a broken Parquet file is named in a notice and the other tables still load', async ({ page }) => {
  await serveTables(page, { fixture_types: 'types.parquet', fixture_broken: 'broken.parquet', fixture_zstd: 'types-zstd.parquet' });
  await page.goto('./?view=data&lang=en');

  const broken = page.locator('tr[data-table="fixture_broken"]');
  await expect(broken).toHaveAttribute('data-status', 'error');
  await expect(broken).toContainText('data/fixture_broken.parquet: damaged Parquet metadata');
  await expect(page.locator('tr[data-table="fixture_zstd"]')).toContainText("compressed with ZSTD; write the file with COMPRESSION 'snappy'");
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('The data file data/fixture_broken.parquet could not be loaded: damaged Parquet metadata');

  await expect(page.getByRole('status')).toHaveAttribute('data-duckdb', 'ready', { timeout: 45_000 });
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
  ).toEqual([{ n: 5, population: 12345, big: 3000000004, labels: 4, label: 'a|杉並|d|e', maybe: 4, flags: 4, first_day: '1970-01-01', dec: -2.48 }]);
  // Every other table of the build loaded: the broken ones took nothing down with them.
  for (const row of await page.locator('tbody tr').all()) {
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
  await expect(page.getByRole('status')).toHaveAttribute('data-duckdb', 'loading');
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
