import { describe, expect, it, vi } from 'vitest';
import { project } from './engine/cohort.ts';
import { prepare } from './engine/prepare.ts';
import { DEFAULT_SCENARIO } from './engine/scenario.ts';
import { summary } from './engine/summary.ts';
import { syntheticInputs } from './engine/synthetic.ts';
import type { ProjectionInputs } from './engine/types.ts';
import { SUMMARY_FIELDS, type FromWorker, type ProjectionPayload, type TransferInputs } from './projection.protocol.ts';
import { createProjectionHandler, type HandlerOptions } from './projection.worker.ts';
import { decodeUrlState } from '../src/state/url.ts';
import { BASELINE_TABLES } from '../src/projection/baseline.ts';
import { TEST_BASE, testFiles } from '../src/projection/test-files.ts';

const f64 = (xs: ArrayLike<number>) => Float64Array.from(xs);
function transferable(inputs: ProjectionInputs): TransferInputs {
  const bySex = (v: { male: ArrayLike<number>; female: ArrayLike<number> }) => ({ male: f64(v.male), female: f64(v.female) });
  return {
    ...inputs,
    population: bySex(inputs.population),
    survival: bySex(inputs.survival),
    fertilityShape: f64(inputs.fertilityShape),
    inMigrationRate: bySex(inputs.inMigrationRate),
    outMigrationRate: bySex(inputs.outMigrationRate),
  };
}

