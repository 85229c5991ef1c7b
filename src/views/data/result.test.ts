// Result conversion against DuckDB-WASM's own Arrow output (the same build the browser runs).
import { describe, expect, it } from 'vitest';
import { decimalText, readResult } from './result.ts';
import { openTestDatabase } from './test-duckdb.ts';

const read = async (sql: string) => readResult((await openTestDatabase()).queryArrow(sql));

describe('readResult', () => {
  it('names every column with its SQL type and reads plain columns as they are', async () => {
    const r = await read(
      `SELECT 1::TINYINT a, 2::SMALLINT b, 3::INTEGER c, 1.5::FLOAT d, 2.25::DOUBLE e, '杉並' f, true g, NULL::INTEGER h`,
    );
    expect(r.columns.map((c) => [c.name, c.sqlType, c.kind])).toEqual([
      ['a', 'TINYINT', 'number'],
      ['b', 'SMALLINT', 'number'],
      ['c', 'INTEGER', 'number'],
      ['d', 'FLOAT', 'number'],
      ['e', 'DOUBLE', 'number'],
      ['f', 'VARCHAR', 'text'],
      ['g', 'BOOLEAN', 'boolean'],
      ['h', 'INTEGER', 'number'],
    ]);
    expect(r.values()).toEqual([[1, 2, 3, 1.5, 2.25, '杉並', true, null]]);
    expect(r.texts()).toEqual([['1', '2', '3', '1.5', '2.25', '杉並', 'true', null]]);
  });

  it('reads BIGINT as numbers within ±2^53 and as exact text beyond, without a cast', async () => {
    const r = await read(
      `SELECT * FROM (VALUES (4::BIGINT), (9007199254740991), (-9007199254740991), (9007199254740993), (-9223372036854775808), (NULL)) t(n)`,
    );
    expect(r.columns[0]).toMatchObject({ sqlType: 'BIGINT', kind: 'bigint' });
    expect(r.values().map((row) => row[0])).toEqual([
      4,
      9007199254740991,
      -9007199254740991,
      '9007199254740993',
      '-9223372036854775808',
      null,
    ]);
    expect(r.texts().map((row) => row[0])).toEqual([
      '4',
      '9007199254740991',
      '-9007199254740991',
      '9007199254740993',
      '-9223372036854775808',
      null,
    ]);
    const u = await read(`SELECT 18446744073709551615::UBIGINT u, count(*) n FROM base_population`);
    expect(u.columns.map((c) => c.sqlType)).toEqual(['UBIGINT', 'BIGINT']);
    expect(u.values()).toEqual([['18446744073709551615', 202]]);
  });

  it('reads DECIMAL (and HUGEINT sums) as numbers, with every digit kept in the text', async () => {
    const r = await read(
      `SELECT 1.25::DECIMAL(10,2) a, -3.5::DECIMAL(4,1) b, 0.05::DECIMAL(3,2) c, -0.05::DECIMAL(3,2) d,
              12345678901234567890.1234::DECIMAL(38,4) e, sum(age) f, 1.50::DECIMAL(5,2) g FROM base_population`,
    );
    expect(r.columns.map((c) => c.sqlType)).toEqual([
      'DECIMAL(10,2)',
      'DECIMAL(4,1)',
      'DECIMAL(3,2)',
      'DECIMAL(3,2)',
      'DECIMAL(38,4)',
      'DECIMAL(38,0)',
      'DECIMAL(5,2)',
    ]);
    expect(r.texts()).toEqual([['1.25', '-3.5', '0.05', '-0.05', '12345678901234567890.1234', '10100', '1.50']]);
    // eslint-disable-next-line no-loss-of-precision -- the nearest double is what the chart gets
    expect(r.values()).toEqual([[1.25, -3.5, 0.05, -0.05, 12345678901234567890.1234, 10100, 1.5]]);
  });

  it('writes dates, times, timestamps, lists, structs and blobs as DuckDB prints them', async () => {
    const r = await read(
      `SELECT DATE '1900-03-04' d, TIME '12:34:56.789' t, TIMESTAMP '2020-01-02 03:04:05' ts, TIMESTAMP '2020-01-02 03:04:05.678' ms,
              TIMESTAMPTZ '2020-01-02 03:04:05+00' tz, [1.5::DECIMAL(3,1), NULL] l, {'a': 1, 'b': 'x'} s, '\\x00ab'::BLOB b, [9007199254740993] big`,
    );
    expect(r.columns.map((c) => c.kind)).toEqual([
      'date',
      'time',
      'timestamp',
      'timestamp',
      'timestamp',
      'nested',
      'nested',
      'binary',
      'nested',
    ]);
    expect(r.columns.map((c) => c.sqlType)).toEqual([
      'DATE',
      'TIME',
      'TIMESTAMP',
      'TIMESTAMP',
      'TIMESTAMP WITH TIME ZONE',
      'DECIMAL(3,1)[]',
      'STRUCT(a INTEGER, b VARCHAR)',
      'BLOB',
      'BIGINT[]',
    ]);
    expect(r.texts()).toEqual([
      [
        '1900-03-04',
        '12:34:56.789',
        '2020-01-02 03:04:05',
        '2020-01-02 03:04:05.678',
        '2020-01-02 03:04:05+00',
        '[1.5,null]',
        '{"a":1,"b":"x"}',
        '\\x00ab',
        '["9007199254740993"]',
      ],
    ]);
  });

  it('gives no value for a type Arrow cannot hand over faithfully (INTERVAL), rather than a wrong one', async () => {
    const r = await read(`SELECT INTERVAL 3 DAY i, (INTERVAL 3 DAY)::VARCHAR v`);
    expect(r.columns.map((c) => [c.sqlType, c.kind])).toEqual([
      ['INTERVAL', 'unsupported'],
      ['VARCHAR', 'text'],
    ]);
    expect(r.texts()).toEqual([[null, '3 days']]);
    expect(r.values()).toEqual([[null, '3 days']]);
  });

  it('reads any range of rows', async () => {
    const r = await read(`SELECT range AS i, range * 2 AS j FROM range(2500)`);
    expect(r.numRows).toBe(2500);
    expect(r.texts(0, 1000)).toHaveLength(1000);
    expect(r.values(2498)).toEqual([
      [2498, 4996],
      [2499, 4998],
    ]);
    expect(r.values(2499, 5000)).toEqual([[2499, 4998]]);
  });
});

describe('decimalText', () => {
  it('puts the point back into an unscaled integer', () => {
    expect(decimalText('125', 2)).toBe('1.25');
    expect(decimalText('-35', 1)).toBe('-3.5');
    expect(decimalText('5', 3)).toBe('0.005');
    expect(decimalText('-5', 3)).toBe('-0.005');
    expect(decimalText('0', 2)).toBe('0.00');
    expect(decimalText('42', 0)).toBe('42');
  });
});
