// The cohort-component projection: each year every cohort ages by one year, babies join at age 0.
import { weightedWomen } from './asfr.ts';
import { installedKernel, type KernelBuffers } from './kernel.ts';
import { ensureGrowthByStep, ensureHeldGrowth, fillNewbornRates, fillYearRates } from './rates.ts';
import { fillTfrByStep, resolveScenario } from './scenario.ts';
import { AGES, CELLS_PER_YEAR, OPEN_AGE, type Prepared, type ProjectionResult, type Scenario, type YearRates } from './types.ts';

// The layout's sizes appear as literals in the hot helpers (202 = CELLS_PER_YEAR, 101 = AGES,
// 100 = OPEN_AGE): an imported binding may be re-checked (TDZ) on every use inside a loop.
const CELLS = 202;
const HALF = 101;
if (CELLS !== CELLS_PER_YEAR || HALF !== AGES || OPEN_AGE !== 100) throw new Error('cohort.ts: layout literals are out of date');

// The yearly loop keeps few arrays alive across its inner loop: with more, TurboFan spills registers and
// the projection runs 2–4× slower. Hence the small helpers below (inlined or not, they load their own arrays).

/**
 * Everyone alive at Jan 1 (row `now`) moves to the next row one year older, times the growth rate
 * (growth[row + j] for cell j). Both sexes in one pass: cell j goes to j + 1; the male 100+ lands on
 * the female age-0 slot (which placeBirths overwrites) and each 100+ then adds its own survivors.
 * Unrolled by 4 with loads before stores, which measured faster here than the plain loop. Exported for
 * the benchmark, which times it alone (the floor of any projection in this layout).
 */
export function ageOneYear(population: Float64Array, growth: Float64Array, now: number, row: number): void {
  const next = now + 203; // next year, one age up
  let j = 0;
  for (; j < 200; j += 4) {
    const a = population[now + j] * growth[row + j];
    const b = population[now + j + 1] * growth[row + j + 1];
    const c = population[now + j + 2] * growth[row + j + 2];
    const d = population[now + j + 3] * growth[row + j + 3];
    population[next + j] = a;
    population[next + j + 1] = b;
    population[next + j + 2] = c;
    population[next + j + 3] = d;
  }
  population[next + 200] = population[now + 200] * growth[row + 200]; // female 99 → 100+
  population[next + 99] += population[now + 100] * growth[row + 100]; // male 100+ stays
  population[next + 200] += population[now + 201] * growth[row + 201]; // female 100+ stays
}

/** Records the year's births by sex and their components, and puts the survivors at age 0. */
function placeBirths(result: ProjectionResult, rates: YearRates, step: number, male: number, female: number): void {
  const m = step * 2;
  const f = m + 1;
  result.births[m] = male;
  result.births[f] = female;
  result.birthDeaths[m] = male * rates.newbornDeath[0];
  result.birthDeaths[f] = female * rates.newbornDeath[1];
  result.birthInMigrants[m] = male * rates.newbornInflow[0];
  result.birthInMigrants[f] = female * rates.newbornInflow[1];
  result.birthOutMigrants[m] = male * rates.newbornOutflow[0];
  result.birthOutMigrants[f] = female * rates.newbornOutflow[1];
  const next = (step + 1) * CELLS;
  result.population[next] = male * rates.newbornGrowth[0];
  result.population[next + HALF] = female * rates.newbornGrowth[1];
}

/** Resolves a partial scenario against the prepared inputs (their tfr and srb are the defaults). */
export function scenarioFor(prepared: Prepared, scenario: unknown = {}): Scenario {
  return resolveScenario(scenario, {
    baseYear: prepared.baseYear,
    defaults: { tfr: prepared.inputs.tfr, srb: prepared.inputs.srb },
  });
}

/** Allocates a result to project into again and again (see project's `out`). */
export function createResult(prepared: Prepared, horizon?: number): ProjectionResult {
  const scenario = scenarioFor(prepared, horizon === undefined ? {} : { horizon });
  const years = scenario.horizon - prepared.baseYear + 1;
  const flows = (years - 1) * 2;
  // With a kernel installed the arrays live in its memory (views, used like any Float64Array).
  const kernel = installedKernel()?.create(prepared, years);
  if (kernel) {
    const { population, births, birthDeaths, birthInMigrants, birthOutMigrants } = kernel;
    return {
      baseYear: prepared.baseYear,
      horizon: scenario.horizon,
      years,
      scenario,
      population,
      births,
      birthDeaths,
      birthInMigrants,
      birthOutMigrants,
      cappedCells: 0,
      prepared,
      kernel,
    };
  }
  return {
    baseYear: prepared.baseYear,
    horizon: scenario.horizon,
    years,
    scenario,
    population: new Float64Array(years * CELLS_PER_YEAR),
    births: new Float64Array(flows),
    birthDeaths: new Float64Array(flows),
    birthInMigrants: new Float64Array(flows),
    birthOutMigrants: new Float64Array(flows),
    cappedCells: 0,
    prepared,
    kernel: undefined, // the same object shape as a kernel's result: project() stays monomorphic
  };
}

