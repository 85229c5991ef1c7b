// survival.parquet: one life table per sex at single ages 0..100 (100 = open 100+), with the
// projection's survival ratios. Women: HMD Japan 2019. Men: national 2018 death rates by 5-year
// group, graduated to single ages (graduate.ts). Both stand in for the tables the plan used
// (Tokyo 2015 prefectural table and the national 2019 abridged table), which are not in our sources.
import type { DuckDBConnection } from '@duckdb/node-api';
import { graduate, type Graduation } from './graduate.ts';
import {
  birthSurvival,
  closeAt,
  infantAx,
  lifeTable,
  survivalRatios,
  withMortalityLevel,
  type LifeTable,
  type MortalitySchedule,
} from './lifetable.ts';
import { readParameters, THETA_AGE } from '../calibration/parameters.ts';
import { writeParquet, type TableSpec } from './parquet.ts';
import { loadDeathRates5y, loadHmdFemaleLifeTable, loadHmdPopulation, SEXES, type Sex } from './sources.ts';

/** The projection's open age group: 100+. */
export const TOP_AGE = 100;
export const FEMALE_YEAR = 2019;
export const MALE_YEAR = 2018;

export const SOURCES: Record<Sex, string> = {
  female: `HMD Japan female period life table ${FEMALE_YEAR} (mx, ax; ages 0..109, 110+), via popproj; CC BY 4.0`,
  male: `Japan male death rates ${MALE_YEAR} by 5-year group (人口動態統計 via SUMRAY, MIT), graduated to single ages (HMD population weights; 0–4 split by the HMD female ${FEMALE_YEAR} pattern)`,
};

/** Single-age death rates 0..109 and 110+ for each sex: the inputs of every life table in the pipeline. */
export function mortalitySchedules(): Record<Sex, MortalitySchedule> {
  const hmd = loadHmdFemaleLifeTable(FEMALE_YEAR);
  const female: MortalitySchedule = { mx: hmd.map((r) => r.mx), ax: hmd.map((r) => r.ax) };
  const male = graduateYear(
    MALE_YEAR,
    'male',
    hmd.slice(0, 5).map((r) => r.mx),
  ).schedule;
  return { male, female };
}

/**
 * Graduate one year's 5-year death rates of a sex to single ages, weighting each age by the HMD
 * population of that year (mean of 1 January of the year and of the next: about mid-year).
 */
export function graduateYear(year: number, sex: Sex, infantChildPattern: readonly number[]): Graduation {
  const jan = loadHmdPopulation(year, sex);
  const next = loadHmdPopulation(year + 1, sex);
  return graduate({
    groupRates: loadDeathRates5y(year, sex).map((g) => g.per100k / 1e5),
    exposure: jan.map((p, x) => (p + next[x]) / 2),
    infantChildPattern,
    ax: (age, m) => (age === 0 ? infantAx(m, sex) : 0.5),
  });
}

/** Optional old-age mortality level: death rates at ages ≥ x0 multiplied by θ (calibration's lever). */
export interface MortalityLevel {
  theta: number;
  x0: number;
}

/**
 * The calibrated old-age mortality level: θ from data/calibration/fitted_parameters.csv (written by
 * `npm run calibrate`) at ages ≥ 65. The projection's survival ratios and the base population's reverse
 * survival use it; the life-table columns of survival.parquet stay the national tables (θ = 1).
 */
export function calibratedLevel(): MortalityLevel {
  const theta = readParameters().find((r) => r.name === 'theta');
  if (!theta) throw new Error('fitted_parameters.csv has no theta');
  return { theta: theta.value, x0: THETA_AGE };
}

/** Full single-age life table (0..109, 110+) of a sex, optionally at another mortality level. */
export function fullLifeTable(schedule: MortalitySchedule, level?: MortalityLevel): LifeTable {
  return lifeTable(level ? withMortalityLevel(schedule, level.theta, level.x0) : schedule);
}

export interface SurvivalRow {
  sex: Sex;
  age: number;
  mx: number;
  qx: number;
  ax: number;
  lx: number;
  dx: number;
  /** L_x: person-years lived in [x, x+1) (in 100+ for age 100). */
  person_years: number;
  /** T_x: person-years lived above age x. */
  person_years_above: number;
  ex: number;
  survival: number;
  birth_survival: number;
  source: string;
}

