import { describe, expect, it } from 'vitest';
import type { DecodedTable } from '../data/parquet.ts';
import { BOM } from './csv.ts';
import { decodedTableCsv } from './table-csv.ts';

describe('decodedTableCsv', () => {
  it('writes every column type, missing values as empty fields', () => {
    const table: DecodedTable = {
      file: 'test',
      numRows: 2,
      columns: [
        { name: 'year', type: 'int32', values: Int32Array.of(2021, 2022), valid: null },
        { name: 'births', type: 'float64', values: Float64Array.of(3456.25, Number.NaN), valid: Uint8Array.of(1, 0) },
        { name: 'sex', type: 'string', values: ['male', null] },
        { name: 'flag', type: 'boolean', values: [true, false] },
        { name: 'day', type: 'date', values: Int32Array.of(0, 18628), valid: null },
        { name: 'at', type: 'timestamp', values: Float64Array.of(0, 1609459200000), valid: Uint8Array.of(0, 1) },
      ],
    };
    expect(decodedTableCsv(table)).toBe(
      `${BOM}year,births,sex,flag,day,at\r\n2021,3456.25,male,true,1970-01-01,\r\n2022,,,false,2021-01-01,2021-01-01T00:00:00.000Z\r\n`,
    );
  });
});
