// The projection worker's wasm kernel (worker/kernel/): built into the app, fetched from the same
// origin as application/wasm (what WebAssembly.compileStreaming and a CSP with 'wasm-unsafe-eval'
// need), small, and asked for by the worker only after its first result. The guard fails the test on
// any console error of the page or its workers, so a kernel that fails to compile would show here.
import { expect, holdDuckDB, test } from './guard.ts';

test('the worker fetches its small wasm kernel after the first pyramid’s result, and the page keeps working', async ({ page }) => {
  await holdDuckDB(page);
  const kernel: { url: string; type: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (/\/assets\/cohort-[\w-]+\.wasm$/.test(new URL(r.url()).pathname)) {
      kernel.push({ url: r.url(), type: r.headers()['content-type'] ?? '', bytes: (await r.body()).length });
    }
  });
  await page.goto('./?lang=en');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect.poll(() => kernel.length).toBe(1);
  expect(kernel[0].type).toBe('application/wasm');
  expect(kernel[0].bytes).toBeLessThan(2048);
  // A scenario asked after the kernel has loaded is still answered and drawn.
  await page.goto('./?lang=en&tfr=1.8');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('headline')).toContainText('2030');
});
