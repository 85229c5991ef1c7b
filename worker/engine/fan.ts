// The fan: many trajectories around one scenario, each with its own TFR, mortality and migration paths
// (sampler.ts), reduced to the yearly quantities the bands show, then to their quantiles.
//
// Speed: a trajectory's mortality changes every year (its own decline plus a random walk), so the
// deterministic engine's cached growth rates cannot be reused and exp() per cell per year per run would
// cost about 80 µs a run. Instead survival is tabulated once per prepared inputs on a fine grid of the log
// hazard factor λ (S = exp(−h·e^λ), 500 levels per unit of λ, rows built when first used), and each year
// of each run reads the row nearest to its λ: the hazard factor is off by at most ±0.1 %, far inside the
// spread being drawn (docs/bands.md). Growth rates are computed inside the ageing loop from that row and
// the year's two migration multipliers, and the age-group sums are taken as the cells are written, so a
// run writes only two rows of 202 cells and the five numbers a year the bands need.
import { weightedWomen } from './asfr.ts';
import { scenarioFor } from './cohort.ts';
import { installedKernel, type CohortKernel, type FanKernelBuffers } from './kernel.ts';
import { quantilesInPlace } from './quantile.ts';
import { drawShocks, type Shocks } from './sampler.ts';
import { fillTfrByStep } from './scenario.ts';
import { scaledSurvival } from './survival.ts';
import { CELLS_PER_YEAR, MAX_HORIZON, type Prepared, type Scenario } from './types.ts';
import { UNCERTAINTY, type Uncertainty } from './uncertainty.ts';

/** The quantities a fan reports, in the order of its arrays. */
export const FAN_QUANTITIES = ['total', 'age0_14', 'age15_64', 'age65plus', 'aging_rate'] as const;
export type FanQuantity = (typeof FAN_QUANTITIES)[number];
/** The seed the dashboard and the CLI use unless told otherwise. */
export const DEFAULT_BANDS_SEED = 1;
/** Most trajectories a fan may ask for (memory: 5 numbers a year per run). */
export const MAX_FAN_RUNS = 100_000;
/** The probabilities of the band edges and the median: 95 % and 80 % bands. */
export const FAN_PROBABILITIES = [0.025, 0.1, 0.5, 0.9, 0.975] as const;

/** Every trajectory's yearly quantities. */
export interface Fan {
  readonly baseYear: number;
  readonly horizon: number;
  readonly years: number;
  readonly runs: number;
  readonly scenario: Scenario;
  /** [(quantity × years + y) × runs + run], quantity in FAN_QUANTITIES order, y = year − baseYear. */
  readonly values: Float64Array;
}

/** The fan's quantiles: what the bands draw. */
export interface FanBands {
  readonly baseYear: number;
  readonly horizon: number;
  readonly years: number;
  readonly runs: number;
  readonly seed: number;
  readonly scenario: Scenario;
  /** [(quantity × years + y) × 5 + p], p in FAN_PROBABILITIES order. */
  readonly quantiles: Float64Array;
}

// The grid of survival by log hazard factor λ = ln(factor): λ from LAMBDA_MIN, RESOLUTION levels per unit.
const LAMBDA_MIN = -4;
const LAMBDA_MAX = 3;
const RESOLUTION = 500;
const LEVELS = (LAMBDA_MAX - LAMBDA_MIN) * RESOLUTION + 1;

interface SurvivalGrid {
  /**
   * [(level × 202 + cell) × 3 + k]: k = 0 survival S at hazard factor exp(λ_level), k = 1 A = ½(1 + S)·I,
   * k = 2 B = ½(1 + S)·O, so that a year's growth is S + mIn·A − mOut·B (rates.ts's q·S + ½n).
   */
  readonly survival: Float64Array;
  /** [level × 2 + sex]: the newborns' Sb. */
  readonly birthSurvival: Float64Array;
  /** 1 where a level's row is filled. */
  readonly built: Uint8Array;
}

const grids = new WeakMap<Prepared, SurvivalGrid>();

function gridFor(prepared: Prepared): SurvivalGrid {
  let grid = grids.get(prepared);
  if (!grid) {
    grid = {
      survival: new Float64Array(LEVELS * CELLS_PER_YEAR * 3),
      birthSurvival: new Float64Array(LEVELS * 2),
      built: new Uint8Array(LEVELS),
    };
    grids.set(prepared, grid);
  }
  return grid;
}