/** Copies the newborn rates of prepared.rates into the kernel's row for `step`. */
function newbornRow(kernel: KernelBuffers, rates: YearRates, step: number): void {
  const { newborn } = kernel;
  const at = step * 8;
  newborn[at] = rates.newbornGrowth[0];
  newborn[at + 1] = rates.newbornGrowth[1];
  newborn[at + 2] = rates.newbornDeath[0];
  newborn[at + 3] = rates.newbornDeath[1];
  newborn[at + 4] = rates.newbornInflow[0];
  newborn[at + 5] = rates.newbornInflow[1];
  newborn[at + 6] = rates.newbornOutflow[0];
  newborn[at + 7] = rates.newbornOutflow[1];
}

/**
 * project()'s yearly loop in the kernel, for mortality held (one growth row) or a decline's cached
 * growth rows (copied into the kernel only when their key changes). False where it does not apply:
 * a decline under which some out-migration is capped recomputes each year's rates (TypeScript only).
 */
function projectInKernel(prepared: Prepared, resolved: Scenario, result: ProjectionResult, kernel: KernelBuffers): boolean {
  const declining = resolved.mortalityDecline !== 0;
  const cached = declining && ensureGrowthByStep(prepared, resolved);
  if (declining && !cached) return false;
  const steps = result.years - 1;
  const { rates } = prepared;
  let capped = 0;
  fillTfrByStep(resolved.tfr, prepared.baseYear, steps, kernel.tfr);
  if (cached) {
    const key = kernel.growthKey;
    const { mortalityDecline: k, inMigration: mIn, outMigration: mOut } = resolved;
    if (key[0] !== k || key[1] !== mIn || key[2] !== mOut) {
      kernel.growth.set(prepared.growthByStep.subarray(0, steps * CELLS));
      key[0] = k;
      key[1] = mIn;
      key[2] = mOut;
    }
    for (let step = 0; step < steps; step++) {
      capped += fillNewbornRates(prepared, resolved, step);
      newbornRow(kernel, rates, step);
    }
  } else {
    const heldCapped = ensureHeldGrowth(prepared, resolved);
    kernel.growthKey[0] = NaN; // row 0 no longer holds the decline's
    kernel.growth.set(prepared.heldGrowth);
    newbornRow(kernel, rates, 0);
    for (let step = 0; step < steps; step++) capped += heldCapped;
  }
  kernel.population.set(prepared.population, 0);
  kernel.run(cached, resolved.srb / (100 + resolved.srb));
  result.scenario = resolved;
  result.cappedCells = capped;
  return true;
}

/**
 * Projects the prepared inputs under a scenario (validated; defaults filled in) from the base year to
 * the scenario's horizon. Pass `out` (from createResult, same prepared and horizon) to reuse its buffers:
 * then nothing is allocated but the resolved scenario. Deaths and migrants by age: components(result).
 */
export function project(prepared: Prepared, scenario: unknown = {}, out?: ProjectionResult): ProjectionResult {
  const resolved = scenarioFor(prepared, scenario);
  const result = out ?? createResult(prepared, resolved.horizon);
  if (result.prepared !== prepared) throw new Error('out was created for other prepared inputs');
  if (result.horizon !== resolved.horizon) {
    throw new Error(`out was created for horizon ${result.horizon}, the scenario asks for ${resolved.horizon}`);
  }
  if (!(result.kernel && projectInKernel(prepared, resolved, result, result.kernel))) projectInTypeScript(prepared, resolved, result);
  return result;
}

/** project()'s yearly loop in TypeScript: the reference, and the path for every case. */
function projectInTypeScript(prepared: Prepared, resolved: Scenario, result: ProjectionResult): void {
  const steps = result.years - 1;
  const { population } = result;
  const { rates, tfrByStep, fertilityShape, firstFertileAge, lastFertileAge } = prepared;

  fillTfrByStep(resolved.tfr, prepared.baseYear, steps, tfrByStep);
  // Growth rates: one cached row for every year (mortality held), a cached row per year (mortality
  // decline), or, where out-migration is capped under a decline, each year's rates recomputed with their caps.
  const declining = resolved.mortalityDecline !== 0;
  const cached = declining && ensureGrowthByStep(prepared, resolved);
  const perYear = declining && !cached;
  const growth = cached ? prepared.growthByStep : declining ? rates.growth : prepared.heldGrowth;
  const stride = cached ? CELLS : 0;
  const heldCapped = declining ? 0 : ensureHeldGrowth(prepared, resolved);
  const maleShare = resolved.srb / (100 + resolved.srb);
  let capped = 0;

  population.set(prepared.population, 0);
  // Births = TFR × ½(W(t) + W(t+1)), W = weightedWomen; W(t+1) is carried over as next year's W(t).
  let womenNow = weightedWomen(population, 0, fertilityShape, firstFertileAge, lastFertileAge);
  for (let step = 0; step < steps; step++) {
    if (perYear) {
      fillYearRates(prepared, resolved, step, false);
      capped += rates.capped;
    } else if (cached) {
      capped += fillNewbornRates(prepared, resolved, step);
    } else {
      capped += heldCapped;
    }
    ageOneYear(population, growth, step * CELLS, step * stride);
    const womenNext = weightedWomen(population, step + 1, fertilityShape, firstFertileAge, lastFertileAge);
    const total = tfrByStep[step] * 0.5 * (womenNow + womenNext);
    womenNow = womenNext;
    const male = total * maleShare;
    placeBirths(result, rates, step, male, total - male);
  }
  result.scenario = resolved;
  result.cappedCells = capped;
}
