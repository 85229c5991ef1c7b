import { describe, expect, it } from 'vitest';
import { PARQUET_FIXTURES } from '../../e2e/fixtures/parquet-fixtures.ts';
import { DataFileError, decodeParquet, getColumn, getNumbers, getStrings } from './parquet.ts';

// The fixtures are written by DuckDB (e2e/fixtures/make-fixtures.ts), here as base64.
const { types, uncompressed, zstd, broken } = PARQUET_FIXTURES;
function bytes(base64: string): ArrayBuffer {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
}

async function failure(buffer: ArrayBuffer, file = 'data/x.parquet'): Promise<DataFileError> {
  try {
    await decodeParquet(buffer, file);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return error as DataFileError;
  }
  throw new Error('expected decodeParquet to fail');
}

describe('decodeParquet', () => {
  it.each([
    ['snappy', types],
    ['uncompressed', uncompressed],
  ])('reads every column type of a %s file written by DuckDB', async (_, file) => {
    const table = await decodeParquet(bytes(file), 'data/types.parquet');
    expect(table.numRows).toBe(5);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['year', 'int32'],
      ['age', 'int32'],
      ['population', 'int32'], // BIGINT that fits: narrowed
      ['big', 'float64'], // BIGINT beyond int32: exact in float64
      ['share', 'float64'],
      ['label', 'string'],
      ['maybe', 'int32'],
      ['flag', 'boolean'],
      ['day', 'date'],
      ['dec', 'float64'],
    ]);
    expect(Array.from(getNumbers(table, 'population'))).toEqual([1000, 2000, 3000, 4000, 2345]);
    expect(Array.from(getNumbers(table, 'big'))).toEqual([3e9, 3e9 + 1, 3e9 + 2, 3e9 + 3, 3e9 + 4]);
    expect(Array.from(getNumbers(table, 'share'))).toEqual([0.125, 0.25, 0.5, 1, -2]);
    expect(Array.from(getNumbers(table, 'dec'))).toEqual([1.25, 2.5, 3.75, 0.01, -9.99]);
    expect(getColumn(table, 'label').values).toEqual(['a', '杉並', null, 'd', 'e']);
    expect(getColumn(table, 'flag').values).toEqual([true, false, true, null, false]);

    const maybe = getColumn(table, 'maybe');
    expect(maybe.type === 'int32' && Array.from(maybe.valid ?? [])).toEqual([1, 0, 1, 1, 1]);
    const year = getColumn(table, 'year');
    expect(year.type === 'int32' && year.valid).toBeNull(); // no missing value: no mask

    const day = getColumn(table, 'day');
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    expect(day.type === 'date' && Array.from(day.values, iso)).toEqual([
      '2021-01-01',
      '2022-04-01',
      '2023-12-31',
      '1999-12-31',
      '1970-01-01',
    ]);
  });

  it('names the file and the problem for a file that is not Parquet', async () => {
    const html = new TextEncoder().encode('<!doctype html><html><body>Not found</body></html>');
    const error = await failure(html.buffer as ArrayBuffer, 'data/survival.parquet');
    expect(error.message).toMatch(/^data\/survival\.parquet: not a Parquet file/);
  });

  it('reports damaged metadata', async () => {
    const error = await failure(bytes(broken), 'data/broken.parquet');
    expect(error.message).toMatch(/^data\/broken\.parquet: damaged Parquet metadata/);
  });

  it('reports a truncated file', async () => {
    const error = await failure(bytes(types).slice(0, 200));
    expect(error.message).toMatch(/not a Parquet file/);
  });

  it('explains that ZSTD files must be rewritten with Snappy', async () => {
    const error = await failure(bytes(zstd), 'data/zstd.parquet');
    expect(error.message).toMatch(/^data\/zstd\.parquet: column "year" is compressed with ZSTD; write the file with COMPRESSION 'snappy'/);
  });
});

describe('column accessors', () => {
  it('name the file and column when a column is missing, of the wrong type or has gaps', async () => {
    const table = await decodeParquet(bytes(types), 'data/types.parquet');
    expect(() => getColumn(table, 'nope')).toThrow('data/types.parquet: has no column "nope" (columns: year, age,');
    expect(() => getNumbers(table, 'label')).toThrow('data/types.parquet: column "label" is string, not numeric');
    expect(() => getNumbers(table, 'maybe')).toThrow('data/types.parquet: column "maybe" has a missing value at row 1');
    expect(() => getStrings(table, 'label')).toThrow('column "label" has a missing value at row 2');
    expect(() => getStrings(table, 'year')).toThrow('column "year" is int32, not text');
  });
});
