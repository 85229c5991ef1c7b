import { describe, expect, it } from 'vitest';
import { DataFileError, type DecodedTable } from '../../data/parquet.ts';
import { readRows } from './tables.ts';
import { loadRealPlanTables } from './test-tables.ts';

const table: DecodedTable = {
  file: 'data/t.parquet',
  numRows: 2,
  columns: [
    { name: 'id', type: 'int32', values: Int32Array.from([1, 2]), valid: null },
    { name: 'share', type: 'float64', values: Float64Array.from([0.5, 0]), valid: Uint8Array.from([1, 0]) },
    { name: 'name', type: 'string', values: ['a', null] },
    { name: 'flag', type: 'boolean', values: [true, false] },
  ],
};

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error('expected a DataFileError');
}

describe('readRows', () => {
  it('reads the columns asked for, with NULL where the file has none', () => {
    expect(readRows(table, { id: 'int', share: 'num?', name: 'str?', flag: 'bool' })).toEqual([
      { id: 1, share: 0.5, name: 'a', flag: true },
      { id: 2, share: null, name: null, flag: false },
    ]);
  });

  it('names the file, the column and the row of what it cannot use', () => {
    expect(failure(() => readRows(table, { missing: 'int' }))).toMatch(/^data\/t\.parquet: has no column "missing"/);
    expect(failure(() => readRows(table, { name: 'str' }))).toBe('data/t.parquet: column "name" has a missing value at row 2');
    expect(failure(() => readRows(table, { name: 'int' }))).toBe('data/t.parquet: column "name" is string, expected a number');
    expect(failure(() => readRows(table, { id: 'bool' }))).toBe('data/t.parquet: column "id" is int32, expected boolean');
    const fractional: DecodedTable = {
      ...table,
      columns: [{ name: 'id', type: 'float64', values: Float64Array.from([1, 2.5]), valid: null }],
    };
    expect(failure(() => readRows(fractional, { id: 'int' }))).toBe('data/t.parquet: column "id" row 2: 2.5 is not a whole number');
  });
});

describe('the real plan tables', () => {
  it('read with every column the views use, and agree with the counts the document states', async () => {
    const t = await loadRealPlanTables();
    const parsed = new Map(t.plan_counts.map((c) => [c.subject_en, c.parsed]));
    expect(t.plan_fields.length).toBe(parsed.get('fields'));
    expect(t.plan_policies.length).toBe(parsed.get('policies'));
    expect(t.plan_projects.length).toBe(parsed.get('plan projects'));
    expect(t.plan_placements.length).toBe(parsed.get('project placements'));
    expect(t.sdg_goals.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    // Never guessed: the priority marks are not in our copy of the plan.
    expect(new Set(t.plan_projects.map((p) => `${p.is_priority}/${p.priority_status}`))).toEqual(new Set(['null/not in source']));
  });
});
