import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from './prepare.ts';
import { ensureSurvivalByStep, hazard, hazardFactor, scaledSurvival } from './survival.ts';
import { syntheticInputs } from './synthetic.ts';
import { CELLS_PER_YEAR } from './types.ts';

describe('survival under a mortality decline', () => {
  it('has hazard 0 at S = 1 and Infinity at S = 0', () => {
    expect(hazard(1)).toBe(0);
    expect(hazard(0)).toBe(Infinity);
    expect(hazard(Math.exp(-0.25))).toBeCloseTo(0.25, 15);
  });

  it('scales the hazard: S_t = S^((1 − k/100)^step)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.integer({ min: 0, max: 49 }),
        (s, k, step) => {
          const f = hazardFactor(k, step);
          expect(scaledSurvival(s, hazard(s), f)).toBeCloseTo(s ** f, 12);
        },
      ),
    );
    expect(scaledSurvival(0, Infinity, 0.5)).toBe(0);
    expect(scaledSurvival(0.9, hazard(0.9), 1)).toBe(0.9);
  });

  it('raises survival over time for a decline and lowers it for a rise', () => {
    const s = 0.95;
    expect(scaledSurvival(s, hazard(s), hazardFactor(1, 10))).toBeGreaterThan(s);
    expect(scaledSurvival(s, hazard(s), hazardFactor(-1, 10))).toBeLessThan(s);
  });

  it('fills the per-year cache once per decline, base table in the first year', () => {
    const prepared = prepare(syntheticInputs());
    ensureSurvivalByStep(prepared, 1);
    expect(prepared.survivalDecline).toBe(1);
    expect(Array.from(prepared.survivalByStep.subarray(0, CELLS_PER_YEAR))).toEqual(Array.from(prepared.survival));
    const at10 = prepared.survivalByStep[10 * CELLS_PER_YEAR + 180];
    expect(at10).toBeCloseTo(prepared.survival[180] ** (0.99 ** 10), 14);
    expect(prepared.birthSurvivalByStep[10 * 2 + 1]).toBeCloseTo(prepared.birthSurvival[1] ** (0.99 ** 10), 14);
    // A second call with the same decline keeps the cache (a marker survives), another decline refills it.
    prepared.survivalByStep[5] = -1;
    ensureSurvivalByStep(prepared, 1);
    expect(prepared.survivalByStep[5]).toBe(-1);
    ensureSurvivalByStep(prepared, 2);
    expect(prepared.survivalByStep[5]).toBe(prepared.survival[5]);
  });
});
