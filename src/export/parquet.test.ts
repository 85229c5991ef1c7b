import { describe, expect, it } from 'vitest';
import { decodeParquet } from '../data/parquet.ts';
import { populationTable, summaryTable } from '../views/data/projection-tables.ts';
import { realProjection } from '../views/data/test-projection.ts';
import { tableToParquet } from './parquet.ts';

describe('tableToParquet', () => {
  it('round-trips the projection tables: hyparquet reads back every column and value (NULL where the summary has none)', async () => {
    const result = await realProjection({ tfr: 1.5 });
    for (const table of [summaryTable(result, 'scenario_summary'), populationTable(result, 'scenario_population')]) {
      const back = await decodeParquet(tableToParquet(table), 'x.parquet');
      expect(back.numRows).toBe(table.numRows);
      expect(back.columns.map((c) => c.name)).toEqual(table.columns.map((c) => c.name));
      table.columns.forEach((column, i) => {
        const got = back.columns[i];
        if (column.type === 'string') expect(got.values).toEqual(column.values);
        else if (column.type === 'float64') {
          const want = Array.from(column.values as Float64Array, (v, r) =>
            (column.valid && !column.valid[r]) || Number.isNaN(v) ? null : v,
          );
          const have = Array.from(got.values as Float64Array, (v, r) => ('valid' in got && got.valid && !got.valid[r] ? null : v));
          expect(have).toEqual(want);
        } else expect(Array.from(got.values as ArrayLike<number>)).toEqual(Array.from(column.values as ArrayLike<number>));
      });
    }
  });
});
