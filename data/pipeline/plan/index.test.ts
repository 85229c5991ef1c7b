import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { buildPlanTables, planRows, type WrittenTable } from './index.ts';
import { PLAN_TABLES, type PlanTableName } from './schema.ts';
import { writeTable } from './write.ts';

let dir: string;
let instance: DuckDBInstance;
let conn: DuckDBConnection;
let written: WrittenTable[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-tables-'));
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  written = await buildPlanTables(conn, dir);
});

afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const read = async (table: PlanTableName) => parquetReadObjects({ file: await asyncBufferFromFile(join(dir, `${table}.parquet`)) });

describe('buildPlanTables', () => {
  it('writes one Parquet file per table, with the rows of planRows()', async () => {
    const rows = planRows();
    expect(written.map((w) => w.table).sort()).toEqual(Object.keys(PLAN_TABLES).sort());
    for (const w of written) {
      const back = await read(w.table);
      expect(back.length, w.table).toBe(rows[w.table].length);
      expect(Object.keys(back[0]), w.table).toEqual(PLAN_TABLES[w.table].columns.map((c) => c.name));
    }
  });

  it('writes Snappy-compressed files that hyparquet reads back value for value', async () => {
    const file = await asyncBufferFromFile(join(dir, 'plan_projects.parquet'));
    const meta = await parquetMetadataAsync(file);
    const codecs = new Set(meta.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)));
    expect([...codecs]).toEqual(['SNAPPY']);
    const projects = await read('plan_projects');
    const expected = planRows().plan_projects;
    expect(projects.map((p) => p.project_id)).toEqual(expected.map((p) => p.project_id));
    const ogikubo = projects.find((p) => p.project_id === 'P055')!;
    expect(ogikubo).toMatchObject({
      name_ja: '(仮称)荻外荘公園の整備',
      placement_count: 2,
      is_priority: null,
      priority_status: 'not in source',
    });
  });

  it('keeps types: booleans, integers, doubles, NULLs', async () => {
    const placements = await read('plan_placements');
    expect(placements.filter((p) => p.is_relisted === true)).toHaveLength(21);
    expect(typeof placements[0].policy_id).toBe('number');
    const indicators = await read('plan_indicators');
    expect(indicators.find((r) => r.field_id === 5)).toMatchObject({
      initial_value: 44.1,
      current_value: 55.9,
      target_fy2030_as_printed: '50.0',
    });
    expect(indicators.find((r) => r.field_id === 1)).toMatchObject({ status: 'not in source', initial_value: null, indicator_ja: null });
    const links = await read('sdg_links');
    expect(links.find((l) => l.level === 'policy')!.project_id).toBeNull();
  });

  it('writes rows in the declared order and leaves the tables queryable in the connection', async () => {
    const links = await read('sdg_links');
    expect(links.map((l) => l.link_id)).toEqual(links.map((_, i) => i + 1));
    const r = await conn.runAndReadAll('SELECT count(*)::INTEGER AS n, count(DISTINCT project_id)::INTEGER AS p FROM plan_placements');
    expect(r.getRowObjectsJson()).toEqual([{ n: 149, p: 128 }]);
  });

  it('is deterministic: a second build writes the same bytes', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'plan-tables-'));
    try {
      await buildPlanTables(conn, dir2);
      for (const table of Object.keys(PLAN_TABLES)) {
        expect(readFileSync(join(dir2, `${table}.parquet`)).equals(readFileSync(join(dir, `${table}.parquet`))), table).toBe(true);
      }
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  });

  it('refuses a row that does not fit the table, before touching the file', async () => {
    const bad = { ...planRows().policy_age_links[0], policy_id: 'fifteen' };
    await expect(writeTable(conn, PLAN_TABLES.policy_age_links, [bad], dir)).rejects.toThrow(/policy_id should be INTEGER/);
    expect((await read('policy_age_links')).length).toBe(planRows().policy_age_links.length);
  });
});
