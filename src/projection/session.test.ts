// The session against the real worker handler in a fake Worker (fake-worker.ts): what happens when the
// worker crashes. The last result stays, the notice says so, a new worker gets the inputs and the
// latest scenario; a crash loop stops the restarts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../worker/engine/scenario.ts';
import type { Scenario } from '../../worker/engine/types.ts';
import type { Catalog } from '../data/catalog.svelte.ts';
import type { DecodedTable } from '../data/parquet.ts';
import { loadBaseline } from './baseline.ts';
import { FakeWorker } from './fake-worker.ts';
import { CRASH_LIMIT, CRASH_WINDOW_MS } from './restarts.ts';
import { ProjectionSession } from './session.svelte.ts';
import { TEST_BASE, testFiles } from './test-files.ts';

const scope = globalThis as unknown as Record<string, unknown>;
let saved: Record<string, unknown> = {};
beforeEach(() => {
  saved = {
    document: scope.document,
    requestAnimationFrame: scope.requestAnimationFrame,
    cancelAnimationFrame: scope.cancelAnimationFrame,
  };
  scope.document = { baseURI: TEST_BASE };
  scope.requestAnimationFrame = (cb: () => void) => setTimeout(cb, 0);
  scope.cancelAnimationFrame = (h: unknown) => clearTimeout(h as number);
});
afterEach(() => Object.assign(scope, saved));

/** A catalog holding the baseline's decoded tables (what the first worker would have handed over). */
async function fakeCatalog() {
  const { tables } = await loadBaseline(TEST_BASE, testFiles().fetch);
  const byName = new Map<string, DecodedTable>();
  for (const t of tables) if (t.status === 'ready') byName.set(t.name, t.table);
  const asked: string[] = [];
  const catalog = {
    provide() {},
    async table(name: string) {
      asked.push(name);
      const found = byName.get(name);
      if (!found) throw new Error(`data/${name}.parquet: not in this test`);
      return found;
    },
  } as unknown as Catalog;
  return { catalog, asked };
}

function setup(now?: () => number) {
  const files = testFiles();
  const workers: FakeWorker[] = [];
  const make = () => {
    const w = new FakeWorker(files.fetch);
    workers.push(w);
    return w as unknown as Worker;
  };
  return { workers, make, now };
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
};

const tfr = (value: number): Scenario => ({ ...DEFAULT_SCENARIO, tfr: value });

