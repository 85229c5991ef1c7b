// Test fixtures shared by the browser tests:
// - every request of the browser context is recorded, and any request leaving localhost fails the
//   test (it is also aborted, so nothing ever leaves the machine);
// - every console error and uncaught exception, of the page and of its workers, fails the test.
// Helpers serve the Parquet fixtures in place of data files, and can hold DuckDB back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type Request } from '@playwright/test';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

function isOwnOrigin(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return (u.protocol === 'http:' || u.protocol === 'https:') && (u.hostname === 'localhost' || u.hostname === '127.0.0.1');
}

export interface Watch {
  /** Every request URL, in order. */
  readonly requests: string[];
  /** URLs that left localhost (must stay empty). */
  readonly outside: string[];
  /** Console errors and uncaught exceptions (must stay empty unless a test expects some). */
  readonly errors: string[];
  /** Call when a test expects console errors; they are then returned instead of failing the test. */
  takeErrors(): string[];
}

export const test = base.extend<{ watch: Watch }>({
  // auto: every test is guarded, whether or not it reads `watch`.
  watch: [
    async ({ context, page }, use) => {
      const requests: string[] = [];
      const outside: string[] = [];
      let errors: string[] = [];
      await context.route(
        (url) => !isOwnOrigin(url.href),
        (route) => {
          if (!outside.includes(route.request().url())) outside.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      const onRequest = (request: Request) => {
        requests.push(request.url());
        if (!isOwnOrigin(request.url()) && !outside.includes(request.url())) outside.push(request.url());
      };
      context.on('request', onRequest);
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(`worker console: ${m.text()}`)));
      await use({
        requests,
        outside,
        get errors() {
          return errors;
        },
        takeErrors() {
          const taken = errors;
          errors = [];
          return taken;
        },
      });
      expect(outside, 'requests that left the origin').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Bytes of a fixture in e2e/fixtures/. */
export const fixture = (file: string) => readFileSync(path.join(FIXTURES, file));

/**
 * Adds tables to the build's data-files.json and serves fixture files for them.
 * `tables` maps a table name to a fixture file (e.g. { fixture_types: 'types.parquet' }).
 */
export async function serveTables(page: Page, tables: Record<string, string>): Promise<void> {
  await page.route('**/data-files.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { files: { table: string; file: string; bytes: number }[] };
    const files = manifest.files.filter((f) => !(f.table in tables));
    for (const [table, file] of Object.entries(tables)) files.push({ table, file: `data/${table}.parquet`, bytes: fixture(file).length });
    await route.fulfill({ response, json: { files } });
  });
  for (const [table, file] of Object.entries(tables)) {
    await page.route(`**/data/${table}.parquet`, (route) =>
      route.fulfill({ body: fixture(file), contentType: 'application/vnd.apache.parquet' }),
    );
  }
}

/** Serves the build's data-files.json without `table`, as from a build that lacks its file. */
export async function withoutTable(page: Page, table: string): Promise<void> {
  await page.route('**/data-files.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { files: { table: string }[] };
    await route.fulfill({ response, json: { files: manifest.files.filter((f) => f.table !== table) } });
  });
}

/** Holds DuckDB's wasm download forever: for tests about everything else (saves CPU), or to prove nothing waits for it. */
export async function holdDuckDB(page: Page): Promise<void> {
  await page.route('**/duckdb-eh*.wasm', () => {});
}

/** The query string of the page, without "?". */
export const query = (page: Page) => new URL(page.url()).search.slice(1);
