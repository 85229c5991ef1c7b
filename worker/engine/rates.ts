// One year's per-person transition rates, from survival, migration rates and the scenario's multipliers.
//
// Migration happens half at the start and half at the end of the year. Per person aged a at Jan 1:
//   in = I·mIn, out = O·mOut, n = in − out, q = 1 + ½n (exposed to death), death = q(1 − S),
//   growth = q·S + ½n (what reaches the next Jan 1, aged a+1 or still 100+).
// So growth = 1 − death + in − out exactly: the balancing equation holds cell by cell.
import { ensureSurvivalByStep } from './survival.ts';
import { AGES, CELLS_PER_YEAR, type Prepared, type Scenario } from './types.ts';

/**
 * Fills prepared.rates for the year baseYear + step. With `components` false only the growth rates
 * are written (all project() needs); components() asks for deaths and migrants as well.
 * For a mortality decline ≠ 0 the caller must have run ensureSurvivalByStep first.
 *
 * Out-migration is capped where n would fall below −2S/(1+S): there a cohort would turn negative
 * (everyone leaves twice over). Only extreme rate × multiplier combinations reach it; rates.capped counts them.
 */
export function fillYearRates(prepared: Prepared, scenario: Scenario, step: number, components: boolean): void {
  prepared.rates.capped = fillCohortRates(prepared, scenario, step, components) + fillNewbornRates(prepared, scenario, step);
}

/** The by-age part of fillYearRates (everything but the newborn rates); returns the capped cells. */
export function fillCohortRates(prepared: Prepared, scenario: Scenario, step: number, components: boolean): number {
  const { rates, inMigrationRate: I, outMigrationRate: O } = prepared;
  const { growth, death, inflow, outflow, exposed, halfNet } = rates;
  const declining = scenario.mortalityDecline !== 0;
  const S = declining ? prepared.survivalByStep : prepared.survival;
  const offset = declining ? step * CELLS_PER_YEAR : 0;
  const mIn = scenario.inMigration;
  const mOut = scenario.outMigration;
  let capped = 0;
  for (let j = 0; j < CELLS_PER_YEAR; j++) {
    const s = S[offset + j];
    const inRate = I[j] * mIn;
    let outRate = O[j] * mOut;
    let net = inRate - outRate;
    let q = 1 + 0.5 * net;
    let h = 0.5 * net;
    let g = q * s + h;
    // g rises with net and is 0 at net = −2S/(1+S): a negative g means the cap applies (rare).
    if (g < 0) {
      net = (-2 * s) / (1 + s);
      outRate = inRate - net;
      q = 1 + 0.5 * net;
      h = 0.5 * net;
      g = 0;
      capped++;
    }
    growth[j] = g;
    exposed[j] = q;
    halfNet[j] = h;
    if (components) {
      death[j] = q * (1 - s);
      inflow[j] = inRate;
      outflow[j] = outRate;
    }
  }
  return capped;
}

/**
 * Fills the newborn rates of prepared.rates for the year baseYear + step: babies born during the year
 * get half a year of migration exposure at their age-0 rates, counted at its end. Returns the capped count.
 */
export function fillNewbornRates(prepared: Prepared, scenario: Scenario, step: number): number {
  const { rates, inMigrationRate: I, outMigrationRate: O } = prepared;
  const declining = scenario.mortalityDecline !== 0;
  const Sb = declining ? prepared.birthSurvivalByStep : prepared.birthSurvival;
  const offset = declining ? step * 2 : 0;
  let capped = 0;
  for (let sex = 0; sex < 2; sex++) {
    const sb = Sb[offset + sex];
    const inRate = 0.5 * I[sex * AGES] * scenario.inMigration;
    let outRate = 0.5 * O[sex * AGES] * scenario.outMigration;
    if (outRate > sb + inRate) {
      outRate = sb + inRate;
      capped++;
    }
    rates.newbornGrowth[sex] = sb + inRate - outRate;
    rates.newbornDeath[sex] = 1 - sb;
    rates.newbornInflow[sex] = inRate;
    rates.newbornOutflow[sex] = outRate;
  }
  return capped;
}

/**
 * For mortality held at the base life table: fills prepared.heldGrowth (the growth rates of every year)
 * unless it already holds these migration multipliers, and the newborn rates of prepared.rates (cheap).
 * Returns the capped cells of one year. A fan or a repeated default scenario thus skips the 202-cell rates;
 * prepared.rates.growth is left alone (components() and ensureGrowthByStep write it too).
 */
export function ensureHeldGrowth(prepared: Prepared, scenario: Scenario): number {
  const key = prepared.heldKey;
  const mIn = scenario.inMigration;
  const mOut = scenario.outMigration;
  if (key[0] !== mIn || key[1] !== mOut) {
    key[2] = fillGrowth(prepared.survival, prepared.inMigrationRate, prepared.outMigrationRate, mIn, mOut, prepared.heldGrowth);
    key[0] = mIn;
    key[1] = mOut;
  }
  return key[2] + fillNewbornRates(prepared, scenario, 0);
}

/**
 * Only the growth rates of fillCohortRates (the same expressions, so the same numbers), for 202 cells
 * of survival S and multiplied rates I·mIn, O·mOut. Returns the capped cells.
 */
function fillGrowth(S: Float64Array, I: Float64Array, O: Float64Array, mIn: number, mOut: number, growth: Float64Array): number {
  let capped = 0;
  for (let j = 0; j < 202; j++) {
    const s = S[j];
    const net = I[j] * mIn - O[j] * mOut;
    const g = (1 + 0.5 * net) * s + 0.5 * net;
    // Capped, the out-migration leaves exactly nobody: growth 0 (fillCohortRates has the rates).
    if (g < 0) capped++;
    growth[j] = g < 0 ? 0 : g;
  }
  return capped;
}

/**
 * For a mortality decline: fills prepared.growthByStep (growth rates of every year) unless it already
 * holds this decline and these migration multipliers, so that moving the TFR does not recompute them.
 * S_t moves the same way every year in every cell and growth rises with S, so if no cell is capped in
 * the first and the last year, none is in between. Returns false when some cell is capped: then the
 * table is not used and project() recomputes each year's rates with their caps.
 */
export function ensureGrowthByStep(prepared: Prepared, scenario: Scenario): boolean {
  const { mortalityDecline: k, inMigration: mIn, outMigration: mOut } = scenario;
  const key = prepared.growthKey;
  if (key[0] === k && key[1] === mIn && key[2] === mOut) return prepared.growthUncapped;
  ensureSurvivalByStep(prepared, k);
  const last = prepared.maxSteps - 1;
  const uncapped = fillCohortRates(prepared, scenario, last, false) === 0 && fillCohortRates(prepared, scenario, 0, false) === 0;
  if (uncapped) {
    const { exposed, halfNet } = prepared.rates;
    const { survivalByStep: S, growthByStep } = prepared;
    for (let step = 0; step <= last; step++) {
      const row = step * CELLS_PER_YEAR;
      // The same expression as fillCohortRates, so components() finds the same numbers.
      for (let j = 0; j < CELLS_PER_YEAR; j++) growthByStep[row + j] = exposed[j] * S[row + j] + halfNet[j];
    }
  }
  key[0] = k;
  key[1] = mIn;
  key[2] = mOut;
  prepared.growthUncapped = uncapped;
  return uncapped;
}
