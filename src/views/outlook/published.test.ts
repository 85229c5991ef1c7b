import { describe, expect, it } from 'vitest';
import type { Peaks } from '../../../worker/engine/summary.ts';
import type { DecodedTable, NamedColumn } from '../../data/parquet.ts';
import { difference, figureOf, publishedRows } from './published.ts';

const str = (name: string, values: string[]): NamedColumn => ({ name, type: 'string', values });
const num = (name: string, values: number[]): NamedColumn => ({ name, type: 'float64', values: Float64Array.from(values), valid: null });
// As in published_results.parquet (sorted by indicator).
const table: DecodedTable = {
  file: 'data/published_results.parquet',
  numRows: 5,
  columns: [
    str('indicator', ['age0_14', 'age15_64', 'age65plus', 'aging_rate', 'total']),
    str('kind', ['peak', 'peak', 'peak', 'level', 'peak']),
    num('year', [2025, 2029, 2053, 2065, 2033]),
    str('fiscal_year_label', ['R7(2025)', 'R11(2029)', 'R35(2053)', 'R47(2065)', 'R15(2033)']),
    num('value', [61717, 402599, 155292, 28.7, 588586]),
  ],
};
const peaks: Peaks = {
  total: { year: 2034, value: 590000 },
  age0_14: { year: 2021, value: 60000 },
  age15_64: { year: 2030, value: 400000 },
  age65plus: { year: 2055, value: 160000 },
  aging_rate: { year: 2070, value: 31 },
  aging_rate_2065: 30,
};

describe('published figures', () => {
  it('reads the plan’s five figures in the plan’s order', () => {
    const rows = publishedRows(table);
    expect(rows.map((r) => [r.indicator, r.kind, r.year, r.value, r.printed])).toEqual([
      ['total', 'peak', 2033, 588586, 'R15(2033)'],
      ['age0_14', 'peak', 2025, 61717, 'R7(2025)'],
      ['age15_64', 'peak', 2029, 402599, 'R11(2029)'],
      ['age65plus', 'peak', 2053, 155292, 'R35(2053)'],
      ['aging_rate', 'level', 2065, 28.7, 'R47(2065)'],
    ]);
  });

  it('compares a projection’s peaks and 2065 level with them', () => {
    const [total, , , , aging] = publishedRows(table);
    const level = (year: number) => (year === 2065 ? 30 : null);
    expect(figureOf(total, peaks, level)).toEqual({ value: 590000, year: 2034 });
    expect(difference(total, figureOf(total, peaks, level)!)).toEqual({ value: 1414, relative: 1414 / 588586, years: 1 });
    const d = difference(aging, figureOf(aging, peaks, level)!);
    expect(d.value).toBeCloseTo(1.3, 10);
    expect(d.relative).toBeCloseTo(1.3, 10); // points, for a rate
    expect(figureOf(aging, peaks, () => null)).toBeNull(); // horizon before 2065
  });
});
