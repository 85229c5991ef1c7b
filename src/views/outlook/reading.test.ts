import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../worker/engine/scenario.ts';
import { syntheticInputs } from '../../../worker/engine/synthetic.ts';
import type { FromWorker, ProjectionPayload } from '../../../worker/projection.protocol.ts';
import { createProjectionHandler } from '../../../worker/projection.worker.ts';
import type { Scenario } from '../../../worker/engine/types.ts';
import { readingOf } from './reading.ts';

function projectSynthetic(scenario: Scenario): ProjectionPayload {
  let out: FromWorker | null = null;
  const handle = createProjectionHandler((m) => (out = m));
  const i = syntheticInputs();
  const f = (x: ArrayLike<number>) => Float64Array.from(x);
  handle({
    type: 'init',
    inputs: {
      ...i,
      population: { male: f(i.population.male), female: f(i.population.female) },
      survival: { male: f(i.survival.male), female: f(i.survival.female) },
      fertilityShape: f(i.fertilityShape),
      inMigrationRate: { male: f(i.inMigrationRate.male), female: f(i.inMigrationRate.female) },
      outMigrationRate: { male: f(i.outMigrationRate.male), female: f(i.outMigrationRate.female) },
    },
  });
  handle({ type: 'project', id: 1, scenario });
  const m = out as FromWorker | null;
  if (m?.type !== 'result') throw new Error('no result');
  return m.result;
}

describe('readingOf', () => {
  it('reads the shape of the total from the projection, not from assumptions', () => {
    const falling = readingOf(projectSynthetic({ ...DEFAULT_SCENARIO, tfr: 0, inMigration: 0 }));
    expect(falling.shape).toBe('falling');
    expect(falling.peakYear).toBe(2021);
    expect(falling.endValue).toBeLessThan(falling.startValue);
    expect(falling.fromPeak).toBeCloseTo(falling.endValue / falling.peakValue - 1, 12);

    const rising = readingOf(projectSynthetic({ ...DEFAULT_SCENARIO, tfr: 3, outMigration: 0, horizon: 2040 }));
    expect(rising.shape).toBe('rising');
    expect([rising.peakYear, rising.endYear]).toEqual([2040, 2040]);
    expect(rising.fromPeak).toBe(0);
  });

  it('finds a peak in between and the aging rate at both ends', () => {
    const p = projectSynthetic({
      ...DEFAULT_SCENARIO,
      tfr: [
        [2021, 2.5],
        [2035, 0.5],
      ],
    });
    const r = readingOf(p);
    const total = Array.from(p.summary.total);
    const top = Math.max(...total);
    expect(r.peakValue).toBe(top);
    expect(r.peakYear).toBe(2021 + total.indexOf(top));
    expect(r.shape).toBe(r.peakYear === 2021 ? 'falling' : r.peakYear === 2065 ? 'rising' : 'peak');
    expect(r.agingEnd).toBe(p.summary.aging_rate[p.years - 1]);
  });
});
