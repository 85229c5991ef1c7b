import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableToRows, UncastColumnError } from './rows.ts';

describe('tableToRows', () => {
  it('turns an Arrow table into plain objects, keeping nulls', () => {
    const table = tableFromArrays({
      name: ['survival', 'fertility', null],
      n: Int32Array.from([202, 101, 0]),
      share: Float64Array.from([0.5, 0.25, 1]),
    });
    expect(tableToRows(table)).toEqual([
      { name: 'survival', n: 202, share: 0.5 },
      { name: 'fertility', n: 101, share: 0.25 },
      { name: null, n: 0, share: 1 },
    ]);
  });

  it('rejects BIGINT columns, naming the column and the cast to write', () => {
    const table = tableFromArrays({ n: BigInt64Array.from([1n, 2n]) });
    expect(() => tableToRows(table)).toThrow(UncastColumnError);
    expect(() => tableToRows(table)).toThrow('column "n" is BIGINT: cast it in SQL (n::INTEGER or n::DOUBLE)');
  });

  it('returns no rows for an empty result', () => {
    expect(tableToRows(tableFromArrays({ n: new Int32Array(0) }))).toEqual([]);
  });
});