/** A handler whose replies are collected, with their transfer lists. */
function worker(options: HandlerOptions = {}) {
  const replies: { message: FromWorker; transfer: Transferable[] }[] = [];
  const handle = createProjectionHandler((message, transfer) => replies.push({ message, transfer }), options);
  const last = () => replies.at(-1)!.message;
  const result = (): ProjectionPayload => {
    const m = last();
    if (m.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(m)}`);
    return m.result;
  };
  return { handle, replies, last, result };
}

describe('projection worker', () => {
  it('prepares the inputs once and answers a projection with the engine’s own numbers', () => {
    const w = worker();
    w.handle({ type: 'init', inputs: transferable(syntheticInputs()) });
    expect(w.last()).toEqual({ type: 'ready' });
    const scenario = {
      ...DEFAULT_SCENARIO,
      tfr: [
        [2021, 0.99],
        [2030, 1.8],
        [2040, 2.07],
      ] as const,
      horizon: 2070,
    };
    w.handle({ type: 'project', id: 7, scenario });
    const payload = w.result();
    expect(w.last()).toMatchObject({ type: 'result', id: 7 });

    const engine = project(prepare(syntheticInputs()), scenario);
    const rows = summary(engine).rows;
    expect([payload.baseYear, payload.horizon, payload.years]).toEqual([2021, 2070, 50]);
    expect(payload.population).toEqual(engine.population);
    for (const field of SUMMARY_FIELDS) {
      const column = Array.from(payload.summary[field]);
      const share = (key: 'age0_14' | 'age15_64') => rows.map((r) => (100 * r[key]) / r.total);
      const expected =
        field === 'share0_14' ? share('age0_14') : field === 'share15_64' ? share('age15_64') : rows.map((r) => r[field] ?? NaN);
      column.forEach((x, y) => (Number.isNaN(expected[y]) ? expect(x).toBeNaN() : expect(x).toBeCloseTo(expected[y], 6)));
    }
    const peaks = summary(engine).peaks;
    for (const key of ['total', 'age0_14', 'age15_64', 'age65plus', 'aging_rate'] as const) {
      expect(payload.peaks[key].year).toBe(peaks[key].year);
      expect(payload.peaks[key].value).toBeCloseTo(peaks[key].value, 6);
    }
    expect(payload.peaks.aging_rate_2065).toBeCloseTo(peaks.aging_rate_2065!, 9);
    let maxCell = 0;
    for (const x of engine.population) maxCell = Math.max(maxCell, x);
    expect(payload.maxCell).toBe(maxCell);
  });

  it('transfers fresh arrays: a later result never overwrites an earlier one', () => {
    const w = worker();
    w.handle({ type: 'init', inputs: transferable(syntheticInputs()) });
    w.handle({ type: 'project', id: 1, scenario: DEFAULT_SCENARIO });
    const first = w.result();
    const transfer = w.replies.at(-1)!.transfer;
    expect(transfer).toContain(first.population.buffer);
    for (const field of SUMMARY_FIELDS) expect(transfer).toContain(first.summary[field].buffer);
    const kept = first.population.slice();
    w.handle({ type: 'project', id: 2, scenario: { ...DEFAULT_SCENARIO, tfr: 2.5 } });
    const second = w.result();
    expect(second.population.buffer).not.toBe(first.population.buffer);
    expect(first.population).toEqual(kept);
    expect(second.summary.total.at(-1)).toBeGreaterThan(first.summary.total.at(-1)!);
  });

  it('reports a bad scenario for its request only, then carries on', () => {
    const w = worker();
    w.handle({ type: 'init', inputs: transferable(syntheticInputs()) });
    w.handle({ type: 'project', id: 3, scenario: { ...DEFAULT_SCENARIO, srb: 200 } });
    expect(w.last()).toEqual({ type: 'error', id: 3, message: expect.stringContaining('srb 200 is out of range') });
    w.handle({ type: 'project', id: 4, scenario: { ...DEFAULT_SCENARIO, horizon: 2040 } });
    expect(w.result().years).toBe(20);
  });

  it('refuses to project before init, and reports inputs it cannot prepare', () => {
    const w = worker();
    w.handle({ type: 'project', id: 1, scenario: DEFAULT_SCENARIO });
    expect(w.last()).toEqual({ type: 'error', id: 1, message: 'the worker has no inputs yet (init first)' });
    const broken = transferable(syntheticInputs());
    broken.population.male = new Float64Array(50);
    w.handle({ type: 'init', inputs: broken });
    expect(w.last()).toMatchObject({ type: 'error', id: null, message: expect.stringContaining('population.male') });
    w.handle({ type: 'project', id: 2, scenario: DEFAULT_SCENARIO });
    expect(w.last()).toMatchObject({ type: 'error', id: 2 });
  });

  it('loads the baseline itself, sends the decoded tables, and answers requests sent before it was ready', async () => {
    const files = testFiles();
    const w = worker({ fetch: files.fetch });
    w.handle({ type: 'load', base: TEST_BASE });
    w.handle({ type: 'project', id: 1, scenario: DEFAULT_SCENARIO }); // waits for the load
    expect(w.replies).toEqual([]);
    await vi.waitFor(() => expect(w.replies).toHaveLength(3));
    const [tables, ready, result] = w.replies;
    expect(tables.message.type === 'tables' && tables.message.tables.map((t) => [t.name, t.status])).toEqual(
      BASELINE_TABLES.map((n) => [n, 'ready']),
    );
    expect(tables.transfer.length).toBeGreaterThan(0); // the columns are handed over, not copied
    expect(ready.message).toEqual({ type: 'ready' });
    expect(result.message).toMatchObject({ type: 'result', id: 1 });
    expect(result.message.type === 'result' && result.message.result.population[0]).toBeGreaterThan(0);
  });

  it('reports a table it could not load, and refuses to project without inputs', async () => {
    const w = worker({ fetch: testFiles({ listed: BASELINE_TABLES.filter((t) => t !== 'migration') }).fetch });
    w.handle({ type: 'load', base: TEST_BASE });
    w.handle({ type: 'project', id: 2, scenario: DEFAULT_SCENARIO });
    await vi.waitFor(() => expect(w.replies).toHaveLength(3));
    expect(w.replies[0].message.type === 'tables' && w.replies[0].message.tables.find((t) => t.name === 'migration')).toEqual({
      name: 'migration',
      status: 'skipped',
    });
    expect(w.replies[1].message).toEqual({ type: 'error', id: null, message: 'the baseline tables were not all loaded in the worker' });
    expect(w.replies[2].message).toEqual({ type: 'error', id: 2, message: 'the worker has no inputs yet (init first)' });
  });

  it('after a prefetch, the load downloads nothing again, and the link’s scenario (projected ahead) matches a fresh projection', async () => {
    const files = testFiles();
    const w = worker({ fetch: files.fetch });
    w.handle({ type: 'prefetch', base: TEST_BASE });
    await vi.waitFor(() => expect(files.requested).toHaveLength(1 + BASELINE_TABLES.length));
    // The app has rewritten its query string by the time it loads: same files all the same.
    w.handle({ type: 'load', base: `${TEST_BASE}&lang=ja&year=2030` });
    const scenario = decodeUrlState(new URL(TEST_BASE).search).state.scenario;
    w.handle({ type: 'project', id: 3, scenario });
    w.handle({ type: 'project', id: 4, scenario: { horizon: scenario.horizon } as never }); // the plan's baseline
    w.handle({ type: 'project', id: 5, scenario }); // asked again: computed again, same numbers
    await vi.waitFor(() => expect(w.replies).toHaveLength(5));
    expect(files.requested).toHaveLength(1 + BASELINE_TABLES.length);
    expect(w.replies.map((r) => r.message.type)).toEqual(['tables', 'ready', 'result', 'result', 'result']);
    const [first, plan, again] = w.replies.slice(2).map((r) => (r.message.type === 'result' ? r.message.result : null)!);
    expect(first.scenario.tfr).toBe(1.2);
    expect(plan.scenario.tfr).not.toBe(1.2);
    expect(again.population).toEqual(first.population);
    expect(again.population.buffer).not.toBe(first.population.buffer);
  });

  it('answers an unknown message with an error naming it', () => {
    const w = worker();
    w.handle({ type: 'explode', id: 5 } as never);
    expect(w.last()).toEqual({ type: 'error', id: 5, message: 'unknown message "explode"' });
  });
});
