import { describe, expect, it } from 'vitest';
import type { DecodedTable, NamedColumn } from '../../data/parquet.ts';
import { actualPoints } from './actuals.ts';

const str = (name: string, values: string[]): NamedColumn => ({ name, type: 'string', values });
const num = (name: string, values: number[]): NamedColumn => ({ name, type: 'float64', values: Float64Array.from(values), valid: null });

// Rows as in actuals.parquet: dates, sexes, nationalities and age labels mixed.
const rows: [string, number, boolean, string, string, string, number][] = [
  ['2022-10-01', 2022.75, false, 'total', 'total', '0-14', 60575],
  ['2021-01-01', 2021, true, 'total', 'total', 'total', 573504],
  ['2021-01-01', 2021, true, 'male', 'total', 'total', 275174],
  ['2022-10-01', 2022.75, false, 'total', 'total', '45', 9000],
  ['2026-01-01', 2026, true, 'total', 'foreign', 'total', 25275],
  ['2026-01-01', 2026, true, 'total', 'total', '65+', 121725],
  ['2026-01-01', 2026, true, 'total', 'total', 'total', 582636],
];
const table: DecodedTable = {
  file: 'data/actuals.parquet',
  numRows: rows.length,
  columns: [
    str(
      'ref_date',
      rows.map((r) => r[0]),
    ),
    num(
      'ref_year',
      rows.map((r) => r[1]),
    ),
    { name: 'date_certain', type: 'boolean', values: rows.map((r) => r[2]) },
    str(
      'sex',
      rows.map((r) => r[3]),
    ),
    str(
      'nationality',
      rows.map((r) => r[4]),
    ),
    str(
      'age_label',
      rows.map((r) => r[5]),
    ),
    num(
      'population',
      rows.map((r) => r[6]),
    ),
  ],
};

describe('actualPoints', () => {
  it('keeps totals and the three age groups of both sexes and all nationalities, in date order', () => {
    expect(actualPoints(table)).toEqual([
      { indicator: 'total', date: '2021-01-01', x: 2021, certain: true, value: 573504 },
      { indicator: 'age0_14', date: '2022-10-01', x: 2022.75, certain: false, value: 60575 },
      { indicator: 'age65plus', date: '2026-01-01', x: 2026, certain: true, value: 121725 },
      { indicator: 'total', date: '2026-01-01', x: 2026, certain: true, value: 582636 },
    ]);
  });

  it('names the file when a column is missing', () => {
    expect(() => actualPoints({ ...table, columns: table.columns.filter((c) => c.name !== 'ref_year') })).toThrow(
      'data/actuals.parquet: has no column "ref_year"',
    );
  });
});
