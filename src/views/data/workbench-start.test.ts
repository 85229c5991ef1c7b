import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workbenchStart, WORKBENCH_WAIT_MS } from './workbench-start.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Whether `promise` has settled after the microtasks queued so far. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('workbenchStart', () => {
  it('waits for DuckDB to be ready', async () => {
    let ready!: () => void;
    const start = workbenchStart(new Promise<void>((r) => (ready = r)));
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled(start)).toBe(false);
    ready();
    expect(await settled(start)).toBe(true);
  });

  it('does not wait for a DuckDB that failed', async () => {
    let fail!: (error: Error) => void;
    const start = workbenchStart(new Promise<void>((_, reject) => (fail = reject)));
    fail(new Error('no wasm'));
    expect(await settled(start)).toBe(true);
  });

  it('waits no longer than WORKBENCH_WAIT_MS for a DuckDB still downloading', async () => {
    const start = workbenchStart(new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(WORKBENCH_WAIT_MS - 1);
    expect(await settled(start)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(start)).toBe(true);
  });
});