/** The grid level nearest to λ (clamped to the grid), its row filled. */
function levelOf(grid: SurvivalGrid, prepared: Prepared, lambda: number): number {
  let level = Math.round((lambda - LAMBDA_MIN) * RESOLUTION);
  if (!(level >= 0))
    level = 0; // NaN too
  else if (level >= LEVELS) level = LEVELS - 1;
  if (grid.built[level] === 0) {
    const factor = Math.exp(LAMBDA_MIN + level / RESOLUTION); // exactly 1 at λ = 0: S itself
    const { survival, hazard, birthSurvival, birthHazard, inMigrationRate: I, outMigrationRate: O } = prepared;
    const row = level * CELLS_PER_YEAR * 3;
    for (let j = 0; j < CELLS_PER_YEAR; j++) {
      const s = scaledSurvival(survival[j], hazard[j], factor);
      grid.survival[row + 3 * j] = s;
      grid.survival[row + 3 * j + 1] = 0.5 * (1 + s) * I[j];
      grid.survival[row + 3 * j + 2] = 0.5 * (1 + s) * O[j];
    }
    for (let s = 0; s < 2; s++) grid.birthSurvival[level * 2 + s] = scaledSurvival(birthSurvival[s], birthHazard[s], factor);
    grid.built[level] = 1;
  }
  return level;
}

/**
 * Ages cells from..to of `now` into `next` one age up, at growth g = S + mIn·A − mOut·B from the grid row
 * at `row` (floored at 0 where rates.ts caps the out-migration), and returns their sum.
 */
function ageCells(
  now: Float64Array,
  next: Float64Array,
  G: Float64Array,
  row: number,
  mIn: number,
  mOut: number,
  from: number,
  to: number,
): number {
  let even = 0;
  let odd = 0;
  let j = from;
  let k = row + 3 * from;
  for (; j < to; j += 2, k += 6) {
    const g0 = G[k] + mIn * G[k + 1] - mOut * G[k + 2];
    const g1 = G[k + 3] + mIn * G[k + 4] - mOut * G[k + 5];
    const p0 = now[j] * (g0 > 0 ? g0 : 0);
    const p1 = now[j + 1] * (g1 > 0 ? g1 : 0);
    next[j + 1] = p0;
    next[j + 2] = p1;
    even += p0;
    odd += p1;
  }
  if (j === to) {
    const g = G[k] + mIn * G[k + 1] - mOut * G[k + 2];
    const p = now[j] * (g > 0 ? g : 0);
    next[j + 1] = p;
    even += p;
  }
  return even + odd;
}

/** The open interval 100+ (cell j) keeps its survivors: added to next[j]; returns them. */
function stayOpen(now: Float64Array, next: Float64Array, G: Float64Array, row: number, mIn: number, mOut: number, j: number): number {
  const k = row + 3 * j;
  const g = G[k] + mIn * G[k + 1] - mOut * G[k + 2];
  const p = now[j] * (g > 0 ? g : 0);
  next[j] += p;
  return p;
}

const fanKernels = new WeakMap<Prepared, { kernel: CohortKernel; buffers: FanKernelBuffers }>();

/** The installed kernel's fan buffers for these inputs (made on first use), or null: TypeScript. */
function fanKernelFor(prepared: Prepared): FanKernelBuffers | null {
  const kernel = installedKernel();
  if (!kernel?.createFan) return null;
  let held = fanKernels.get(prepared);
  if (held?.kernel !== kernel) {
    held = { kernel, buffers: kernel.createFan(prepared, LEVELS, prepared.maxSteps) };
    fanKernels.set(prepared, held);
  }
  return held.buffers;
}

/** Copies a level's interleaved grid row (S, A, B per cell) into the kernel's three rows. */
function copyLevel(grid: SurvivalGrid, kernel: FanKernelBuffers, level: number): void {
  const from = level * CELLS_PER_YEAR * 3;
  const to = level * CELLS_PER_YEAR * 3;
  const G = grid.survival;
  const K = kernel.grid;
  for (let j = 0; j < CELLS_PER_YEAR; j++) {
    K[to + j] = G[from + 3 * j];
    K[to + CELLS_PER_YEAR + j] = G[from + 3 * j + 1];
    K[to + 2 * CELLS_PER_YEAR + j] = G[from + 3 * j + 2];
  }
  kernel.copied[level] = 1;
}

/** Allocates the values of a fan of `runs` trajectories over `years` reported years. */
export function createFanValues(years: number, runs: number): Float64Array {
  return new Float64Array(FAN_QUANTITIES.length * years * runs);
}

/**
 * Runs the first `runs` trajectories of `shocks` around `scenario` (validated, defaults filled in).
 * `values` (from createFanValues, same years and runs) is reused when given.
 */
