// Failures keep the last good state and say what happened (issue 12), in a real browser:
// - the projection worker crashes: the charts stay, a notice says so, the new worker answers the next slider move;
// - DuckDB's wasm does not download: the outlook still draws; the data view says why and its retry really retries;
// - the browser's storage is full: saving keeps the list in the page, says so, and leaves what was stored untouched.
// The crash is real: an uncaught error thrown inside the running worker (Playwright evaluates in the worker's
// own scope), which the page sees as the worker's 'error' event, as it would a bug or an engine failure.
import type { Page, Worker } from '@playwright/test';
import { expect, holdDuckDB, test } from './guard.ts';

const STORE_KEY = 'suginami-outlook:scenarios';

async function firstCharts(page: Page): Promise<void> {
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('[data-chart="total"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('headline')).toHaveAttribute('data-status', 'ready');
}

const headlineTotal = (page: Page) => page.getByTestId('headline-total').getAttribute('data-value');
const pyramidBars = (page: Page) => page.locator('[data-chart="pyramid"] path.bars.male').getAttribute('d');

/** The projection worker (its built file is projection.worker-<hash>.js), once the page has it. */
async function projectionWorker(page: Page, exclude: readonly Worker[] = []): Promise<Worker> {
  let found: Worker | undefined;
  await expect
    .poll(() => (found = page.workers().find((w) => /projection\.worker/.test(w.url()) && !exclude.includes(w))) !== undefined)
    .toBe(true);
  return found!;
}

/** Throws from a task inside the worker: an uncaught error, reported to the page as the worker's 'error' event. */
async function crash(worker: Worker, message: string): Promise<void> {
  await worker.evaluate((m) => {
    setTimeout(() => {
      throw new Error(m);
    }, 0);
  }, message);
}

test.describe('the projection worker crashes', () => {
  test.beforeEach(async ({ page }) => {
    await holdDuckDB(page);
  });

  test('the charts stay, a notice says so, and the next slider move is drawn by a new worker', async ({ page, watch }) => {
    await page.goto('./?lang=en&year=2065');
    await firstCharts(page);
    const total = await headlineTotal(page);
    const bars = await pyramidBars(page);
    const first = await projectionWorker(page);

    await crash(first, 'forced crash (e2e)');
    const notice = page.getByTestId('worker-notice');
    await expect(notice).toHaveAttribute('data-health', 'restarted');
    await expect(notice).toContainText('The calculation worker stopped, so a new one was started.');
    await expect(notice).toContainText('forced crash (e2e)');
    // The last result stays on screen.
    expect(await headlineTotal(page)).toBe(total);
    expect(await pyramidBars(page)).toBe(bars);
    await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');

    // A new worker was started; moving a slider redraws from it.
    await projectionWorker(page, [first]);
    await page.locator('#tfr-number').fill('1.6');
    await page.locator('#tfr-number').press('Enter');
    await expect.poll(() => headlineTotal(page)).not.toBe(total);
    await expect.poll(() => pyramidBars(page)).not.toBe(bars);
    await expect(page.locator('.request-error')).toHaveCount(0);
    await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(notice).toHaveCount(0);
    // The crash was reported by the worker's console; nothing else went wrong.
    expect(watch.takeErrors().every((e) => e.includes('forced crash (e2e)'))).toBe(true);
  });

  test('a crash loop stops the restarts and keeps the last result', async ({ page, watch }) => {
    await page.goto('./?lang=en');
    await firstCharts(page);
    const total = await headlineTotal(page);
    const crashed: Worker[] = [];
    for (let i = 1; i <= 3; i++) {
      const worker = await projectionWorker(page, crashed);
      crashed.push(worker);
      await crash(worker, `crash ${i}`);
      await expect(page.getByTestId('worker-notice')).toContainText(`crash ${i}`);
    }
    const notice = page.getByTestId('worker-notice');
    await expect(notice).toHaveAttribute('data-health', 'stopped');
    await expect(notice).toContainText('stopped 3 times in a short while, so it is not restarted again');
    expect(await headlineTotal(page)).toBe(total);
    await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
    // No fourth worker.
    await page.waitForTimeout(300);
    expect(page.workers().filter((w) => /projection\.worker/.test(w.url()) && !crashed.includes(w))).toHaveLength(0);
    watch.takeErrors();
  });
});

test.describe('DuckDB does not load', () => {
  test('the outlook draws without it', async ({ page, watch }) => {
    await page.route('**/duckdb-eh*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./?lang=en');
    await firstCharts(page);
    await expect(page.locator('[data-chart="aging"]')).toHaveAttribute('data-status', 'ready');
    // DuckDB starts when the browser is idle after the first chart: its failure is in the status line only.
    await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'error', { timeout: 45_000 });
    await expect(page.getByTestId('worker-notice')).toHaveCount(0);
    watch.takeErrors(); // the 404 is logged by the browser
  });

  test('the data view says why; retry loads it and a query runs', async ({ page, watch }) => {
    await page.route('**/duckdb-eh*.wasm', (route) => route.abort('failed'));
    await page.goto('./?view=data&lang=en');
    const failure = page.getByTestId('database-failure');
    await expect(failure).toContainText('The analysis database (DuckDB) could not be loaded', { timeout: 45_000 });
    await expect(failure).toContainText('The outlook and the plan work without it');
    // Named by DuckDB's starter worker, which downloads the wasm (src/data/duckdb-starter.ts).
    await expect(failure.locator('.message')).toContainText(/its file \(duckdb-eh-[\w-]+\.wasm\) could not be downloaded/);
    // The file list is still shown, read by hyparquet.
    await expect(page.locator('[data-table="base_population"]')).toHaveAttribute('data-status', 'ready');

    await page.unroute('**/duckdb-eh*.wasm');
    // Nothing starts another attempt by itself (the projection arriving, the view's effects): only the retry does.
    await page.waitForTimeout(1500);
    await expect(failure).toBeVisible();
    await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'error');
    await page.getByTestId('database-retry').click();
    await expect(failure).toHaveCount(0, { timeout: 45_000 });
    await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 45_000 });
    await expect(page.locator('[data-table="base_population"] [data-col="rows-sql"]')).toHaveText('202');
    const editor = page.getByLabel('SQL', { exact: true });
    await editor.fill('SELECT count(*)::INTEGER AS n FROM base_population');
    await editor.press('Control+Enter');
    await expect(page.getByTestId('sql-result').locator('tbody td').first()).toHaveText('202');
    // The projection's tables were registered after the retry too.
    await editor.fill('SELECT count(*)::INTEGER AS n FROM scenario_summary');
    await editor.press('Control+Enter');
    await expect(page.getByTestId('sql-result').locator('tbody td').first()).toHaveText(/^\d+$/);
    watch.takeErrors(); // the aborted download is logged by the browser
  });
});

