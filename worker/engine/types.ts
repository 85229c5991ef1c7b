// Shapes shared by the projection engine. Every array is indexed by single year of age.
import type { KernelBuffers } from './kernel.ts';

/** Ages 0..99 plus the open interval 100+ (index 100). */
export const AGES = 101;
/** Index of the open age interval 100+. */
export const OPEN_AGE = 100;
/** Sexes, in layout order. */
export const SEXES = ['male', 'female'] as const;
export const MALE = 0;
export const FEMALE = 1;
/** Cells per year in a population layout: 2 sexes × 101 ages. */
export const CELLS_PER_YEAR = 2 * AGES;
/** Last year the engine can report (the scenario's horizon is at most this). */
export const MAX_HORIZON = 2070;

export type Sex = (typeof SEXES)[number];

/** One number per sex. */
export interface BySex<T> {
  male: T;
  female: T;
}

/**
 * Everything a projection needs besides the scenario, every rate explicit.
 * Rates are annual and refer to a person's age at Jan 1 of the year.
 */
export interface ProjectionInputs {
  /** Year of the base population (population at Jan 1 of this year). */
  baseYear: number;
  /** Jan 1 population of the base year by age 0..99 and 100+ (101 numbers per sex). */
  population: BySex<ArrayLike<number>>;
  /**
   * S[a]: probability that a person aged a at Jan 1 is alive at the next Jan 1 (aged a+1).
   * S[100] keeps the open interval 100+ in place.
   */
  survival: BySex<ArrayLike<number>>;
  /** Sb = L0/l0: probability that a baby born during the year is alive at the next Jan 1. */
  birthSurvival: BySex<number>;
  /**
   * f[x]: share of a year's births to women aged x (completed years) at Jan 1, ages 0..100; sums to 1.
   * f[0] must be 0 (newborns give no births). Births = TFR × Σ f[x] × women aged x (mid-year exposure).
   */
  fertilityShape: ArrayLike<number>;
  /** Total fertility rate used when the scenario does not set one (children per woman). */
  tfr: number;
  /** Sex ratio at birth used when the scenario does not set one (males per 100 females). */
  srb: number;
  /** I[a]: in-migrants during the year per resident aged a at Jan 1. */
  inMigrationRate: BySex<ArrayLike<number>>;
  /** O[a]: out-migrants during the year per resident aged a at Jan 1. */
  outMigrationRate: BySex<ArrayLike<number>>;
}

/** A TFR path: [year, tfr] points, linear between points, flat before the first and after the last. */
export type TfrPath = readonly (readonly [year: number, tfr: number])[];

/** The assumptions a user can change. Every field is validated (see scenario.ts for ranges). */
export interface Scenario {
  /** Total fertility rate (children per woman): a constant, or a path over the years. */
  tfr: number | TfrPath;
  /** Sex ratio at birth: males per 100 females. */
  srb: number;
  /** Annual decline of death rates in % per year (negative: rising death rates). */
  mortalityDecline: number;
  /** Multiplier on the in-migration rates (1 = as calibrated). */
  inMigration: number;
  /** Multiplier on the out-migration rates (1 = as calibrated). */
  outMigration: number;
  /** Last year reported (population at Jan 1 of that year). */
  horizon: number;
}

/**
 * The output of one projection. Layouts:
 * - population: [(y × 2 + sex) × 101 + age], y = year − baseYear, y = 0..years−1 (Jan 1 of each year).
 * - births, birthDeaths, birthInMigrants, birthOutMigrants: [y × 2 + sex], y = 0..years−2,
 *   for the year baseYear+y → baseYear+y+1 (babies born during the year, by their sex).
 * Deaths and migrants of the people alive at Jan 1 (by age at Jan 1) are derived on demand by
 * components(result), so that project() only writes what a fan chart needs.
 */
