// base_population.parquet: Suginami by sex × single age 0..100 (100 = 100+) on the plan's base date,
// 2021-01-01. The official table is not in our sources, so it is DERIVED (an approximation): the
// ~Oct 2022 registry by single age is moved back 1.75 years along cohorts, reverse-survived with our
// life tables, and scaled to the published 2021-01-01 totals by sex.
import type { DuckDBConnection } from '@duckdb/node-api';
import { cohortSurvival, type LifeTable } from './lifetable.ts';
import { writeParquet, type TableSpec } from './parquet.ts';
import { loadRegistryTotals2021, loadSuginami2022, SEXES, type Sex, type SingleAgeCount } from './sources.ts';
import { calibratedLevel, fullLifeTable, mortalitySchedules, TOP_AGE, type MortalityLevel } from './survival.ts';

export const BASE_DATE = '2021-01-01';
/** Assumed registry date of the 2022 file (not stated in the source; commit 2022-10-10 "令和4年10月生成"). */
export const REGISTRY_2022_DATE = '2022-10-01';
/** Years from BASE_DATE to REGISTRY_2022_DATE. */
export const SHIFT_YEARS = 1.75;

export const methodText = (level: MortalityLevel) =>
  'approximation: ~Oct 2022 registry moved back 1.75 years along cohorts (0.25·P(a+1) + 0.75·P(a+2)), ' +
  `divided by 1.75-year cohort survival (our life tables at the projection's mortality level: death rates at ages ≥ ${level.x0} × ${level.theta}), ` +
  'scaled to the 2021-01-01 totals by sex';

export interface BaseRow {
  sex: Sex;
  age: number;
  population: number;
  population_2022_registry: number;
  cohort_2022: number;
  survival_1_75y: number;
  reverse_survived: number;
  scale: number;
  method: string;
}

/**
 * Persons aged [a, a+1) on 2021-01-01 are aged [a+1.75, a+2.75) on 2022-10-01. With people spread
 * evenly within each single year of age, that is 0.25·P(a+1) + 0.75·P(a+2). The open 100+ is
 * everyone aged ≥ 101.75 then: 0.25·P(101) + P(102) + P(103) + ….
 */
export function cohortIn2022(counts: readonly number[], age: number): number {
  const at = (k: number) => counts[k] ?? 0;
  if (age < TOP_AGE) return 0.25 * at(age + 1) + 0.75 * at(age + 2);
  return 0.25 * at(TOP_AGE + 1) + counts.slice(TOP_AGE + 2).reduce((s, v) => s + v, 0);
}

/** Share of people aged [a, a+1) (or 100+) alive 1.75 years later, in the life table's stationary population. */
export function survival175(t: LifeTable, age: number): number {
  return cohortSurvival(t, age, age < TOP_AGE ? age + 1 : Infinity, SHIFT_YEARS);
}

/**
 * The base population. Reverse survival uses the life tables at the same mortality level as the
 * projection's survival ratios (survival.parquet's `survival`), so that base and projection agree.
 */
export function basePopulationRows(
  registry: readonly SingleAgeCount[] = loadSuginami2022(),
  totals = loadRegistryTotals2021(),
  level: MortalityLevel = calibratedLevel(),
  tables: Record<Sex, LifeTable> = lifeTables(level),
): BaseRow[] {
  const method = methodText(level);
  return SEXES.flatMap((sex) => {
    const counts = registry.map((r) => r[sex]);
    const rows = Array.from({ length: TOP_AGE + 1 }, (_, age) => {
      const cohort = cohortIn2022(counts, age);
      const s = survival175(tables[sex], age);
      const sameAge = age < TOP_AGE ? counts[age] : counts.slice(TOP_AGE).reduce((a, b) => a + b, 0);
      return { sex, age, cohort_2022: cohort, survival_1_75y: s, reverse_survived: cohort / s, population_2022_registry: sameAge };
    });
    const sum = rows.reduce((a, r) => a + r.reverse_survived, 0);
    const scale = totals[sex] / sum;
    return rows.map((r) => ({ ...r, population: r.reverse_survived * scale, scale, method }));
  });
}

function lifeTables(level: MortalityLevel): Record<Sex, LifeTable> {
  const s = mortalitySchedules();
  return { male: fullLifeTable(s.male, level), female: fullLifeTable(s.female, level) };
}

export const basePopulationSpec: TableSpec<BaseRow> = {
  name: 'base_population',
  columns: [
    { name: 'sex', type: 'VARCHAR' },
    { name: 'age', type: 'INTEGER' },
    { name: 'population', type: 'DOUBLE' },
    { name: 'population_2022_registry', type: 'DOUBLE' },
    { name: 'cohort_2022', type: 'DOUBLE' },
    { name: 'survival_1_75y', type: 'DOUBLE' },
    { name: 'reverse_survived', type: 'DOUBLE' },
    { name: 'scale', type: 'DOUBLE' },
    { name: 'method', type: 'VARCHAR' },
  ],
  orderBy: ['sex', 'age'],
};

export async function buildBasePopulation(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, basePopulationSpec, basePopulationRows(), outDir);
}
