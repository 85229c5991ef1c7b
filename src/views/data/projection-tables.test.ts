import { describe, expect, it } from 'vitest';
import { SUMMARY_FIELDS } from '../../../worker/projection.protocol.ts';
import type { DecodedTable, NamedColumn } from '../../data/parquet.ts';
import { en } from '../../i18n/en.ts';
import { ja } from '../../i18n/ja.ts';
import {
  PROJECTION_TABLE_NAMES,
  PROJECTION_TABLES,
  parametersTable,
  populationTable,
  projectionTables,
  summaryTable,
  usesProjectionTables,
  type ProjectionLike,
} from './projection-tables.ts';
import { readResult } from './result.ts';
import { openTestDatabase } from './test-duckdb.ts';
import { realProjection } from './test-projection.ts';

const column = (table: DecodedTable, name: string): NamedColumn => table.columns.find((c) => c.name === name)!;
const numbers = (table: DecodedTable, name: string) => Array.from(column(table, name).values as ArrayLike<number>);

/** A projection-like result small enough to check by hand: 2 years. */
function tiny(): ProjectionLike {
  const population = new Float64Array(2 * 202).map((_, i) => i);
  const summary = Object.fromEntries(
    SUMMARY_FIELDS.map((f, k) => [f, Float64Array.of(k, k + 0.5)]),
  ) as unknown as ProjectionLike['summary'];
  for (const f of ['births', 'deaths', 'in_migrants', 'out_migrants', 'natural_change', 'social_change'] as const)
    summary[f][1] = Number.NaN;
  return {
    baseYear: 2021,
    years: 2,
    scenario: {
      tfr: [
        [2030, 1.1],
        [2045, 1.4],
      ],
      srb: 105.1,
      mortalityDecline: 0.5,
      inMigration: 1,
      outMigration: 0.9,
      horizon: 2022,
    },
    population,
    summary,
  };
}

describe('projection tables', () => {
  it('summary: one row per year, every summary field, the horizon’s components NULL', () => {
    const table = summaryTable(tiny(), 'scenario_summary');
    expect(table.columns.map((c) => c.name)).toEqual([...PROJECTION_TABLES.scenario_summary]);
    expect(table.numRows).toBe(2);
    expect(numbers(table, 'year')).toEqual([2021, 2022]);
    expect(numbers(table, 'total')).toEqual([0, 0.5]);
    const births = column(table, 'births');
    expect(births.type === 'float64' && Array.from(births.valid!)).toEqual([1, 0]);
    const total = column(table, 'total');
    expect(total.type === 'float64' && total.valid).toBeNull();
  });

  it('population: year × sex × age in the engine’s order, age 100 the open interval', () => {
    const table = populationTable(tiny(), 'scenario_population');
    expect(table.columns.map((c) => c.name)).toEqual([...PROJECTION_TABLES.scenario_population]);
    expect(table.numRows).toBe(404);
    const sex = column(table, 'sex').values as string[];
    const row = (i: number) => [numbers(table, 'year')[i], sex[i], numbers(table, 'age')[i], numbers(table, 'population')[i]];
    expect(row(0)).toEqual([2021, 'male', 0, 0]);
    expect(row(100)).toEqual([2021, 'male', 100, 100]);
    expect(row(101)).toEqual([2021, 'female', 0, 101]);
    expect(row(403)).toEqual([2022, 'female', 100, 403]);
  });

  it('refuses a population array of the wrong size, naming the table', () => {
    expect(() => populationTable({ ...tiny(), population: new Float64Array(10) }, 'scenario_population')).toThrow(
      'projection: scenario_population: 10 population cells, expected 404',
    );
  });

  it('parameters: the assumptions of each projection, the TFR as the link writes it', () => {
    const p = tiny();
    const table = parametersTable([
      { projection: 'scenario', result: p },
      { projection: 'baseline', result: { ...p, scenario: { ...p.scenario, tfr: 0.99 } } },
    ]);
    expect(table.columns.map((c) => c.name)).toEqual([...PROJECTION_TABLES.scenario_parameters]);
    expect(column(table, 'tfr').values).toEqual(['2030:1.1,2045:1.4', '0.99']);
    expect(numbers(table, 'out_migration')).toEqual([0.9, 0.9]);
    expect(numbers(table, 'horizon')).toEqual([2022, 2022]);
  });

  it('leaves the baseline tables out until the baseline is projected', () => {
    expect([...projectionTables(tiny(), null).keys()]).toEqual(['scenario_summary', 'scenario_population', 'scenario_parameters']);
    expect([...projectionTables(tiny(), tiny()).keys()].sort()).toEqual([...PROJECTION_TABLE_NAMES].sort());
  });

  it('every column is described in Japanese and English', () => {
    const columns = new Set(Object.values(PROJECTION_TABLES).flat());
    expect(Object.keys(ja.data.projection.columns).sort()).toEqual([...columns].sort());
    expect(Object.keys(en.data.projection.columns).sort()).toEqual([...columns].sort());
    expect(Object.keys(ja.data.projection.tables).sort()).toEqual([...PROJECTION_TABLE_NAMES].sort());
  });

  it('tells SQL that uses them from SQL that does not', () => {
    expect(usesProjectionTables('SELECT * FROM scenario_summary')).toBe(true);
    expect(usesProjectionTables('select * from BASELINE_POPULATION')).toBe(true);
    expect(usesProjectionTables('SELECT * FROM base_population')).toBe(false);
    expect(usesProjectionTables('SELECT scenario_summary_x FROM t')).toBe(false);
  });

  it('in DuckDB, a real projection’s tables hold the worker’s numbers', async () => {
    const db = await openTestDatabase();
    const scenario = await realProjection({ tfr: 1.5 });
    const baseline = await realProjection();
    for (const [name, table] of projectionTables(scenario, baseline)) db.insert(name, table);
    const rows = readResult(
      db.queryArrow(`
        SELECT s.year, s.total, b.total AS baseline, (SELECT sum(population) FROM scenario_population p WHERE p.year = s.year) AS cells,
               s.births IS NULL AS no_births
        FROM scenario_summary s JOIN baseline_summary b USING (year) WHERE s.year IN (2021, 2065) ORDER BY s.year`),
    ).values();
    const y2065 = 2065 - scenario.baseYear;
    expect(rows[0][1]).toBe(rows[0][2]); // the same base population
    expect(rows[1][1]).toBe(scenario.summary.total[y2065]);
    expect(rows[1][2]).toBe(baseline.summary.total[y2065]);
    expect(rows[1][1] as number).toBeGreaterThan(rows[1][2] as number); // TFR 1.5 > the plan's 0.99
    expect(rows[1][3] as number).toBeCloseTo(rows[1][1] as number, 6);
    expect(rows.map((r) => r[4])).toEqual([false, true]); // no births after the horizon
    const params = readResult(
      db.queryArrow(`SELECT projection, tfr, srb, horizon FROM scenario_parameters ORDER BY projection DESC`),
    ).values();
    expect(params).toEqual([
      ['scenario', '1.5', baseline.scenario.srb, 2065],
      ['baseline', String(baseline.scenario.tfr), baseline.scenario.srb, 2065],
    ]);
  });
});