export interface ProjectionResult {
  readonly baseYear: number;
  readonly horizon: number;
  /** Number of Jan 1 populations: horizon − baseYear + 1. */
  readonly years: number;
  /** The scenario as resolved (defaults filled in) for the latest project() into this result. */
  scenario: Scenario;
  readonly population: Float64Array;
  /** Babies born during each year. */
  readonly births: Float64Array;
  /** Babies born during the year who die before the next Jan 1. */
  readonly birthDeaths: Float64Array;
  /** In-migrants born during the year (half a year of exposure), counted at its end. */
  readonly birthInMigrants: Float64Array;
  /** Out-migrants born during the year (half a year of exposure), counted at its end. */
  readonly birthOutMigrants: Float64Array;
  /**
   * Year × sex × age cells (newborn groups included) where the out-migration rate had to be lowered
   * so that the cohort cannot turn negative (only with extreme rates × multipliers; see docs/method.md).
   */
  cappedCells: number;
  /** The prepared inputs this result was projected from (components() replays their rates). */
  readonly prepared: Prepared;
  /** Present when a compiled kernel made this result's arrays: project() may then run it (kernel.ts). */
  readonly kernel?: KernelBuffers;
}

/** Deaths, in- and out-migrants of the people alive at Jan 1, by age at Jan 1: [(y × 2 + sex) × 101 + age]. */
export interface AgeComponents {
  readonly deaths: Float64Array;
  readonly inMigrants: Float64Array;
  readonly outMigrants: Float64Array;
}

/**
 * Validated inputs with precomputed hazards and every buffer a projection needs.
 * Made by prepare(); treat as opaque. Scratch buffers are reused by each project() call,
 * so one Prepared serves one projection at a time (JavaScript is single-threaded: fine).
 */
export interface Prepared {
  readonly inputs: Readonly<ProjectionInputs>;
  readonly baseYear: number;
  /** Base population, [sex × 101 + age]. */
  readonly population: Float64Array;
  /** S by [sex × 101 + age]. */
  readonly survival: Float64Array;
  /** Hazards −ln S by [sex × 101 + age] (Infinity where S = 0). */
  readonly hazard: Float64Array;
  /** Sb by sex. */
  readonly birthSurvival: Float64Array;
  /** −ln Sb by sex. */
  readonly birthHazard: Float64Array;
  readonly fertilityShape: Float64Array;
  /** First and last age with a nonzero fertility share (firstFertileAge ≥ 1). */
  readonly firstFertileAge: number;
  readonly lastFertileAge: number;
  readonly inMigrationRate: Float64Array;
  readonly outMigrationRate: Float64Array;
  /** Most yearly steps a scenario can ask for: MAX_HORIZON − baseYear. */
  readonly maxSteps: number;
  /** Scratch: TFR for each yearly step. */
  readonly tfrByStep: Float64Array;
  /** Scratch: the rates of one year (see rates.ts). */
  readonly rates: YearRates;
  /** Cache: survival by step for the mortality decline in survivalDecline (NaN: empty). */
  readonly survivalByStep: Float64Array;
  readonly birthSurvivalByStep: Float64Array;
  survivalDecline: number;
  /** Cache: growth rates by step for the [mortalityDecline, inMigration, outMigration] in growthKey. */
  readonly growthByStep: Float64Array;
  readonly growthKey: Float64Array;
  /** Whether growthByStep is usable (no out-migration cap in any year for growthKey). */
  growthUncapped: boolean;
  /** Cache: growth rates of every year with mortality held, for the [inMigration, outMigration] in heldKey. */
  readonly heldGrowth: Float64Array;
  /** [inMigration, outMigration, capped cells by age] of heldGrowth (NaN: empty). */
  readonly heldKey: Float64Array;
}

/** Per-person transition rates for one year, by [sex × 101 + age] (newborn rates by sex). */
export interface YearRates {
  /** Next Jan 1 contribution (to age+1, or 100+) per person at Jan 1: Q·S/P + ½ net/P. */
  readonly growth: Float64Array;
  /** Deaths per person at Jan 1. */
  readonly death: Float64Array;
  /** In-migrants per person at Jan 1 (after the multiplier). */
  readonly inflow: Float64Array;
  /** Out-migrants per person at Jan 1 (after the multiplier and the cap). */
  readonly outflow: Float64Array;
  /** q = 1 + ½ net/P: people exposed to death per person at Jan 1 (Q/P). */
  readonly exposed: Float64Array;
  /** ½ net/P: the migrants who arrive (or leave) at the year's end. growth = exposed · S + halfNet. */
  readonly halfNet: Float64Array;
  /** Per baby born in the year: alive at the next Jan 1 including its migrants, by sex. */
  readonly newbornGrowth: Float64Array;
  readonly newbornDeath: Float64Array;
  readonly newbornInflow: Float64Array;
  readonly newbornOutflow: Float64Array;
  /** Cells (by age, and newborn groups) whose out-migration rate was capped in this year. */
  capped: number;
}