export function runFan(prepared: Prepared, scenario: unknown, shocks: Shocks, runs = shocks.runs, values?: Float64Array): Fan {
  const resolved = scenarioFor(prepared, scenario);
  const years = resolved.horizon - prepared.baseYear + 1;
  const steps = years - 1;
  if (runs > shocks.runs || runs < 1 || !Number.isInteger(runs))
    throw new RangeError(`runs ${runs} must be 1–${shocks.runs} (the trajectories drawn)`);
  if (steps > shocks.steps) throw new RangeError(`the draws cover ${shocks.steps} years, the scenario asks for ${steps}`);
  const out = values ?? createFanValues(years, runs);
  if (out.length !== FAN_QUANTITIES.length * years * runs) throw new Error('values were created for another fan size');
  const grid = gridFor(prepared);
  const S = grid.survival;
  const Sb = grid.birthSurvival;
  const I = prepared.inMigrationRate;
  const O = prepared.outMigrationRate;
  const { fertilityShape, firstFertileAge, lastFertileAge, tfrByStep } = prepared;
  fillTfrByStep(resolved.tfr, prepared.baseYear, steps, tfrByStep);
  const lnDecline = Math.log(1 - resolved.mortalityDecline / 100);
  const maleShare = resolved.srb / (100 + resolved.srb);
  const { tfrLog, hazardLog, inLog, outLog } = shocks;
  const floorTfr = UNCERTAINTY.tfr.floor;
  let now = new Float64Array(CELLS_PER_YEAR);
  let next = new Float64Array(CELLS_PER_YEAR);
  const base = prepared.population;
  let base0 = 0;
  let base15 = 0;
  let base65 = 0;
  for (let sex = 0; sex < 2; sex++) {
    for (let a = 0; a <= 100; a++) {
      const p = base[sex * 101 + a];
      if (a < 15) base0 += p;
      else if (a < 65) base15 += p;
      else base65 += p;
    }
  }
  const stride = years * runs; // between quantities
  const kernel = fanKernelFor(prepared);
  for (let run = 0; run < runs; run++) {
    now.set(base);
    const at = run * shocks.steps;
    const baseTotal = base0 + base15 + base65;
    out[run] = baseTotal;
    out[stride + run] = base0;
    out[2 * stride + run] = base15;
    out[3 * stride + run] = base65;
    out[4 * stride + run] = baseTotal > 0 ? (100 * base65) / baseTotal : NaN;
    if (kernel) {
      // The same numbers as the loop below (worker/kernel/kernel.test.ts): JavaScript draws each
      // year's grid level, multipliers, TFR and newborn factors, the kernel ages the 202 cells.
      const { par } = kernel;
      for (let step = 0; step < steps; step++) {
        const level = levelOf(grid, prepared, step * lnDecline + hazardLog[at + step]);
        if (kernel.copied[level] === 0) copyLevel(grid, kernel, level);
        const mIn = resolved.inMigration * Math.exp(inLog[at + step]);
        const mOut = resolved.outMigration * Math.exp(outLog[at + step]);
        const hIn = 0.5 * mIn;
        const hOut = 0.5 * mOut;
        const centre = tfrByStep[step];
        const drawn = centre * Math.exp(tfrLog[at + step]);
        const floor = centre < floorTfr ? centre : floorTfr;
        const gm = Sb[level * 2] + hIn * I[0] - hOut * O[0];
        const gf = Sb[level * 2 + 1] + hIn * I[101] - hOut * O[101];
        const k = step * 6;
        par[k] = kernel.levelAt(level);
        par[k + 1] = mIn;
        par[k + 2] = mOut;
        par[k + 3] = drawn > floor ? drawn : floor;
        par[k + 4] = gm > 0 ? gm : 0;
        par[k + 5] = gf > 0 ? gf : 0;
      }
      kernel.start.set(base);
      kernel.run(steps, maleShare, weightedWomen(base, 0, fertilityShape, firstFertileAge, lastFertileAge));
      const yearly = kernel.out;
      for (let step = 0; step < steps; step++) {
        const cell = (step + 1) * runs + run;
        const k = step * 5;
        out[cell] = yearly[k];
        out[stride + cell] = yearly[k + 1];
        out[2 * stride + cell] = yearly[k + 2];
        out[3 * stride + cell] = yearly[k + 3];
        out[4 * stride + cell] = yearly[k + 4];
      }
      continue;
    }
    let womenNow = weightedWomen(now, 0, fertilityShape, firstFertileAge, lastFertileAge);
    for (let step = 0; step < steps; step++) {
      const level = levelOf(grid, prepared, step * lnDecline + hazardLog[at + step]);
      const row = level * 606;
      const mIn = resolved.inMigration * Math.exp(inLog[at + step]);
      const mOut = resolved.outMigration * Math.exp(outLog[at + step]);
      const hIn = 0.5 * mIn;
      const hOut = 0.5 * mOut;
      // Males: cells 0..100, females 101..201; each cell j goes to j + 1, the 100+ stay.
      let young = ageCells(now, next, S, row, mIn, mOut, 0, 13) + ageCells(now, next, S, row, mIn, mOut, 101, 114);
      const working = ageCells(now, next, S, row, mIn, mOut, 14, 63) + ageCells(now, next, S, row, mIn, mOut, 115, 164);
      // Cell 99 → next[100] (100+) is written before the male 100+ adds its survivors; likewise 200 → 201.
      const old =
        ageCells(now, next, S, row, mIn, mOut, 64, 99) +
        stayOpen(now, next, S, row, mIn, mOut, 100) +
        ageCells(now, next, S, row, mIn, mOut, 165, 200) +
        stayOpen(now, next, S, row, mIn, mOut, 201);
      const womenNext = weightedWomen(next, 0, fertilityShape, firstFertileAge, lastFertileAge);
      const centre = tfrByStep[step];
      const drawn = centre * Math.exp(tfrLog[at + step]);
      const floor = centre < floorTfr ? centre : floorTfr;
      const births = (drawn > floor ? drawn : floor) * 0.5 * (womenNow + womenNext);
      womenNow = womenNext;
      const male = births * maleShare;
      // Newborns: half a year of migration at the age-0 rates (rates.ts fillNewbornRates), floored at 0.
      const gm = Sb[level * 2] + hIn * I[0] - hOut * O[0];
      const gf = Sb[level * 2 + 1] + hIn * I[101] - hOut * O[101];
      next[0] = male * (gm > 0 ? gm : 0);
      next[101] = (births - male) * (gf > 0 ? gf : 0);
      young += next[0] + next[101];
      const total = young + working + old;
      const cell = (step + 1) * runs + run;
      out[cell] = total;
      out[stride + cell] = young;
      out[2 * stride + cell] = working;
      out[3 * stride + cell] = old;
      out[4 * stride + cell] = total > 0 ? (100 * old) / total : NaN;
      const swap = now;
      now = next;
      next = swap;
    }
  }
  return { baseYear: prepared.baseYear, horizon: resolved.horizon, years, runs, scenario: resolved, values: out };
}

