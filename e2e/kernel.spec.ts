// The workers' wasm kernel (worker/kernel/): built into the app, fetched from the same origin as
// application/wasm (what WebAssembly.compileStreaming and a CSP with 'wasm-unsafe-eval' need), small,
// and asked for by each worker only after its first answer. The guard fails the test on
// any console error of the page or its workers, so a kernel that fails to compile would show here.
import { expect, holdDuckDB, test } from './guard.ts';

test('the workers fetch their small wasm kernel after their first answers, and the page keeps working', async ({ page }) => {
  await holdDuckDB(page);
  // Each response is recorded as it arrives and its body read as a promise the test awaits before
  // it ends: a handler that awaited the body itself could still be reading when the test closed the
  // page ("response.body: Test ended", a CI failure).
  const kernel: { url: string; type: string; bytes: Promise<number> }[] = [];
  page.on('response', (r) => {
    if (/\/assets\/cohort-[\w-]+\.wasm$/.test(new URL(r.url()).pathname)) {
      const bytes = r.body().then((b) => b.length);
      bytes.catch(() => {}); // handled where it is awaited; a page gone mid-read is not an unhandled rejection
      kernel.push({ url: r.url(), type: r.headers()['content-type'] ?? '', bytes });
    }
  });
  await page.goto('./?lang=en');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  // The projection worker asks for it, and the bands worker too once it has drawn its first bands.
  await expect.poll(() => kernel.length).toBeGreaterThanOrEqual(1);
  for (const k of kernel) {
    expect(k.type).toBe('application/wasm');
    expect(await k.bytes).toBeLessThan(2048);
  }
  // A scenario asked after the kernel has loaded is still answered and drawn.
  await page.goto('./?lang=en&tfr=1.8');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('headline')).toContainText('2030');
  // The second page's workers fetch it again (or from cache); their bodies are read before the end.
  const late = await Promise.allSettled(kernel.map((k) => k.bytes));
  for (const r of late) if (r.status === 'fulfilled') expect(r.value).toBeLessThan(2048);
});