test.describe('storage', () => {
  test.beforeEach(async ({ page }) => {
    await holdDuckDB(page);
  });

  test('full: saving keeps the list in the page with a notice; what was stored stays as it was', async ({ page }) => {
    const stored = JSON.stringify({
      format: 'suginami-outlook/scenarios',
      version: 2,
      scenarios: [
        {
          id: 'before1',
          name: 'before',
          savedAt: '2026-01-01T00:00:00.000Z',
          scenario: { tfr: 1.2, srb: 105.1, mortalityDecline: 0, inMigration: 1, outMigration: 1, horizon: 2065 },
        },
      ],
    });
    await page.addInitScript(
      ([key, text]) => {
        localStorage.setItem(key, text);
        // The browser's storage is full from now on: every write is refused as browsers refuse it.
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
      [STORE_KEY, stored] as const,
    );
    await page.goto('./?lang=en');
    await firstCharts(page);
    await expect(page.getByTestId('saved-entry-name')).toHaveText(['before']);
    await page.getByTestId('saved-name').fill('after');
    await page.getByTestId('saved-save').click();
    await expect(page.getByTestId('saved-entry-name')).toHaveText(['before', 'after']); // kept in the page
    await expect(page.locator('[data-problem="quota"]')).toHaveCount(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(stored); // unchanged
  });

  test('switched off (SecurityError on access): the dashboard works, saving works in the page, the notice says so', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('./?lang=en');
    await firstCharts(page);
    await expect(page.locator('[data-problem="unavailable"]')).toHaveCount(1);
    await page.getByTestId('saved-name').fill('in the page');
    await page.getByTestId('saved-save').click();
    await expect(page.getByTestId('saved-entry-name')).toHaveText(['in the page']);
    const total = await headlineTotal(page);
    await page.locator('#tfr-number').fill('1.6');
    await page.locator('#tfr-number').press('Enter');
    await expect.poll(() => headlineTotal(page)).not.toBe(total);
  });
});
