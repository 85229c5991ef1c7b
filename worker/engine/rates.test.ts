import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from './prepare.ts';
import { ensureGrowthByStep, ensureHeldGrowth, fillYearRates } from './rates.ts';
import { resolveScenario } from './scenario.ts';
import { ensureSurvivalByStep } from './survival.ts';
import { seededRandom } from './random.ts';
import { randomInputs, syntheticInputs } from './synthetic.ts';
import { AGES, CELLS_PER_YEAR } from './types.ts';

describe('fillYearRates', () => {
  it('keeps growth = 1 − death + in − out in every cell and for newborns, with no negative rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (seed, mIn, mOut) => {
          const prepared = prepare(randomInputs(seededRandom(seed)));
          fillYearRates(prepared, resolveScenario({ inMigration: mIn, outMigration: mOut }), 0, true);
          const { growth, death, inflow, outflow } = prepared.rates;
          for (let j = 0; j < CELLS_PER_YEAR; j++) {
            expect(Math.abs(growth[j] - (1 - death[j] + inflow[j] - outflow[j]))).toBeLessThan(1e-12);
            expect(Math.min(growth[j], death[j], inflow[j], outflow[j])).toBeGreaterThanOrEqual(0);
          }
          const r = prepared.rates;
          for (let s = 0; s < 2; s++) {
            expect(Math.abs(r.newbornGrowth[s] - (1 - r.newbornDeath[s] + r.newbornInflow[s] - r.newbornOutflow[s]))).toBeLessThan(1e-12);
            expect(r.newbornGrowth[s]).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('caps out-migration where a cohort would turn negative, and counts the cells', () => {
    const inputs = syntheticInputs();
    inputs.outMigrationRate = { male: Array(AGES).fill(0.9), female: inputs.outMigrationRate.female };
    inputs.inMigrationRate = { male: Array(AGES).fill(0), female: inputs.inMigrationRate.female };
    const prepared = prepare(inputs);
    fillYearRates(prepared, resolveScenario({ outMigration: 3 }), 0, true);
    const { growth, outflow, capped } = prepared.rates;
    expect(capped).toBeGreaterThanOrEqual(AGES); // every male age, maybe some newborns too
    for (let a = 0; a < AGES; a++) {
      expect(growth[a]).toBe(0);
      const s = prepared.survival[a];
      expect(outflow[a]).toBeCloseTo((2 * s) / (1 + s), 12); // not 2.7
    }
    const plausible = prepare(syntheticInputs());
    fillYearRates(plausible, resolveScenario({ outMigration: 3 }), 0, true);
    expect(plausible.rates.capped).toBe(0);
  });

  it('applies the multipliers and half a year of exposure for newborns', () => {
    const prepared = prepare(syntheticInputs());
    fillYearRates(prepared, resolveScenario({ inMigration: 2, outMigration: 0.5 }), 0, true);
    expect(prepared.rates.inflow[AGES + 25]).toBeCloseTo(2 * prepared.inMigrationRate[AGES + 25], 15);
    expect(prepared.rates.outflow[25]).toBeCloseTo(0.5 * prepared.outMigrationRate[25], 15);
    expect(prepared.rates.newbornInflow[1]).toBeCloseTo(0.5 * 2 * prepared.inMigrationRate[AGES], 15);
    expect(prepared.rates.newbornDeath[0]).toBeCloseTo(1 - prepared.birthSurvival[0], 15);
  });

  it('uses the year’s survival under a mortality decline', () => {
    const prepared = prepare(syntheticInputs());
    const scenario = resolveScenario({ mortalityDecline: 2, inMigration: 0, outMigration: 0 });
    ensureSurvivalByStep(prepared, 2);
    fillYearRates(prepared, scenario, 20, true);
    expect(prepared.rates.growth[170]).toBe(prepared.survivalByStep[20 * CELLS_PER_YEAR + 170]);
    expect(prepared.rates.growth[170]).toBeGreaterThan(prepared.survival[170]);
  });

  it('tabulates growth by year under a decline, once per decline and multipliers', () => {
    const prepared = prepare(syntheticInputs());
    const scenario = resolveScenario({ mortalityDecline: 1.5, inMigration: 1.2 });
    expect(ensureGrowthByStep(prepared, scenario)).toBe(true);
    for (const step of [0, 17, prepared.maxSteps - 1]) {
      fillYearRates(prepared, scenario, step, false);
      expect(Array.from(prepared.growthByStep.subarray(step * CELLS_PER_YEAR, (step + 1) * CELLS_PER_YEAR))).toEqual(
        Array.from(prepared.rates.growth),
      );
    }
    prepared.growthByStep[3] = -1; // a marker: kept while the key is the same
    ensureGrowthByStep(prepared, resolveScenario({ mortalityDecline: 1.5, inMigration: 1.2, tfr: 2 }));
    expect(prepared.growthByStep[3]).toBe(-1);
    ensureGrowthByStep(prepared, resolveScenario({ mortalityDecline: 1.5, inMigration: 1.3 }));
    expect(prepared.growthByStep[3]).not.toBe(-1);
  });

  it('refuses the table where some year needs a cap', () => {
    const inputs = syntheticInputs();
    inputs.outMigrationRate = { male: inputs.outMigrationRate.male, female: Array(AGES).fill(0.9) };
    const prepared = prepare(inputs);
    expect(ensureGrowthByStep(prepared, resolveScenario({ mortalityDecline: -2, outMigration: 3 }))).toBe(false);
    expect(prepared.growthUncapped).toBe(false);
  });

  it('caches the growth of held mortality per multipliers, the same numbers as fillYearRates', () => {
    const inputs = syntheticInputs();
    inputs.outMigrationRate = { male: inputs.outMigrationRate.male, female: Array(AGES).fill(0.9) };
    const prepared = prepare(inputs);
    for (const [inMigration, outMigration] of [
      [1, 1],
      [0.5, 3],
      [1, 1],
      [2, 0.2],
    ]) {
      const scenario = resolveScenario({ inMigration, outMigration });
      const capped = ensureHeldGrowth(prepared, scenario);
      fillYearRates(prepared, scenario, 0, false);
      expect(capped).toBe(prepared.rates.capped);
      expect(Array.from(prepared.heldGrowth)).toEqual(Array.from(prepared.rates.growth));
    }
    expect(ensureHeldGrowth(prepared, resolveScenario({ outMigration: 3 }))).toBeGreaterThan(0);
    prepared.heldGrowth[3] = -1; // a marker: kept while the multipliers are the same
    ensureHeldGrowth(prepared, resolveScenario({ outMigration: 3, tfr: 2, srb: 110 }));
    expect(prepared.heldGrowth[3]).toBe(-1);
    ensureHeldGrowth(prepared, resolveScenario({ outMigration: 2.95 }));
    expect(prepared.heldGrowth[3]).not.toBe(-1);
  });
});
