import { describe, expect, it } from 'vitest';
import { PARQUET_FIXTURES } from '../../e2e/fixtures/parquet-fixtures.ts';
import { toArrowTable } from './arrow.ts';
import { decodeParquet } from './parquet.ts';

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;

describe('toArrowTable', () => {
  it('keeps names, order, types, values and missing values of every column', async () => {
    const decoded = await decodeParquet(bytes(PARQUET_FIXTURES.types), 'data/types.parquet');
    const table = toArrowTable(decoded);
    expect(table.numRows).toBe(5);
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'year:Int32',
      'age:Int32',
      'population:Int32',
      'big:Float64',
      'share:Float64',
      'label:Utf8',
      'maybe:Int32',
      'flag:Bool',
      'day:Date32<DAY>',
      'dec:Float64',
    ]);
    const column = (name: string) => table.getChild(name)!.toJSON();
    expect(column('population')).toEqual([1000, 2000, 3000, 4000, 2345]);
    expect(column('big')).toEqual([3e9, 3e9 + 1, 3e9 + 2, 3e9 + 3, 3e9 + 4]);
    expect(column('label')).toEqual(['a', '杉並', null, 'd', 'e']);
    expect(column('maybe')).toEqual([1, null, 3, 4, 5]);
    expect(column('flag')).toEqual([true, false, true, null, false]);
    expect(table.getChild('maybe')!.nullCount).toBe(1);
    // Arrow returns DateDay values as epoch milliseconds.
    expect(column('day').map((ms) => new Date(ms as number).toISOString().slice(0, 10))).toEqual([
      '2021-01-01',
      '2022-04-01',
      '2023-12-31',
      '1999-12-31',
      '1970-01-01',
    ]);
  });

  it('shares the typed array of a column without missing values', async () => {
    const decoded = await decodeParquet(bytes(PARQUET_FIXTURES.types), 'data/types.parquet');
    const year = decoded.columns.find((c) => c.name === 'year')!;
    const vector = toArrowTable(decoded).getChild('year')!;
    expect(vector.data[0].values.buffer).toBe(year.type === 'int32' ? year.values.buffer : null);
  });
});
