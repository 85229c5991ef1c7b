// The projection on screen as SQL tables: the scenario in the link and the plan's baseline, each as a
// yearly summary and as population by year × sex × single age, plus one row of assumptions per
// projection. Built from the session's results (the worker's arrays, not recomputed) as decoded
// columns, the same form the Parquet tables take on their way into DuckDB, and the same rows the
// CSV downloads write, so what an analyst queries, downloads and sees is one set of numbers.
import type { Scenario } from '../../../worker/engine/types.ts';
import { AGES, CELLS_PER_YEAR, SEXES } from '../../../worker/engine/types.ts';
import { SUMMARY_FIELDS, type ProjectionPayload } from '../../../worker/projection.protocol.ts';
import type { DecodedTable, NamedColumn } from '../../data/parquet.ts';

/** What the tables need of a result (a ProjectionPayload has it all). */
export type ProjectionLike = Pick<ProjectionPayload, 'baseYear' | 'years' | 'scenario' | 'population' | 'summary'>;

export const SUMMARY_COLUMNS = ['year', ...SUMMARY_FIELDS] as const;
export const POPULATION_COLUMNS = ['year', 'sex', 'age', 'population'] as const;
export const PARAMETER_COLUMNS = [
  'projection',
  'tfr',
  'srb',
  'mortality_decline',
  'in_migration',
  'out_migration',
  'base_year',
  'horizon',
] as const;
export type ProjectionColumn = (typeof SUMMARY_COLUMNS)[number] | (typeof POPULATION_COLUMNS)[number] | (typeof PARAMETER_COLUMNS)[number];

/** The tables, and their columns in order (the data dictionary lists them from here). */
export const PROJECTION_TABLES = {
  scenario_summary: SUMMARY_COLUMNS,
  scenario_population: POPULATION_COLUMNS,
  baseline_summary: SUMMARY_COLUMNS,
  baseline_population: POPULATION_COLUMNS,
  scenario_parameters: PARAMETER_COLUMNS,
} as const satisfies Record<string, readonly ProjectionColumn[]>;
export type ProjectionTableName = keyof typeof PROJECTION_TABLES;
export const PROJECTION_TABLE_NAMES = Object.keys(PROJECTION_TABLES) as ProjectionTableName[];

/** Whether SQL mentions a projection table (the console then waits for the first projection). */
export function usesProjectionTables(sql: string): boolean {
  return new RegExp(`\\b(${PROJECTION_TABLE_NAMES.join('|')})\\b`, 'i').test(sql);
}

const source = (name: string) => `projection: ${name}`;

/** NaN (no value: the components of change in the horizon's row) becomes SQL NULL. */
function doubles(name: string, values: Float64Array): NamedColumn {
  let valid: Uint8Array | null = null;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) (valid ??= new Uint8Array(values.length).fill(1))[i] = 0;
  }
  return { name, type: 'float64', values, valid };
}

const ints = (name: string, values: Int32Array): NamedColumn => ({ name, type: 'int32', values, valid: null });

/** year, then every summary field: one row per reported year (Jan 1). */
export function summaryTable(result: ProjectionLike, name: string): DecodedTable {
  const years = Int32Array.from({ length: result.years }, (_, y) => result.baseYear + y);
  return {
    file: source(name),
    numRows: result.years,
    columns: [ints('year', years), ...SUMMARY_FIELDS.map((field) => doubles(field, result.summary[field]))],
  };
}

/** year, sex ('male', 'female'), age (0–100; 100 is 100 and over), population: the engine's order. */
export function populationTable(result: ProjectionLike, name: string): DecodedTable {
  const n = result.years * CELLS_PER_YEAR;
  if (result.population.length !== n) throw new Error(`${source(name)}: ${result.population.length} population cells, expected ${n}`);
  const year = new Int32Array(n);
  const age = new Int32Array(n);
  const sex: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const y = Math.floor(i / CELLS_PER_YEAR);
    year[i] = result.baseYear + y;
    sex[i] = SEXES[Math.floor((i % CELLS_PER_YEAR) / AGES)];
    age[i] = i % AGES;
  }
  return {
    file: source(name),
    numRows: n,
    columns: [ints('year', year), { name: 'sex', type: 'string', values: sex }, ints('age', age), doubles('population', result.population)],
  };
}

/** The TFR as the link writes it: 0.99, or a path 2030:1.1,2045:1.4. */
export function tfrText(tfr: Scenario['tfr']): string {
  return typeof tfr === 'number' ? String(tfr) : tfr.map(([year, value]) => `${year}:${value}`).join(',');
}

/** One row per projection: the assumptions the engine used (defaults filled in). */
export function parametersTable(rows: readonly { projection: string; result: ProjectionLike }[]): DecodedTable {
  const number = (name: string, pick: (s: Scenario) => number) =>
    doubles(
      name,
      Float64Array.from(rows, (r) => pick(r.result.scenario)),
    );
  return {
    file: source('scenario_parameters'),
    numRows: rows.length,
    columns: [
      { name: 'projection', type: 'string', values: rows.map((r) => r.projection) },
      { name: 'tfr', type: 'string', values: rows.map((r) => tfrText(r.result.scenario.tfr)) },
      number('srb', (s) => s.srb),
      number('mortality_decline', (s) => s.mortalityDecline),
      number('in_migration', (s) => s.inMigration),
      number('out_migration', (s) => s.outMigration),
      ints(
        'base_year',
        Int32Array.from(rows, (r) => r.result.baseYear),
      ),
      ints(
        'horizon',
        Int32Array.from(rows, (r) => r.result.scenario.horizon),
      ),
    ],
  };
}

/** Every projection table for a scenario and, once projected, the baseline (its tables are left out until then). */
export function projectionTables(scenario: ProjectionLike, baseline: ProjectionLike | null): Map<ProjectionTableName, DecodedTable> {
  const tables = new Map<ProjectionTableName, DecodedTable>([
    ['scenario_summary', summaryTable(scenario, 'scenario_summary')],
    ['scenario_population', populationTable(scenario, 'scenario_population')],
  ]);
  if (baseline) {
    tables.set('baseline_summary', summaryTable(baseline, 'baseline_summary'));
    tables.set('baseline_population', populationTable(baseline, 'baseline_population'));
  }
  const rows = [{ projection: 'scenario', result: scenario }, ...(baseline ? [{ projection: 'baseline', result: baseline }] : [])];
  tables.set('scenario_parameters', parametersTable(rows));
  return tables;
}
