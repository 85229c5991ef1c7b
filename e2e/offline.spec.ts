// Offline and updates (issue 12), against the production build with its service worker (dist/sw.js).
// The other specs block service workers (playwright.config.ts); these allow them. Each test serves the
// build from its own small server under a sub-path (e2e/static-server.ts): a fresh origin with no
// worker yet, and a server that can really be stopped, so "offline" is not only the browser's emulation.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request, Response } from '@playwright/test';
import { expect, test } from './guard.ts';
import { serveFolder } from './static-server.ts';

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
}

/**
 * Runs a step (a navigation and its first check); if it fails, adds what the page showed and which of its requests the service worker
 * did not answer from a cache, so that a failure on a CI machine says why (once, a CI run found the town
 * view's panel not mounted 15 s after an offline navigation, with no console error, and it did not recur here).
 */
async function explained(page: Page, check: () => Promise<void>): Promise<void> {
  const misses: string[] = [];
  const onResponse = (response: Response) => {
    if (!response.fromServiceWorker()) misses.push(`${response.status()} ${response.url()}`);
  };
  const failures: string[] = [];
  const onFailed = (request: Request) => failures.push(`${request.failure()?.errorText} ${request.url()}`);
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  try {
    await check();
  } catch (error) {
    const shown = await page.evaluate(() => document.getElementById('app')?.innerText.slice(0, 600) ?? '(no #app)').catch(String);
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none').catch(String);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n` +
        `page showed: ${JSON.stringify(shown)}\nservice worker: ${controller}\n` +
        `not from the service worker since: ${JSON.stringify(misses)}\nfailed requests: ${JSON.stringify(failures)}`,
      { cause: error },
    );
  } finally {
    page.off('response', onResponse);
    page.off('requestfailed', onFailed);
  }
}

const md5 = (bytes: Buffer | string) => createHash('md5').update(bytes).digest('hex');

test('the build precaches the app and every data file by content, and leaves DuckDB to the runtime cache', () => {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const entries = new Map(
    [...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map((m) => [m[1], m[2] === 'null' ? null : m[2].slice(1, -1)]),
  );
  const parquet = readdirSync(path.join(DIST, 'data')).filter((f) => f.endsWith('.parquet'));
  expect(parquet.length).toBeGreaterThan(20);
  for (const file of [...parquet, 'town_boundaries.json']) {
    expect(entries.get(`data/${file}`), file).toBe(md5(readFileSync(path.join(DIST, 'data', file))));
  }
  expect(entries.get('index.html')).toBe(md5(readFileSync(path.join(DIST, 'index.html'))));
  expect(entries.get('data-files.json')).toBe(md5(readFileSync(path.join(DIST, 'data-files.json'))));
  const assets = readdirSync(path.join(DIST, 'assets')).filter((f) => /\.(js|css|wasm)$/.test(f));
  for (const file of assets) {
    const duckdb = /^duckdb-eh-.*\.wasm$|^duckdb-browser-.*\.worker-.*\.js$/.test(file);
    expect(entries.has(`assets/${file}`), file).toBe(!duckdb);
  }
  expect([...entries.keys()].filter((u) => u.startsWith('/') || u.includes('//'))).toEqual([]); // relative: works under any sub-path
});

test('after one visit, every view works with the network cut; the data view too once DuckDB has been used', async ({ page, context }) => {
  test.setTimeout(180_000);
  const server = await serveFolder(DIST);
  try {
    await page.goto(`${server.url}?lang=en`);
    await controlled(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(`${server.url}sw.js`);

    // Use DuckDB once, online: the SQL console's first example.
    await page.goto(`${server.url}?view=data&lang=en`);
    await page.getByRole('button', { name: 'Plan projects per field' }).click();
    await expect(page.getByTestId('sql-summary')).toContainText('8 rows', { timeout: 60_000 });
    // DuckDB's wasm and worker script are in the runtime cache once used.
    const cached = () => page.evaluate(async () => (await (await caches.open('duckdb')).keys()).map((r) => new URL(r.url).pathname));
    await expect.poll(async () => (await cached()).some((p) => /\/assets\/duckdb-eh-[\w-]+\.wasm$/.test(p))).toBe(true);
    await expect.poll(async () => (await cached()).some((p) => /\/assets\/duckdb-browser-eh\.worker-[\w-]+\.js$/.test(p))).toBe(true);
  } finally {
    await server.stop();
  }
  await context.setOffline(true);

  await explained(page, async () => {
    await page.goto(`${server.url}?lang=en`);
    await expect(page.locator('[data-chart="pyramid"] path.bars.male')).toHaveAttribute('d', /(M[^M]+){90,}/);
  });
  // The early projection worker, served by the service worker, still knows the page's URL (in its name: a
  // worker URL's fragment does not survive the service worker), so it started on its own.
  const early = page.workers().find((w) => /projection\.worker/.test(w.url()));
  expect(await early?.evaluate(() => self.name)).toBe(`projection#prefetch=${encodeURIComponent(`${server.url}?lang=en`)}`);
  await expect(page.locator('[data-chart="total"] path[data-kind="scenario"]').first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);

  await explained(page, async () => {
    await page.goto(`${server.url}?view=plan&lang=en`);
    await expect(page.locator('[data-chart="plan-sunburst"] g.arc[data-depth="1"]')).toHaveCount(8);
  });
  await expect(page.getByTestId('plan-counts')).toContainText('8 fields');

  await explained(page, async () => {
    await page.goto(`${server.url}?view=town&lang=en`);
    await expect(page.locator('[data-chart="town-map"]')).toHaveAttribute('data-status', 'ready');
  });
  await expect(page.locator('[data-testid="town-map"] path[data-code]')).toHaveCount(139);

  await explained(page, async () => {
    await page.goto(`${server.url}?view=data&lang=en`);
    await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 60_000 });
  });
  await page.getByRole('button', { name: 'Plan projects per field' }).click();
  await expect(page.getByTestId('sql-summary')).toContainText('8 rows');
  await expect(page.locator('[data-chart="query-chart"]')).toHaveAttribute('data-status', 'ready');
  // (The guard fails the test on any console error, e.g. a file that was not in a cache.)
});

