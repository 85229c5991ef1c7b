// fertility.parquet: age-specific fertility rates for ages 0..100. Age shape from HFD Japan 2019,
// level from the plan's Suginami TFR 0.99 (the plan gives only the TFR, not a Suginami age pattern).
import type { DuckDBConnection } from '@duckdb/node-api';
import { planRates } from './assumptions.ts';
import { writeParquet, type TableSpec } from './parquet.ts';
import { loadAsfr } from './sources.ts';
import { TOP_AGE } from './survival.ts';

export const ASFR_YEAR = 2019;

export interface FertilityRow {
  age: number;
  /** HFD Japan 2019 ASFR (births per woman-year); the open groups 12- and 55+ sit at 12 and 55. */
  asfr_national_2019: number;
  /** asfr_national_2019 / its sum: sums to 1. */
  shape: number;
  /** shape × TFR (0.99): sums to the TFR. */
  asfr: number;
}

export function fertilityRows(tfr = planRates().tfr): FertilityRow[] {
  const hfd = loadAsfr(ASFR_YEAR);
  const byAge = new Map(hfd.map((r) => [r.age, r.asfr]));
  const national = Array.from({ length: TOP_AGE + 1 }, (_, age) => byAge.get(age) ?? 0);
  const total = national.reduce((a, b) => a + b, 0);
  return national.map((v, age) => ({ age, asfr_national_2019: v, shape: v / total, asfr: (v / total) * tfr }));
}

export const fertilitySpec: TableSpec<FertilityRow> = {
  name: 'fertility',
  columns: [
    { name: 'age', type: 'INTEGER' },
    { name: 'asfr_national_2019', type: 'DOUBLE' },
    { name: 'shape', type: 'DOUBLE' },
    { name: 'asfr', type: 'DOUBLE' },
  ],
  orderBy: ['age'],
};

export async function buildFertility(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, fertilitySpec, fertilityRows(), outDir);
}
