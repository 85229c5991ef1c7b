// Deaths and migrants by age, derived on demand from a result's population and the year's rates.
// project() leaves them out so a fan of 1,000 runs writes only populations; the numbers are the same
// products project() balanced against (rates.ts), so P(t+1) = P(t) + B − D + I − O holds to rounding.
import { fillYearRates } from './rates.ts';
import { ensureSurvivalByStep } from './survival.ts';
import { CELLS_PER_YEAR, type AgeComponents, type ProjectionResult } from './types.ts';

/** Allocates buffers for components(result, out). */
export function createComponents(result: ProjectionResult): AgeComponents {
  const cells = (result.years - 1) * CELLS_PER_YEAR;
  return { deaths: new Float64Array(cells), inMigrants: new Float64Array(cells), outMigrants: new Float64Array(cells) };
}

/**
 * Deaths, in- and out-migrants during each year t → t+1 of the people alive at Jan 1 of t, by their
 * age then: [(y × 2 + sex) × 101 + age]. Babies born in the year are in result.birth* instead.
 */
export function components(result: ProjectionResult, out: AgeComponents = createComponents(result)): AgeComponents {
  const { prepared, scenario, population } = result;
  const { deaths, inMigrants, outMigrants } = out;
  if (deaths.length !== (result.years - 1) * CELLS_PER_YEAR) throw new Error('out was created for another horizon');
  const { death, inflow, outflow } = prepared.rates;
  const declining = scenario.mortalityDecline !== 0;
  if (declining) ensureSurvivalByStep(prepared, scenario.mortalityDecline);
  for (let step = 0; step < result.years - 1; step++) {
    if (step === 0 || declining) fillYearRates(prepared, scenario, step, true);
    const now = step * CELLS_PER_YEAR;
    for (let j = 0; j < CELLS_PER_YEAR; j++) {
      const p = population[now + j];
      deaths[now + j] = p * death[j];
      inMigrants[now + j] = p * inflow[j];
      outMigrants[now + j] = p * outflow[j];
    }
  }
  return out;
}
