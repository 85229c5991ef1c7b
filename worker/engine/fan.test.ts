import { describe, expect, it } from 'vitest';
import { project } from './cohort.ts';
import { bandAt, bands, FAN_QUANTITIES, fanBands, runFan, shocksFor } from './fan.ts';
import { prepare } from './prepare.ts';
import { summary } from './summary.ts';
import { syntheticInputs } from './synthetic.ts';
import { NO_UNCERTAINTY } from './uncertainty.ts';

const prepared = prepare(syntheticInputs());

describe('the fan', () => {
  it('without uncertainty every trajectory is the deterministic projection', () => {
    for (const [scenario, tolerance] of [
      [{}, 1e-12],
      [
        {
          tfr: [
            [2021, 0.99],
            [2040, 1.6],
          ],
          inMigration: 1.2,
          outMigration: 0.9,
          horizon: 2050,
        },
        1e-12,
      ],
      // A mortality decline reads the survival grid's nearest row: the hazard factor is within ±0.1 %.
      [{ mortalityDecline: 1.5, tfr: 1.3 }, 1e-3],
      [{ mortalityDecline: -1 }, 1e-3],
    ] as const) {
      const rows = summary(project(prepared, scenario)).rows;
      const b = bands(prepared, scenario, { runs: 2, seed: 1, uncertainty: NO_UNCERTAINTY });
      expect(b.years).toBe(rows.length);
      for (const row of rows) {
        for (const q of FAN_QUANTITIES) {
          for (const v of bandAt(b, q, row.year)) expect(Math.abs(v / row[q] - 1)).toBeLessThan(tolerance);
        }
      }
    }
  });

  it('is reproducible for a seed, different for another', () => {
    const a = bands(prepared, {}, { runs: 200, seed: 7 });
    const b = bands(prepared, {}, { runs: 200, seed: 7 });
    const c = bands(prepared, {}, { runs: 200, seed: 8 });
    expect(b.quantiles).toEqual(a.quantiles);
    expect(c.quantiles).not.toEqual(a.quantiles);
  });

  it('has ordered band edges that widen with the horizon, around the scenario', () => {
    const b = bands(prepared, {}, { runs: 1000, seed: 7 });
    const rows = summary(project(prepared)).rows;
    let last = 0;
    for (const row of rows) {
      for (const q of FAN_QUANTITIES) {
        const [p2, p10, p50, p90, p97] = bandAt(b, q, row.year);
        expect(p2 <= p10 && p10 <= p50 && p50 <= p90 && p90 <= p97).toBe(true);
      }
      const [p2, , p50, , p97] = bandAt(b, 'total', row.year);
      const width = (p97 - p2) / p50;
      if (row.year > 2021) expect(width).toBeGreaterThan(last * 0.98);
      last = width;
      // The median stays near the scenario's own line (a few % at most: the paths are lognormal).
      expect(Math.abs(p50 / row.total - 1)).toBeLessThan(0.05);
    }
    for (const v of bandAt(b, 'total', 2021)) expect(v).toBeCloseTo(rows[0].total, 6);
    expect(last).toBeGreaterThan(0.2);
  });

  it('a smaller fan is the first trajectories of a larger one (drawn while dragging, then refined)', () => {
    const shocks = shocksFor(prepared, 3, 1000);
    const all = runFan(prepared, {}, shocks, 1000);
    const few = runFan(prepared, {}, shocks, 250);
    for (let q = 0; q < FAN_QUANTITIES.length; q++) {
      for (const y of [0, 10, 44]) {
        const at = q * all.years + y;
        expect(few.values.subarray(at * 250, at * 250 + 250)).toEqual(all.values.subarray(at * 1000, at * 1000 + 250));
      }
    }
  });

  it('moves smoothly with the scenario (common random numbers)', () => {
    const shocks = shocksFor(prepared, 5, 1000);
    const a = fanBands(runFan(prepared, { tfr: 1.0 }, shocks), 5);
    const b = fanBands(runFan(prepared, { tfr: 1.01 }, shocks), 5);
    for (const y of [2030, 2045, 2065]) {
      const [a2, a10, , a90, a97] = bandAt(a, 'total', y);
      const [b2, b10, , b90, b97] = bandAt(b, 'total', y);
      for (const [x, z] of [
        [a2, b2],
        [a10, b10],
        [a90, b90],
        [a97, b97],
      ]) {
        expect(z).toBeGreaterThan(x); // a little more fertility lifts every edge
        expect(z / x - 1).toBeLessThan(0.01);
      }
    }
  });

  it('refuses more runs than were drawn, or a horizon past the draws', () => {
    const shocks = shocksFor(prepared, 1, 10);
    expect(() => runFan(prepared, {}, shocks, 11)).toThrow(/runs 11/);
    expect(() => runFan(prepared, { horizon: 2200 }, shocks)).toThrow(/horizon/);
  });
});
