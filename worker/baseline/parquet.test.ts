import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrom, writeTables } from './fixtures.ts';
import { numberIn, readTable } from './parquet.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('readTable', () => {
  it('reads the asked columns, BIGINT as numbers', async () => {
    const dir = await writeTables({
      't.parquet': {
        columns: { k: 'BIGINT', v: 'DOUBLE', other: 'VARCHAR' },
        rows: [
          [1, 0.5, 'a'],
          [2, 1.5, 'b'],
        ],
      },
    });
    dirs.push(dir);
    const rows = await readTable(await readFrom(dir), 't.parquet', ['k', 'v']);
    expect(rows).toEqual([
      { k: 1, v: 0.5 },
      { k: 2, v: 1.5 },
    ]);
  });

  it('names the file when it cannot be read, with the hint', async () => {
    const missing = async () => {
      throw new Error('HTTP 404');
    };
    await expect(readTable(missing, 'x.parquet', ['a'], 'run the pipeline')).rejects.toThrow(
      'x.parquet could not be read (HTTP 404): run the pipeline',
    );
  });
});

describe('numberIn', () => {
  it('accepts finite numbers only', () => {
    expect(numberIn({ a: 2 }, 'a', 't', 0)).toBe(2);
    expect(() => numberIn({ a: 'x' }, 'a', 't', 4)).toThrow('t row 5: a is "x", not a number');
    expect(() => numberIn({}, 'a', 't', 0)).toThrow('t row 1: a is undefined, not a number');
  });
});