/** The quantiles of every quantity in every year (pointwise bands, each quantity computed per run first). */
export function fanBands(fan: Fan, seed: number): FanBands {
  const { years, runs, values } = fan;
  const quantiles = new Float64Array(FAN_QUANTITIES.length * years * FAN_PROBABILITIES.length);
  const sample = new Float64Array(runs);
  for (let q = 0; q < FAN_QUANTITIES.length; q++) {
    for (let y = 0; y < years; y++) {
      const at = (q * years + y) * runs;
      sample.set(values.subarray(at, at + runs));
      quantilesInPlace(sample, FAN_PROBABILITIES, quantiles, (q * years + y) * FAN_PROBABILITIES.length);
    }
  }
  return { baseYear: fan.baseYear, horizon: fan.horizon, years, runs, seed, scenario: fan.scenario, quantiles };
}

/** Draws for every year the engine can report from these inputs (so a new horizon keeps them). */
export function shocksFor(prepared: Prepared, seed: number, runs: number, uncertainty: Uncertainty = UNCERTAINTY): Shocks {
  return drawShocks(seed, runs, MAX_HORIZON - prepared.baseYear, uncertainty);
}

/** One call: draws, the fan and its bands. */
export function bands(prepared: Prepared, scenario: unknown, options: { runs: number; seed: number; uncertainty?: Uncertainty }): FanBands {
  const shocks = shocksFor(prepared, options.seed, options.runs, options.uncertainty);
  return fanBands(runFan(prepared, scenario, shocks), options.seed);
}

/** The band of one quantity in one year: [p2.5, p10, p50, p90, p97.5]. */
export function bandAt(b: FanBands, quantity: FanQuantity, year: number): number[] {
  const q = FAN_QUANTITIES.indexOf(quantity);
  const y = year - b.baseYear;
  if (q < 0 || y < 0 || y >= b.years) throw new RangeError(`no band for ${quantity} in ${year}`);
  const at = (q * b.years + y) * FAN_PROBABILITIES.length;
  return Array.from(b.quantiles.subarray(at, at + FAN_PROBABILITIES.length));
}
