// The bands session against the real bands worker handler in a fake Worker: a crash keeps the bands
// drawn and restarts the worker; a crash loop ends in an error that says so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../worker/engine/scenario.ts';
import type { TransferInputs } from '../../worker/projection.protocol.ts';
import { loadBaseline } from './baseline.ts';
import { BandsSession, FULL_RUNS } from './bands.svelte.ts';
import { FakeWorker } from './fake-worker.ts';
import { CRASH_LIMIT } from './restarts.ts';
import { TEST_BASE, testFiles } from './test-files.ts';

const scope = globalThis as unknown as Record<string, unknown>;
let saved: Record<string, unknown> = {};
beforeEach(() => {
  saved = { requestAnimationFrame: scope.requestAnimationFrame, cancelAnimationFrame: scope.cancelAnimationFrame };
  scope.requestAnimationFrame = (cb: () => void) => setTimeout(cb, 0);
  scope.cancelAnimationFrame = (h: unknown) => clearTimeout(h as number);
});
afterEach(() => Object.assign(scope, saved));

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 1000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
};

async function inputs(): Promise<() => Promise<TransferInputs>> {
  const loaded = (await loadBaseline(TEST_BASE, testFiles().fetch)).inputs;
  if (!loaded || 'error' in loaded) throw new Error('no inputs');
  // A fresh copy each time: they are transferred to the worker.
  return async () => structuredClone(loaded);
}

describe('BandsSession: a crashed worker', () => {
  it('keeps the bands drawn, restarts with the inputs and draws the latest scenario; a loop stops with the reason', async () => {
    const workers: FakeWorker[] = [];
    const clock = 0; // the crashes all fall within one window
    const session = new BandsSession(
      await inputs(),
      () => {
        const w = new FakeWorker('bands');
        workers.push(w);
        return w as unknown as Worker;
      },
      () => clock,
    );
    session.start();
    await until(() => session.status.status === 'ready', 'ready');
    session.request({ ...DEFAULT_SCENARIO, horizon: 2040 }, 0, false);
    await until(() => session.current?.runs === FULL_RUNS, 'the first bands');
    const drawn = session.current;

    workers[0].crash('bands boom');
    expect(session.current).toBe(drawn);
    expect(session.health).toEqual({ status: 'restarted', reason: 'bands worker: bands boom', crashes: 1 });
    session.request({ ...DEFAULT_SCENARIO, tfr: 1.4, horizon: 2040 }, 0, false);
    await until(() => session.current?.scenario.tfr === 1.4, 'bands from the new worker');
    expect(workers).toHaveLength(2);
    expect(session.status).toEqual({ status: 'ready' });

    for (let i = 1; i < CRASH_LIMIT; i++) workers.at(-1)!.crash(`loop ${i}`);
    expect(session.health.status).toBe('stopped');
    expect(session.status).toEqual({ status: 'error', reason: `bands worker: loop ${CRASH_LIMIT - 1}` });
    expect(session.current?.scenario.tfr).toBe(1.4);
    expect(workers).toHaveLength(CRASH_LIMIT);
    session.dispose();
  });
});
