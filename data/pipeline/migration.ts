// migration.parquet: the baseline's migration rates by sex × single age 0..100 (100 = 100+), built from
// the calibrated parameters committed in data/calibration/fitted_parameters.csv (written by
// `npm run calibrate`; this module never re-fits). Our sources have no migration by age: the schedule
// is a model (Rogers–Castro curves, data/calibration/schedule.ts) whose few parameters were fitted so
// that the baseline reproduces the plan's published peaks. See docs/calibration.md.
import type { DuckDBConnection } from '@duckdb/node-api';
import { readParameters, toValues, type ParameterRow } from '../calibration/parameters.ts';
import { netRates, splitGross, SEXES, type Sex } from '../calibration/schedule.ts';
import { basePopulationRows } from './base_population.ts';
import { flowRows } from './flows_2024.ts';
import { writeParquet, type TableSpec } from './parquet.ts';

export interface MigrationRow {
  sex: Sex;
  age: number;
  /** In-migrants during the year per resident aged `age` at Jan 1. */
  in_rate: number;
  /** Out-migrants during the year per resident aged `age` at Jan 1. */
  out_rate: number;
  /** in_rate − out_rate: the calibrated schedule. */
  net_rate: number;
  /** Base population (2021-01-01) the gross split was scaled on. */
  base_population: number;
  method: string;
  /** The parameter values the rates come from, `name=value; …`. */
  parameters: string;
}

/** The 2024 registry out-movers (to other prefectures + within Tokyo): the level of the gross split. */
export function outMovers2024(): { value: number; parts: Record<string, number> } {
  const rows = flowRows();
  const get = (key: string) => {
    const r = rows.find((x) => x.key === key);
    if (!r) throw new Error(`flows_2024: no ${key}`);
    return r.value;
  };
  const parts = { out_other_prefectures: get('out_other_prefectures'), out_within_tokyo: get('out_within_tokyo') };
  return { value: parts.out_other_prefectures + parts.out_within_tokyo, parts };
}

export function migrationRows(parameters: readonly ParameterRow[] = readParameters()): MigrationRow[] {
  const p = toValues(parameters);
  const base = basePopulationRows();
  const population = Object.fromEntries(
    SEXES.map((sex) => [
      sex,
      base
        .filter((r) => r.sex === sex)
        .sort((a, b) => a.age - b.age)
        .map((r) => r.population),
    ]),
  ) as Record<Sex, number[]>;
  const schedule = netRates(p);
  const net = { male: schedule, female: schedule };
  const movers = outMovers2024();
  const { rates, scale } = splitGross(net, population, movers.value);
  const method =
    "model schedule (Rogers–Castro curves) calibrated to the plan's published peaks, data/calibration/; " +
    `gross split: out_rate = max(k × Rogers–Castro fundamental shape, −net_rate) with k = ${scale.toPrecision(6)} so that out-migrants ` +
    `on the 2021-01-01 base population equal the 2024 registry out-movers ${movers.value} (other prefectures ${movers.parts.out_other_prefectures} + within Tokyo ${movers.parts.out_within_tokyo}); in_rate = out_rate + net_rate`;
  const parameterText = parameters.map((r) => `${r.name}=${r.value}`).join('; ');
  return SEXES.flatMap((sex) =>
    rates[sex].net_rate.map((n, age) => ({
      sex,
      age,
      in_rate: rates[sex].in_rate[age],
      out_rate: rates[sex].out_rate[age],
      net_rate: n,
      base_population: population[sex][age],
      method,
      parameters: parameterText,
    })),
  );
}

export const migrationSpec: TableSpec<MigrationRow> = {
  name: 'migration',
  columns: [
    { name: 'sex', type: 'VARCHAR' },
    { name: 'age', type: 'INTEGER' },
    { name: 'in_rate', type: 'DOUBLE' },
    { name: 'out_rate', type: 'DOUBLE' },
    { name: 'net_rate', type: 'DOUBLE' },
    { name: 'base_population', type: 'DOUBLE' },
    { name: 'method', type: 'VARCHAR' },
    { name: 'parameters', type: 'VARCHAR' },
  ],
  orderBy: ['sex', 'age'],
};

export async function buildMigration(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, migrationSpec, migrationRows(), outDir);
}