/** A row of survival.parquet: the national life table, and the survival ratios at the calibrated level. */
export interface SurvivalTableRow extends SurvivalRow {
  /** Survival ratio of the life table as built (θ = 1). */
  survival_life_table: number;
  /** Multiplier on this age's death rate behind `survival` (1 below 65, θ from 65). */
  mortality_level: number;
}

/** The 101 rows of one sex: the life table closed at 100+, with survival ratios and birth survival. */
export function survivalRows(sex: Sex, schedule: MortalitySchedule, level?: MortalityLevel): SurvivalRow[] {
  const full = fullLifeTable(schedule, level);
  const t = closeAt(full, TOP_AGE);
  const s = survivalRatios(full, TOP_AGE);
  const b = birthSurvival(full);
  const source = level ? `${SOURCES[sex]}; death rates at ages ≥ ${level.x0} × ${level.theta}` : SOURCES[sex];
  return t.age.map((age) => ({
    sex,
    age,
    mx: t.mx[age],
    qx: t.qx[age],
    ax: t.ax[age],
    lx: t.lx[age],
    dx: t.dx[age],
    person_years: t.Lx[age],
    person_years_above: t.Tx[age],
    ex: t.ex[age],
    survival: s[age],
    birth_survival: b,
    source,
  }));
}

/**
 * The `mortality_level` hook for calibration: the survival rows of one sex rebuilt with death rates
 * at ages ≥ x0 multiplied by θ (θ > 1 = higher mortality). θ = 1 gives survival.parquet's rows.
 */
export function mortalityLevel(sex: Sex, theta: number, x0: number, schedules = mortalitySchedules()): SurvivalRow[] {
  return survivalRows(sex, schedules[sex], { theta, x0 });
}

export const survivalSpec: TableSpec<SurvivalTableRow> = {
  name: 'survival',
  columns: [
    { name: 'sex', type: 'VARCHAR' },
    { name: 'age', type: 'INTEGER' },
    { name: 'mx', type: 'DOUBLE' },
    { name: 'qx', type: 'DOUBLE' },
    { name: 'ax', type: 'DOUBLE' },
    { name: 'lx', type: 'DOUBLE' },
    { name: 'dx', type: 'DOUBLE' },
    { name: 'person_years', type: 'DOUBLE' },
    { name: 'person_years_above', type: 'DOUBLE' },
    { name: 'ex', type: 'DOUBLE' },
    { name: 'survival', type: 'DOUBLE' },
    { name: 'survival_life_table', type: 'DOUBLE' },
    { name: 'mortality_level', type: 'DOUBLE' },
    { name: 'birth_survival', type: 'DOUBLE' },
    { name: 'source', type: 'VARCHAR' },
  ],
  orderBy: ['sex', 'age'],
};

/**
 * survival.parquet's rows: life-table columns (mx … ex) and `survival_life_table` from the national
 * tables; `survival` (what the projection multiplies by) from the same tables with death rates at
 * ages ≥ level.x0 multiplied by level.theta. birth_survival is untouched (x0 > 0).
 */
export function survivalTableRows(level: MortalityLevel = calibratedLevel()): SurvivalTableRow[] {
  if (!(level.x0 > 0)) throw new Error(`mortality level: x0 must be > 0 so that birth survival keeps the life table's, got ${level.x0}`);
  const schedules = mortalitySchedules();
  return SEXES.flatMap((sex) => {
    const table = survivalRows(sex, schedules[sex]);
    const calibrated = survivalRows(sex, schedules[sex], level);
    const source = `${SOURCES[sex]}. survival: death rates at ages ≥ ${level.x0} × ${level.theta} (calibrated old-age mortality level, data/calibration/fitted_parameters.csv); survival_life_table: the table as is`;
    return table.map((r, age) => ({
      ...r,
      survival: calibrated[age].survival,
      survival_life_table: r.survival,
      mortality_level: age >= level.x0 ? level.theta : 1,
      source,
    }));
  });
}

export async function buildSurvival(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, survivalSpec, survivalTableRows(), outDir);
}
