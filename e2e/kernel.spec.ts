// The workers' wasm kernel (worker/kernel/): built into the app, fetched from the same origin as
// application/wasm (what WebAssembly.compileStreaming and a CSP with 'wasm-unsafe-eval' need), small,
// and asked for by each worker only after its first answer. The guard fails the test on
// any console error of the page or its workers, so a kernel that fails to compile would show here.
import { expect, holdDuckDB, test } from './guard.ts';

test('the workers fetch their small wasm kernel after their first answers, and the page keeps working', async ({ page }) => {
  await holdDuckDB(page);
  const kernel: { url: string; type: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (/\/assets\/cohort-[\w-]+\.wasm$/.test(new URL(r.url()).pathname)) {
      kernel.push({ url: r.url(), type: r.headers()['content-type'] ?? '', bytes: (await r.body()).length });
    }
  });
  await page.goto('./?lang=en');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  // The projection worker asks for it, and the bands worker too once it has drawn its first bands.
  await expect.poll(() => kernel.length).toBeGreaterThanOrEqual(1);
  for (const k of kernel) {
    expect(k.type).toBe('application/wasm');
    expect(k.bytes).toBeLessThan(2048);
  }
  // A scenario asked after the kernel has loaded is still answered and drawn.
  await page.goto('./?lang=en&tfr=1.8');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('headline')).toContainText('2030');
});
