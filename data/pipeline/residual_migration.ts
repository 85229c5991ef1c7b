// residual_migration.parquet: net migration by 5-year age group × sex between the ~Oct 2022 registry
// (single ages) and the 2026-01-01 registry (5-year groups), by the residual method:
//   net migrants = actual 2026 − expected 2026,
//   expected 2026 = the 2022 cohorts survived 3.25 years + births in the interval survived to 2026.
// An empirical input for calibration, not a fitted migration schedule. The 2022 reference date is not
// stated in its source; the sensitivity columns show how much it matters.
import type { DuckDBConnection } from '@duckdb/node-api';
import { planRates } from './assumptions.ts';
import { REGISTRY_2022_DATE } from './base_population.ts';
import { personYears, type LifeTable } from './lifetable.ts';
import { writeParquet, type TableSpec } from './parquet.ts';
import { loadJuki2026Age5, loadPopChange2024, loadSuginami2022, SEXES, type Sex } from './sources.ts';
import { fullLifeTable, mortalitySchedules } from './survival.ts';

export const END_DATE = '2026-01-01';
/** Years from the assumed 2022 date (2022-10-01) to 2026-01-01. */
export const INTERVAL_YEARS = 3.25;
/** Alternative start dates for the sensitivity columns: one month either side. */
export const SENSITIVITY = { start_2022_09_01: 3 + 4 / 12, start_2022_11_01: 3 + 2 / 12 };

export interface ResidualInputs {
  /** Start population by single age (index = age; last entries may be zero), per sex. */
  start: Record<Sex, readonly number[]>;
  /** End population by 5-year group 0-4 … 95-99, 100+ (21 values), per sex. */
  end: Record<Sex, readonly number[]>;
  /** Births per year, both sexes. */
  birthsPerYear: number;
  /** Sex ratio at birth (males per 100 females). */
  srb: number;
  tables: Record<Sex, LifeTable>;
}

export interface GroupResidual {
  start: number;
  expected: number;
  actual: number;
  births: number;
}

const GROUPS = 21;
const groupOf = (age: number) => Math.min(Math.floor(age / 5), GROUPS - 1);

/**
 * Expected and actual population by 5-year group at the end of an interval of h years, for one sex.
 * People aged [k, k+1) at the start are aged [k+h, k+h+1) at the end; the survivors are split between
 * the single ages they span in proportion to the life table's person-years (PY) there:
 *   survivors in [u, v) = P_k · PY(u, v) / PY(k, k+1).
 * Births B per year (constant) give B · PY(j, min(j+1, h)) / l_0 survivors aged [j, j+1) at the end.
 */
export function residualBySex(inputs: ResidualInputs, sex: Sex, h: number): GroupResidual[] {
  const t = inputs.tables[sex];
  const start = inputs.start[sex];
  const out: GroupResidual[] = Array.from({ length: GROUPS }, (_, g) => ({ start: 0, expected: 0, actual: inputs.end[sex][g], births: 0 }));
  start.forEach((p, k) => {
    out[groupOf(k)].start += p;
    if (p === 0) return;
    const base = personYears(t, k, k + 1);
    let u = k + h;
    while (u < k + h + 1) {
      const v = Math.min(Math.floor(u) + 1, k + h + 1);
      out[groupOf(Math.floor(u))].expected += (p * personYears(t, u, v)) / base;
      u = v;
    }
  });
  const share = sex === 'male' ? inputs.srb / (100 + inputs.srb) : 100 / (100 + inputs.srb);
  const births = inputs.birthsPerYear * share;
  for (let j = 0; j < h; j++) {
    const survivors = (births * personYears(t, j, Math.min(j + 1, h))) / t.lx[0];
    out[groupOf(j)].expected += survivors;
    out[groupOf(j)].births += survivors;
  }
  return out;
}

export interface ResidualRow {
  sex: 'male' | 'female' | 'total';
  age_from: number;
  age_to: number | null;
  age_label: string;
  /** Same age group on the start date (~2022-10-01). */
  population_2022: number;
  expected_2026: number;
  actual_2026: number;
  net_migrants: number;
  /** Part of expected_2026 that is births during the interval (0-4 group only). */
  births_survived: number;
  years: number;
  /** years × (population_2022 + actual_2026) / 2 */
  person_years: number;
  /** net_migrants / person_years: annual net migration per person (age at the END of the interval). */
  net_rate: number;
  net_migrants_if_start_2022_09_01: number;
  net_migrants_if_start_2022_11_01: number;
  start_date_assumed: string;
  end_date: string;
}

