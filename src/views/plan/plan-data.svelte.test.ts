import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../data/catalog.svelte.ts';
import { DataFileError, type DecodedTable } from '../../data/parquet.ts';
import { PlanData } from './plan-data.svelte.ts';

const fields: DecodedTable = {
  file: 'data/plan_fields.parquet',
  numRows: 1,
  columns: [
    { name: 'field_id', type: 'int32', values: Int32Array.from([1]), valid: null },
    ...['name_ja', 'name_en', 'future_image_ja', 'future_image_en', 'color'].map((name) => ({
      name,
      type: 'string' as const,
      values: ['x'],
    })),
    ...['policy_count', 'placement_count', 'project_count'].map((name) => ({
      name,
      type: 'int32' as const,
      values: Int32Array.from([1]),
      valid: null,
    })),
  ],
};

/** A catalog whose tables resolve when the test says so. */
function fakeCatalog() {
  const pending = new Map<string, { resolve: (t: DecodedTable) => void; reject: (e: unknown) => void }>();
  const catalog = {
    table: (name: string) => new Promise<DecodedTable>((resolve, reject) => pending.set(name, { resolve, reject })),
  } as unknown as Catalog;
  return { catalog, pending };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('PlanData', () => {
  it('is loading until every table a view needs is read, then ready with typed rows', async () => {
    const { catalog, pending } = fakeCatalog();
    const data = new PlanData(catalog);
    expect(data.need('plan_fields')).toEqual({ status: 'loading' });
    pending.get('plan_fields')!.resolve(fields);
    await tick();
    const got = data.need('plan_fields');
    expect(got.status).toBe('ready');
    if (got.status === 'ready') expect(got.rows.plan_fields[0]).toMatchObject({ field_id: 1, name_ja: 'x', color: 'x' });
    expect(data.need('plan_fields', 'sdg_links')).toEqual({ status: 'loading' });
    expect(data.rows('sdg_links')).toBeNull();
  });

  it('asks the catalog for a table only when something reads it, and once', () => {
    const { catalog } = fakeCatalog();
    const asked: string[] = [];
    const table = catalog.table.bind(catalog);
    const counting = { table: (name: Parameters<Catalog['table']>[0]) => (asked.push(name), table(name)) } as unknown as Catalog;
    const data = new PlanData(counting);
    expect(asked).toEqual([]);
    data.need('plan_fields', 'plan_policies');
    data.rows('plan_counts');
    data.need('plan_fields');
    data.result('plan_counts');
    expect(asked.sort()).toEqual(['plan_counts', 'plan_fields', 'plan_policies']);
  });

  it('fails a view on the first broken table it needs, naming the file, and leaves the other views alone', async () => {
    const { catalog, pending } = fakeCatalog();
    const data = new PlanData(catalog);
    data.need('plan_fields', 'sdg_links');
    data.need('plan_periods');
    pending.get('plan_fields')!.resolve(fields);
    pending.get('sdg_links')!.reject(new DataFileError('data/sdg_links.parquet', 'damaged Parquet data'));
    // A file that decodes but lacks a column the view reads.
    pending.get('plan_periods')!.resolve({ ...fields, file: 'data/plan_periods.parquet' });
    await tick();
    expect(data.need('plan_fields', 'sdg_links')).toEqual({ status: 'error', reason: 'data/sdg_links.parquet: damaged Parquet data' });
    expect(data.need('plan_periods')).toEqual({
      status: 'error',
      reason:
        'data/plan_periods.parquet: has no column "period_id" (columns: field_id, name_ja, name_en, future_image_ja, future_image_en, color, policy_count, placement_count, project_count)',
    });
    expect(data.need('plan_fields').status).toBe('ready');
  });

  it('answers a view with the same object until a table it needs changes, whatever other tables do', async () => {
    const { catalog, pending } = fakeCatalog();
    const data = new PlanData(catalog);
    const loading = data.need('plan_fields', 'plan_policies');
    for (const other of ['sdg_links', 'plan_periods', 'plan_counts'] as const) data.result(other);
    pending.get('sdg_links')!.reject(new DataFileError('data/sdg_links.parquet', 'damaged Parquet data'));
    pending.get('plan_periods')!.resolve({ ...fields, file: 'data/plan_periods.parquet' });
    await tick();
    expect(data.need('plan_fields', 'plan_policies')).toBe(loading); // two other tables came (one broken)
    pending.get('plan_fields')!.resolve(fields);
    await tick();
    const alone = data.need('plan_fields');
    expect(alone.status).toBe('ready');
    expect(data.need('plan_fields', 'plan_policies')).toEqual({ status: 'loading' });
    pending.get('plan_counts')!.resolve({ ...fields, file: 'data/plan_counts.parquet' });
    await tick();
    expect(data.need('plan_fields')).toBe(alone);
    expect(data.result('plan_counts').status).toBe('error'); // it came, with columns it lacks
  });
});
