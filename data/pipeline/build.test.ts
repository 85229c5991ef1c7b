// The whole pipeline: `npm run data` twice gives the same bytes, the committed public/data files are
// what the pipeline builds now, and every file has the columns the app and the engine read.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll, OTHER_FILES, TABLES } from './build.ts';
import { OUT_DIR } from './paths.ts';
import { readParquet } from './read_parquet.ts';

const NAMES = TABLES.map(([name]) => name);
const OTHERS = OTHER_FILES.map(([file]) => file);
let first: string;
let second: string;

beforeAll(async () => {
  first = mkdtempSync(path.join(tmpdir(), 'data-build-a-'));
  second = mkdtempSync(path.join(tmpdir(), 'data-build-b-'));
  await buildAll(first, { includePlan: false });
  await buildAll(second, { includePlan: false });
}, 60_000); // two full builds: seconds alone, much longer on a loaded machine
afterAll(() => {
  rmSync(first, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

describe('npm run data', () => {
  it('writes one Parquet file per table, and the other files', () => {
    expect(readdirSync(first).sort()).toEqual([...NAMES.map((n) => `${n}.parquet`), ...OTHERS].sort());
  });

  it('is deterministic: two builds give identical bytes', () => {
    for (const n of NAMES)
      expect(readFileSync(path.join(first, `${n}.parquet`)).equals(readFileSync(path.join(second, `${n}.parquet`))), n).toBe(true);
    for (const f of OTHERS) expect(readFileSync(path.join(first, f)).equals(readFileSync(path.join(second, f))), f).toBe(true);
  });

  it('matches the committed files in public/data (run `npm run data` after changing the pipeline or data/raw)', () => {
    for (const n of NAMES) {
      const committed = readFileSync(path.join(OUT_DIR, `${n}.parquet`));
      expect(committed.equals(readFileSync(path.join(first, `${n}.parquet`))), `${n}.parquet is stale`).toBe(true);
    }
    for (const f of OTHERS)
      expect(readFileSync(path.join(OUT_DIR, f)).equals(readFileSync(path.join(first, f))), `${f} is stale`).toBe(true);
  });
});

describe('the built files, as the browser reads them (hyparquet)', () => {
  const expected: Record<string, { rows: number; columns: string[] }> = {
    base_population: {
      rows: 202,
      columns: [
        'sex',
        'age',
        'population',
        'population_2022_registry',
        'cohort_2022',
        'survival_1_75y',
        'reverse_survived',
        'scale',
        'method',
      ],
    },
    survival: {
      rows: 202,
      columns: [
        'sex',
        'age',
        'mx',
        'qx',
        'ax',
        'lx',
        'dx',
        'person_years',
        'person_years_above',
        'ex',
        'survival',
        'survival_life_table',
        'mortality_level',
        'birth_survival',
        'source',
      ],
    },
    fertility: { rows: 101, columns: ['age', 'asfr_national_2019', 'shape', 'asfr'] },
    assumptions: { rows: 11, columns: ['key', 'value', 'value_text', 'unit', 'source', 'quote', 'note'] },
    actuals: {
      rows: 537,
      columns: [
        'ref_date',
        'ref_year',
        'date_certain',
        'source',
        'sex',
        'nationality',
        'age_from',
        'age_to',
        'age_label',
        'population',
        'derivation',
        'note',
      ],
    },
    flows_2024: { rows: 14, columns: ['key', 'value', 'unit', 'period', 'label_ja', 'source', 'note'] },
    published_results: {
      rows: 5,
      columns: ['indicator', 'kind', 'year', 'fiscal_year_label', 'value', 'unit', 'label_ja', 'quote', 'source', 'note'],
    },
    migration: { rows: 202, columns: ['sex', 'age', 'in_rate', 'out_rate', 'net_rate', 'base_population', 'method', 'parameters'] },
    registry_history: {
      rows: 210,
      columns: ['year', 'ref_date', 'scope', 'sex', 'population', 'share_65plus_pct', 'age65plus_derived', 'source', 'column_in_source'],
    },
    census_history: {
      rows: 123,
      columns: ['year', 'ref_date', 'status', 'sex', 'age_group', 'population', 'derivation', 'source', 'note'],
    },
    past_outlooks: {
      rows: 191,
      columns: [
        'edition',
        'title_ja',
        'base',
        'base_year',
        'published',
        'year',
        'ref_date',
        'indicator',
        'population',
        'value_type',
        'derivation',
        'source',
      ],
    },
    past_outlook_errors: {
      rows: 12,
      columns: [
        'edition',
        'base',
        'base_year',
        'indicator',
        'horizon_years',
        'target_year',
        'target_date',
        'projected',
        'actual',
        'actual_status',
        'actual_source',
        'error_persons',
        'error_pct',
        'note',
      ],
    },
    neighbourhoods: {
      rows: 139,
      columns: [
        'code',
        'name',
        'name_en',
        'kana',
        'town',
        'chome',
        'households',
        'population',
        'male',
        'female',
        'age0_14',
        'age15_64',
        'age65plus',
        'children_share',
        'aging_rate',
        'median_age',
        'ref_date',
        'source',
      ],
    },
    neighbourhood_population: { rows: 139 * 2 * 101, columns: ['code', 'sex', 'age', 'population'] },
    residual_migration: {
      rows: 66,
      columns: [
        'sex',
        'age_from',
        'age_to',
        'age_label',
        'population_2022',
        'expected_2026',
        'actual_2026',
        'net_migrants',
        'births_survived',
        'years',
        'person_years',
        'net_rate',
        'net_migrants_if_start_2022_09_01',
        'net_migrants_if_start_2022_11_01',
        'start_date_assumed',
        'end_date',
      ],
    },
  };

  it('covers every table', () => {
    expect(Object.keys(expected).sort()).toEqual([...NAMES].sort());
  });

  it.each(Object.entries(expected))('%s has its columns, row count and Snappy compression', async (name, want) => {
    const p = await readParquet(path.join(first, `${name}.parquet`));
    expect(p.columns).toEqual(want.columns);
    expect(p.rows).toHaveLength(want.rows);
    expect(p.codecs).toEqual(['SNAPPY']);
  });

  it('base_population sums to the 2021-01-01 totals by sex and is sorted by sex, age', async () => {
    const { rows } = await readParquet(path.join(first, 'base_population.parquet'));
    const sum = (sex: string) => rows.filter((r) => r.sex === sex).reduce((a, r) => a + (r.population as number), 0);
    expect(sum('male')).toBeCloseTo(275174, 6);
    expect(sum('female')).toBeCloseTo(298330, 6);
    expect(rows.slice(0, 2).map((r) => [r.sex, r.age])).toEqual([
      ['female', 0],
      ['female', 1],
    ]);
  });

  it('fertility sums to 0.99 and survival lies in (0, 1]', async () => {
    const f = await readParquet(path.join(first, 'fertility.parquet'));
    expect(f.rows.reduce((a, r) => a + (r.asfr as number), 0)).toBeCloseTo(0.99, 12);
    const s = await readParquet(path.join(first, 'survival.parquet'));
    s.rows.forEach((r) => {
      expect(r.survival).toBeGreaterThan(0);
      expect(r.survival).toBeLessThanOrEqual(1);
    });
  });
});