test('a new version announces itself, the page keeps the old one until Reload, then runs the new one alone', async ({ page }) => {
  test.setTimeout(120_000);
  // A copy of the build that we can change as a new build would.
  const root = mkdtempSync(path.join(tmpdir(), 'suginami-offline-'));
  cpSync(DIST, root, { recursive: true, filter: (f) => !/\.(gz|br)$/.test(f) });
  const server = await serveFolder(root);
  try {
    await page.goto(server.url);
    await controlled(page);
    const notice = page.getByTestId('update-notice');
    await expect(notice).toBeEmpty();

    // "Build" a new version: a changed index.html, and sw.js with that file's new revision.
    const html = readFileSync(path.join(root, 'index.html'), 'utf8');
    const newHtml = html.replace('<head>', '<head><meta name="suginami-build" content="second">');
    expect(newHtml).not.toBe(html);
    const sw = readFileSync(path.join(root, 'sw.js'), 'utf8');
    const newSw = sw.replace(`{url:"index.html",revision:"${md5(html)}"}`, `{url:"index.html",revision:"${md5(newHtml)}"}`);
    expect(newSw).not.toBe(sw);
    writeFileSync(path.join(root, 'index.html'), newHtml);
    writeFileSync(path.join(root, 'sw.js'), newSw);

    // The next visit still gets the old page (from the old worker's precache) and is told of the new one.
    await page.reload();
    await expect(notice).toContainText('新しい版があります', { timeout: 30_000 });
    await expect(page.locator('meta[name="suginami-build"]')).toHaveCount(0);
    // Reloading by hand does not let the new version in either: it waits for the click.
    await page.reload();
    await expect(notice).toContainText('新しい版があります');
    await expect(page.locator('meta[name="suginami-build"]')).toHaveCount(0);

    await notice.getByRole('button', { name: '再読み込み' }).click();
    await expect(page.locator('meta[name="suginami-build"]')).toHaveAttribute('content', 'second', { timeout: 30_000 });
    await controlled(page);
    await expect(notice).toBeEmpty();
    await expect(page.locator('[data-chart="pyramid"] path.bars.male')).toHaveAttribute('d', /(M[^M]+){90,}/);
    // One precache, holding the new revision of index.html and not the old one.
    const precached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('workbox-precache'));
      const keys = await (await caches.open(names[0])).keys();
      return { names, index: keys.map((r) => r.url).filter((u) => u.includes('index.html')) };
    });
    expect(precached.names).toHaveLength(1);
    expect(precached.index).toEqual([`${server.url}index.html?__WB_REVISION__=${md5(newHtml)}`]);
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('an embed registers no service worker and shows no notice; the full page does', async ({ page, watch }) => {
  const server = await serveFolder(DIST);
  try {
    await page.goto(`${server.url}?view=outlook&embed=1&chart=total`);
    await expect(page.locator('figure.chart[data-chart="total"] path[data-kind="scenario"]').first()).toHaveAttribute('d', /^M/);
    // UpdateNotice, which registers the worker, is not in an embed at all; the full page would have
    // registered by now (after its load event, its first view and an idle moment).
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(watch.requests.filter((u) => /workbox|sw\.js/.test(u))).toEqual([]);

    await page.goto(`${server.url}?view=outlook`);
    await controlled(page);
    await expect(page.getByTestId('update-notice')).toHaveCount(1);
  } finally {
    await server.stop();
  }
});
