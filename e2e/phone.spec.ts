// A phone's visit to the outlook or the plan: DuckDB (34 MB of wasm) is never asked for unless the reader
// shows intent (the data view, its tab), nor the other views' code and tables (src/main.ts), nor the
// comparison's code, the bands and the history tables until something shows them; the whole visit — page, code, tables, what
// loads after the first chart — transfers at most 600 KB. Bytes are what came over the wire for each
// finished request of the page and its workers (Playwright's sizes: encoded body and headers).
import type { Page, Request } from '@playwright/test';
import { expect, test } from './guard.ts';

const BUDGET = 600 * 1024;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const isDuckdb = (url: string) => /duckdb/i.test(new URL(url).pathname);

test.use(PHONE);

/** Records every finished request of the context with its transferred bytes. */
function recordTransfers(page: Page): { url: string; bytes: number }[] {
  const transfers: { url: string; bytes: number }[] = [];
  page.context().on('requestfinished', (request: Request) => {
    void request.sizes().then(
      (s) => transfers.push({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }),
      () => {},
    );
  });
  return transfers;
}

/**
 * Waits until the idle-time work after the first view has happened: no table of the catalog loading (on a
 * phone's first screen of the outlook it has none: the projection worker reads its own), the network
 * quiet, and quiet again a moment later (DuckDB would be asked for after the tables, at idle).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const tables = (window as unknown as { suginamiOutlook: { tables: () => { load: { status: string } }[] } }).suginamiOutlook.tables();
      return tables.every((t) => t.load.status !== 'loading');
    },
    null,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
}

const total = (transfers: { bytes: number }[]) => transfers.reduce((s, t) => s + t.bytes, 0);

for (const [view, ready] of [
  ['outlook', '[data-chart="pyramid"][data-status="ready"]'],
  ['plan', '[data-view="plan"] g.arc'],
] as const) {
  test(`a 390 px ${view} visit asks for no DuckDB file and transfers at most 600 KB`, async ({ page, watch }) => {
    const transfers = recordTransfers(page);
    await page.goto(`./?view=${view}`);
    await expect(page.locator(ready).first()).toBeAttached({ timeout: 30_000 });
    await settled(page);
    expect(watch.requests.filter(isDuckdb), 'DuckDB requests').toEqual([]);
    const bytes = total(transfers);
    test.info().annotations.push({ type: 'transferred', description: `${(bytes / 1024).toFixed(1)} KB in ${transfers.length} requests` });
    console.log(`${view} on a phone: ${(bytes / 1024).toFixed(1)} KB in ${transfers.length} requests`);
    expect(transfers.length).toBeGreaterThan(5); // the recorder saw the visit
    expect(bytes).toBeLessThanOrEqual(BUDGET);
  });
}

test('a link to the plan asks for its code and its opening tables from the head, each once, and uses every one', async ({
  page,
  watch,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('./?view=plan');
  await expect(page.locator('[data-view="plan"] g.arc').first()).toBeAttached({ timeout: 30_000 });
  await settled(page);
  const ahead = await page.$$eval('link[rel=preload], link[rel=modulepreload]', (links) =>
    links.map((l) => ({ rel: (l as HTMLLinkElement).rel, as: (l as HTMLLinkElement).as, href: (l as HTMLLinkElement).href })),
  );
  const fetched = ahead.filter((l) => l.as === 'fetch').map((l) => l.href);
  expect(fetched.some((u) => u.endsWith('/data-files.json'))).toBe(true);
  expect(
    ahead.some((l) => /\/assets\/PlanView-[\w-]+\.js$/.test(l.href)),
    'the view’s chunk',
  ).toBe(true);
  // The tables asked for ahead are exactly the ones the screen downloads (views/plan/opening-tables.ts).
  const tables = (urls: string[]) => [...new Set(urls.filter((u) => u.endsWith('.parquet')))].sort();
  expect(tables(fetched)).toEqual(tables(watch.requests));
  // Each file once: the app's own request was answered by the one begun in the head.
  for (const { href } of ahead)
    expect(
      watch.requests.filter((u) => u === href),
      href,
    ).toHaveLength(1);
  // Chromium warns of a preload nobody used a few seconds after the load event.
  await page.waitForTimeout(3500);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
});

test('on a phone the first visit builds the first screen only: the sliders when the sheet opens, the charts below on the first scroll', async ({
  page,
}) => {
  await page.goto('./?view=outlook&tfr=1.3');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('headline')).toHaveAttribute('data-status', 'ready');
  await page.waitForTimeout(1500); // the stagger's turns (one a frame) have long passed
  await expect(page.locator('[data-chart="total"]')).toHaveCount(0);
  await expect(page.locator('[data-chart="aging"]')).toHaveCount(0);
  await expect(page.locator('#tfr-range')).toHaveCount(0);
  // The sheet opens with its sliders, set to the link's scenario.
  const panel = page.getByTestId('scenario-panel');
  await panel.getByRole('button', { name: '開く' }).tap();
  await expect(page.locator('#tfr-range')).toBeInViewport();
  await expect(page.locator('#tfr-number')).toHaveValue(/^1\.30?$/);
  await panel.getByRole('button', { name: '閉じる' }).tap();
  await expect(page.locator('#tfr-range')).toBeHidden();
  await expect(page.locator('#tfr-range')).toHaveCount(1); // kept, not rebuilt
  // The first touch or scroll builds the rest, nearest first.
  await page.mouse.wheel(0, 600);
  await expect(page.locator('[data-chart="total"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('[data-chart="aging"]')).toHaveAttribute('data-status', 'ready');
});

test('on a phone the outlook loads no other view unasked: pointing at the plan tab loads its code, the click shows it', async ({
  page,
  watch,
}) => {
  const planCode = (u: string) => /\/assets\/PlanView-[\w-]+\.js$/.test(new URL(u).pathname);
  const otherCode = (u: string) => /\/assets\/(PlanView|DataView|TownView)-[\w-]+\.js$/.test(new URL(u).pathname);
  // The plan's and the data view's own tables (the outlook's plan links read plan_policies, which is its own).
  const otherTables = (u: string) =>
    /\/data\/(governance_|sdg_|flows_|neighbourhood|residual_|plan_(projects|fields|placements|periods|indicators|counts))/.test(
      new URL(u).pathname,
    );
  await page.goto('./?view=outlook');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await settled(page);
  expect(watch.requests.filter(otherCode), "other views' code").toEqual([]);
  expect(watch.requests.filter(otherTables), "other views' tables").toEqual([]);
  const tab = page.getByRole('navigation').getByRole('link', { name: '総合計画' });
  await tab.focus();
  await expect.poll(() => watch.requests.some(planCode), { timeout: 15_000 }).toBe(true);
  await expect(page.locator('[data-view="outlook"]')).toBeVisible(); // intent is not a click
  await tab.tap();
  await expect(page.locator('[data-view="plan"] g.arc').first()).toBeAttached({ timeout: 30_000 });
});

test('on a phone the comparison, the bands and the history load when something shows them: the sheet, the first scroll', async ({
  page,
  watch,
}) => {
  const asked = (re: RegExp) => watch.requests.some((u) => re.test(new URL(u).pathname));
  const compareCode = /\/assets\/compare-[\w-]+\.js$/;
  const bandsWorker = /\/assets\/bands\.worker-[\w-]+\.js$/;
  const history = /\/data\/(registry_history|census_history|past_outlooks|actuals|published_results)\.parquet$/;
  await page.goto('./?view=outlook');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await settled(page);
  expect(asked(compareCode), 'the comparison code before the sheet opens').toBe(false);
  expect(asked(bandsWorker), 'the bands worker before a chart with bands is built').toBe(false);
  expect(asked(history), 'the history and reference tables before a chart that shows them is built').toBe(false);
  // The sheet opens with the B chooser.
  const panel = page.getByTestId('scenario-panel');
  await panel.getByRole('button', { name: '開く' }).tap();
  await expect(page.getByTestId('compare-tools')).toBeVisible();
  expect(asked(compareCode)).toBe(true);
  await panel.getByRole('button', { name: '閉じる' }).tap();
  // The first scroll builds the trends chart, whose bands (bands=on, the default) come from their worker.
  await page.mouse.wheel(0, 600);
  await expect(page.locator('[data-chart="total"]')).toHaveAttribute('data-status', 'ready');
  await expect.poll(() => asked(bandsWorker), { timeout: 15_000 }).toBe(true);
  await expect(page.locator('[data-chart="total"] [data-area$="-band80"]').first()).toBeAttached({ timeout: 30_000 });
  // …and the registry's counts as marks on it (actuals.parquet, asked for with the chart).
  await expect(page.locator('[data-chart="total"] circle[data-mark="total-2021-01-01"]')).toHaveCount(1);
  expect(asked(history)).toBe(true);
});

test('on a phone, pointing at or focusing the data tab starts DuckDB before the click', async ({ page, watch }) => {
  await page.goto('./?view=outlook&lang=en');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await settled(page);
  expect(watch.requests.filter(isDuckdb)).toEqual([]);
  await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'idle');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Data' }).focus();
  await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', /loading|ready/);
  await expect.poll(() => watch.requests.some((u) => /duckdb-eh.*\.wasm$/.test(u)), { timeout: 15_000 }).toBe(true);
  // The view is still the outlook: intent is not a click.
  await expect(page.locator('[data-view="outlook"]')).toBeVisible();
  await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 60_000 });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  for (const connection of [
    { effectiveType: '3g', saveData: false },
    { effectiveType: '4g', saveData: true },
  ]) {
    test(`DuckDB does not start at idle on a ${connection.saveData ? 'Save-Data' : 'slow (3g)'} connection`, async ({ page, watch }) => {
      await page.addInitScript(
        (c) => Object.defineProperty(Navigator.prototype, 'connection', { get: () => c, configurable: true }),
        connection,
      );
      await page.goto('./?view=outlook');
      await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
      await settled(page);
      expect(watch.requests.filter(isDuckdb)).toEqual([]);
      await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'idle');
    });
  }
});