describe('ProjectionSession: a crashed worker', () => {
  it('keeps the last result, says so, restarts the worker with the inputs and projects the latest scenario', async () => {
    const { catalog, asked } = await fakeCatalog();
    const t = setup();
    const session = new ProjectionSession(catalog, t.make);
    session.start();
    session.request(tfr(1.2));
    await until(() => session.current?.scenario.tfr === 1.2, 'the first result');
    const shown = session.current;

    t.workers[0].crash('Uncaught RangeError: out of memory');
    expect(session.current).toBe(shown); // the last result stays
    expect(session.health).toEqual({ status: 'restarted', reason: 'projection worker: Uncaught RangeError: out of memory', crashes: 1 });
    expect(t.workers[0].terminated).toBe(true);
    expect(t.workers).toHaveLength(2);
    session.request(tfr(1.5)); // a slider moved meanwhile
    await until(() => session.current?.scenario.tfr === 1.5, 'the result from the new worker');
    expect(t.workers[1].received[0].type).toBe('init'); // inputs from the catalog's tables
    expect(asked).toEqual(expect.arrayContaining(['base_population', 'survival', 'fertility', 'migration']));
    expect(session.status).toEqual({ status: 'ready' });
    expect(session.requestError).toBeNull();
    session.dispose();
  });

  it('a crash with a request in flight: the request is asked again of the new worker', async () => {
    const { catalog } = await fakeCatalog();
    const t = setup();
    const session = new ProjectionSession(catalog, t.make);
    session.start();
    session.request(tfr(1.2));
    await until(() => session.current?.scenario.tfr === 1.2, 'the first result');
    t.workers[0].hold();
    session.request(tfr(1.8));
    await until(() => t.workers[0].projects.some((m) => m.scenario.tfr === 1.8), 'the request to reach the worker');
    t.workers[0].messageError();
    expect(session.health.status).toBe('restarted');
    expect(session.current?.scenario.tfr).toBe(1.2);
    await until(() => session.current?.scenario.tfr === 1.8, 'the same scenario from the new worker');
    expect(t.workers[1].projects.map((m) => m.scenario.tfr)).toContain(1.8);
    expect(session.requestError).toBeNull();
    session.dispose();
  });

  it('a scenario projected once (the family chart) that was in flight is asked again of the new worker', async () => {
    const { catalog } = await fakeCatalog();
    const t = setup();
    const session = new ProjectionSession(catalog, t.make);
    session.start();
    session.request(tfr(1.2));
    await until(() => session.current !== null, 'the first result');
    t.workers[0].hold();
    const once = session.projectOnce(tfr(2.07));
    await until(() => t.workers[0].projects.some((m) => m.scenario.tfr === 2.07), 'the request to reach the worker');
    t.workers[0].crash();
    await expect(once).resolves.toMatchObject({ scenario: { tfr: 2.07 } });
    expect(t.workers[1].projects.map((m) => m.scenario.tfr)).toContain(2.07);
    session.dispose();
  });

  it(`stops restarting after ${CRASH_LIMIT} crashes within the window, keeping the last result`, async () => {
    const { catalog } = await fakeCatalog();
    let clock = 0;
    const t = setup();
    const session = new ProjectionSession(catalog, t.make, { now: () => clock });
    session.start();
    session.request(tfr(1.2));
    await until(() => session.current !== null, 'the first result');
    const shown = session.current;
    // Crashes far apart are each restarted.
    for (let i = 0; i < CRASH_LIMIT; i++) {
      clock += CRASH_WINDOW_MS;
      t.workers.at(-1)!.crash(`crash ${i}`);
      expect(session.health.status).toBe('restarted');
    }
    expect(t.workers).toHaveLength(CRASH_LIMIT + 1);
    // Crashes in a row: the last one stops the restarts.
    for (let i = 1; i < CRASH_LIMIT; i++) t.workers.at(-1)!.crash(`loop ${i}`);
    expect(session.health).toEqual({ status: 'stopped', reason: `projection worker: loop ${CRASH_LIMIT - 1}`, crashes: CRASH_LIMIT });
    const made = t.workers.length;
    expect(t.workers.at(-1)!.terminated).toBe(true);
    session.request(tfr(1.6)); // nothing to send it to: nothing changes, nothing throws
    await new Promise((r) => setTimeout(r, 30));
    expect(t.workers).toHaveLength(made);
    expect(session.current).toBe(shown);
    expect(session.status).toEqual({ status: 'ready' });
    session.dismissHealth();
    expect(session.health).toEqual({ status: 'running' });
    session.dispose();
  });

  it('a crash before anything was shown, repeated: the charts get the reason instead of waiting forever', async () => {
    const { catalog } = await fakeCatalog();
    const t = setup();
    const session = new ProjectionSession(catalog, t.make);
    session.start();
    for (let i = 0; i < CRASH_LIMIT; i++) t.workers.at(-1)!.crash('failed to start');
    expect(session.status).toEqual({ status: 'error', reason: 'projection worker: failed to start' });
    expect(session.health.status).toBe('stopped');
    session.dispose();
  });

  it('the own data worker is restarted with the own inputs; the ward’s results never show meanwhile', async () => {
    const { catalog } = await fakeCatalog();
    const t = setup();
    const own: FakeWorker[] = [];
    const files = testFiles();
    const session = new ProjectionSession(catalog, t.make, {
      makeOwnWorker: () => {
        const w = new FakeWorker(files.fetch);
        own.push(w);
        return w as unknown as Worker;
      },
    });
    session.start();
    session.request(tfr(1.2));
    await until(() => session.current !== null, 'the first result');
    const inputs = (await loadBaseline(TEST_BASE, testFiles().fetch)).inputs;
    if (!inputs || 'error' in inputs) throw new Error('no inputs');
    // Own data: the ward's inputs with a tenth of the population, so its results are told apart.
    const smaller = {
      ...inputs,
      population: { male: inputs.population.male.map((v) => v / 10), female: inputs.population.female.map((v) => v / 10) },
    };
    await session.useOwn({ fileName: 'mine.csv', inputs: smaller } as unknown as Parameters<ProjectionSession['useOwn']>[0]);
    await until(() => session.current !== null, 'the own result');
    const ownTotal = session.current!.summary.total[0];
    own[0].crash('own boom');
    expect(session.health).toMatchObject({ status: 'restarted', reason: 'projection worker (own data): own boom' });
    session.request(tfr(1.4));
    await until(() => session.current?.scenario.tfr === 1.4, 'the own result from the new worker');
    expect(own).toHaveLength(2);
    expect(session.current!.summary.total[0]).toBeCloseTo(ownTotal, 6);
    expect(session.own?.fileName).toBe('mine.csv');
    session.dispose();
  });
});
