import { describe, expect, it } from 'vitest';
import { project } from './engine/cohort.ts';
import { prepare } from './engine/prepare.ts';
import { DEFAULT_SCENARIO } from './engine/scenario.ts';
import { summary } from './engine/summary.ts';
import { syntheticInputs } from './engine/synthetic.ts';
import type { ProjectionInputs } from './engine/types.ts';
import { SUMMARY_FIELDS, type FromWorker, type ProjectionPayload, type TransferInputs } from './projection.protocol.ts';
import { createProjectionHandler } from './projection.worker.ts';

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
function worker() {
  const replies: { message: FromWorker; transfer: Transferable[] }[] = [];
  const handle = createProjectionHandler((message, transfer) => replies.push({ message, transfer }));
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
    const scenario = { ...DEFAULT_SCENARIO, tfr: [[2021, 0.99], [2030, 1.8], [2040, 2.07]] as const, horizon: 2070 };
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
      const expected = field === 'share0_14' ? share('age0_14') : field === 'share15_64' ? share('age15_64') : rows.map((r) => r[field] ?? NaN);
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

  it('answers an unknown message with an error naming it', () => {
    const w = worker();
    w.handle({ type: 'explode', id: 5 } as never);
    expect(w.last()).toEqual({ type: 'error', id: 5, message: 'unknown message "explode"' });
  });
});
