// Every example query runs on DuckDB-WASM with the real tables and a real projection, in both
// languages, and answers what its label says.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpec } from './chart-spec.ts';
import { EXAMPLES } from './examples.ts';
import { projectionTables } from './projection-tables.ts';
import { readResult, type ReadResult } from './result.ts';
import { openTestDatabase, type TestDatabase } from './test-duckdb.ts';
import { realProjection } from './test-projection.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  for (const [name, table] of projectionTables(await realProjection({ tfr: 1.5 }), await realProjection())) db.insert(name, table);
}, 60_000); // every table of public/data goes into DuckDB-WASM: slow on a loaded machine

const run = (id: string, lang: 'ja' | 'en' = 'ja'): ReadResult => readResult(db.queryArrow(EXAMPLES.find((e) => e.id === id)!.sql(lang)));
const one = (sql: string) => readResult(db.queryArrow(sql)).values()[0];

describe('example queries', () => {
  it('are well formed: unique ids, a label in each language, SQL that starts with a comment in that language', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) {
      expect(e.label.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(e.label.en).toMatch(/^[\x20-\x7e’–]+$/);
      expect(e.sql('ja')).toMatch(/^-- .*[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(e.sql('en')).toMatch(/^-- [\x20-\x7e’–]+\n/);
    }
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`each runs and returns rows (${lang})`, () => {
      for (const e of EXAMPLES) expect(run(e.id, lang).numRows, e.id).toBeGreaterThan(0);
    });
  }

  it('pyramid: 21 five-year groups that add up to the base population, drawn as bars', () => {
    const r = run('pyramid');
    expect(r.numRows).toBe(21);
    const rows = r.values();
    expect(rows[0][0]).toBe(0);
    expect(rows[20][0]).toBe(100);
    const [male, female] = one(
      `SELECT sum(population) FILTER (WHERE sex = 'male'), sum(population) FILTER (WHERE sex = 'female') FROM base_population`,
    ) as number[];
    expect(rows.reduce((s, row) => s + (row[1] as number), 0)).toBeCloseTo(male, -2);
    expect(rows.reduce((s, row) => s + (row[2] as number), 0)).toBeCloseTo(female, -2);
    expect(chartSpec(r.columns, rows)).toMatchObject({ x: 'age_from', xKind: 'number', series: ['male', 'female'], suggested: 'bar' });
  });

  it('published: every row of published_results', () => {
    expect(run('published').numRows).toBe(one('SELECT count(*)::INTEGER FROM published_results')[0]);
  });

  it('trend: every projected year, drawn as lines', () => {
    const r = run('trend');
    expect(r.numRows).toBe(2065 - 2021 + 1);
    expect(chartSpec(r.columns, r.values())).toMatchObject({ xKind: 'year', series: ['scenario', 'baseline'], suggested: 'line' });
  });

  it('groups2065: total and the three age groups, the scenario (TFR 1.5) above the baseline in total', () => {
    const rows = run('groups2065').values();
    expect(rows.map((r) => r[0])).toEqual(['total', 'age0_14', 'age15_64', 'age65plus']);
    const [total, baseline] = one(
      `SELECT round(s.total), round(b.total) FROM scenario_summary s JOIN baseline_summary b USING (year) WHERE year = 2065`,
    ) as number[];
    expect(rows[0].slice(1)).toEqual([total, baseline, total - baseline]); // the difference of the numbers shown
    expect(rows[0][3] as number).toBeGreaterThan(0);
    expect(rows[3][3]).toBe(0); // the over-65s of 2065 were born before 2001: fertility does not touch them
  });

  it('fields: the 8 fields, their listings adding up to every placement', () => {
    const r = run('fields', 'en');
    expect(r.numRows).toBe(8);
    expect(r.columns.map((c) => c.sqlType)).toEqual(['INTEGER', 'VARCHAR', 'BIGINT', 'BIGINT']); // counts are not cast: the console reads them
    const rows = r.values();
    expect(rows.reduce((s, row) => s + (row[2] as number), 0)).toBe(one('SELECT count(*)::INTEGER FROM plan_placements')[0]);
    expect(rows[0][1]).toBe('Disaster preparedness and crime prevention');
  });

  it('sdgs: all 17 goals, the links adding up to every link', () => {
    const rows = run('sdgs').values();
    expect(rows).toHaveLength(17);
    expect(rows.reduce((s, row) => s + (row[2] as number), 0)).toBe(one('SELECT count(*)::INTEGER FROM sdg_links')[0]);
  });
});