export function loadResidualInputs(): ResidualInputs {
  const reg = loadSuginami2022();
  const age5 = loadJuki2026Age5().slice(1); // drop the 総数 row
  const flows = loadPopChange2024().values;
  const births = flows.get('令和６年中の動き／自然増減／出生数');
  if (births === undefined) throw new Error('tokyo-pop-change-2024: births column not found');
  const s = mortalitySchedules();
  return {
    start: { male: reg.map((r) => r.male), female: reg.map((r) => r.female) },
    end: { male: age5.map((r) => r.total.male), female: age5.map((r) => r.total.female) },
    birthsPerYear: births,
    srb: planRates().srb,
    tables: { male: fullLifeTable(s.male), female: fullLifeTable(s.female) },
  };
}

export function residualRows(inputs: ResidualInputs = loadResidualInputs()): ResidualRow[] {
  const run = (h: number) => Object.fromEntries(SEXES.map((sex) => [sex, residualBySex(inputs, sex, h)])) as Record<Sex, GroupResidual[]>;
  const main = run(INTERVAL_YEARS);
  const sep = run(SENSITIVITY.start_2022_09_01);
  const nov = run(SENSITIVITY.start_2022_11_01);
  const net = (r: GroupResidual) => r.actual - r.expected;
  const rows: ResidualRow[] = [];
  const push = (
    sex: ResidualRow['sex'],
    from: number,
    to: number | null,
    label: string,
    pick: (by: Record<Sex, GroupResidual[]>) => GroupResidual[],
  ) => {
    const sum = (by: Record<Sex, GroupResidual[]>, f: (r: GroupResidual) => number) => pick(by).reduce((a, r) => a + f(r), 0);
    const start = sum(main, (r) => r.start);
    const actual = sum(main, (r) => r.actual);
    const personYearsLived = (INTERVAL_YEARS * (start + actual)) / 2;
    const netMigrants = sum(main, net);
    rows.push({
      sex,
      age_from: from,
      age_to: to,
      age_label: label,
      population_2022: start,
      expected_2026: sum(main, (r) => r.expected),
      actual_2026: actual,
      net_migrants: netMigrants,
      births_survived: sum(main, (r) => r.births),
      years: INTERVAL_YEARS,
      person_years: personYearsLived,
      net_rate: netMigrants / personYearsLived,
      net_migrants_if_start_2022_09_01: sum(sep, net),
      net_migrants_if_start_2022_11_01: sum(nov, net),
      start_date_assumed: REGISTRY_2022_DATE,
      end_date: END_DATE,
    });
  };
  const sexes: [ResidualRow['sex'], Sex[]][] = [
    ['male', ['male']],
    ['female', ['female']],
    ['total', ['male', 'female']],
  ];
  for (const [label, members] of sexes) {
    for (let g = 0; g < GROUPS; g++) {
      const open = g === GROUPS - 1;
      push(label, 5 * g, open ? null : 5 * g + 4, open ? '100+' : `${5 * g}-${5 * g + 4}`, (by) => members.map((s) => by[s][g]));
    }
    push(label, 0, null, 'total', (by) => members.flatMap((s) => by[s]));
  }
  return rows;
}

export const residualSpec: TableSpec<ResidualRow> = {
  name: 'residual_migration',
  columns: [
    { name: 'sex', type: 'VARCHAR' },
    { name: 'age_from', type: 'INTEGER' },
    { name: 'age_to', type: 'INTEGER', nullable: true },
    { name: 'age_label', type: 'VARCHAR' },
    { name: 'population_2022', type: 'DOUBLE' },
    { name: 'expected_2026', type: 'DOUBLE' },
    { name: 'actual_2026', type: 'DOUBLE' },
    { name: 'net_migrants', type: 'DOUBLE' },
    { name: 'births_survived', type: 'DOUBLE' },
    { name: 'years', type: 'DOUBLE' },
    { name: 'person_years', type: 'DOUBLE' },
    { name: 'net_rate', type: 'DOUBLE' },
    { name: 'net_migrants_if_start_2022_09_01', type: 'DOUBLE' },
    { name: 'net_migrants_if_start_2022_11_01', type: 'DOUBLE' },
    { name: 'start_date_assumed', type: 'VARCHAR' },
    { name: 'end_date', type: 'VARCHAR' },
  ],
  orderBy: ['sex', 'age_from', 'age_to'],
};

export async function buildResidualMigration(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, residualSpec, residualRows(), outDir);
}
