import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineTables, writeTables, type Table } from '../baseline/fixtures.ts';
import { project } from '../engine/cohort.ts';
import { prepare } from '../engine/prepare.ts';
import { ageSum } from '../engine/summary.ts';
import { syntheticInputs } from '../engine/synthetic.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-actuals-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'worker/cli/actuals.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
// Counts shaped like public/data/actuals.parquet: Jan 1 registry rows, a nationality split and an October date.
const actuals: Table = {
  columns: {
    ref_date: 'VARCHAR',
    source: 'VARCHAR',
    sex: 'VARCHAR',
    nationality: 'VARCHAR',
    age_from: 'INTEGER',
    age_to: 'INTEGER',
    age_label: 'VARCHAR',
    population: 'DOUBLE',
  },
  rows: [
    ['2025-01-01', 'registry 2025', 'male', 'total', 0, 14, '0-14', 30000],
    ['2025-01-01', 'registry 2025', 'total', 'total', 65, null, '65+', 120000],
    ['2026-01-01', 'registry 2026', 'female', 'total', 95, 99, '95-99', 2000],
    ['2026-01-01', 'registry 2026', 'female', 'japanese', 95, 99, '95-99', 1900],
    ['2022-10-01', 'census-like', 'total', 'total', 0, null, 'total', 570000],
  ],
};
let data = '';
let noMigration = '';

beforeAll(async () => {
  const tables = { ...baselineTables(), 'actuals.parquet': actuals };
  data = await writeTables(tables, mkdtempSync(path.join(tmp, 'data-')));
  delete (tables as Record<string, Table>)['migration.parquet'];
  noMigration = await writeTables(tables, mkdtempSync(path.join(tmp, 'nomig-')));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run actuals', () => {
  it('compares the baseline with each Jan 1 count of nationality total', () => {
    const r = run('--data', data, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { age_label: string }) => x.age_label)).toEqual(['0-14', '65+', '95-99']);
    const result = project(prepare(syntheticInputs()));
    const expected = [
      ageSum(result.population, 4, 0, 0, 14),
      ageSum(result.population, 4, 0, 65, 100) + ageSum(result.population, 4, 1, 65, 100),
      ageSum(result.population, 5, 1, 95, 99),
    ];
    rows.forEach((row: { projected: number; actual: number; error: number; error_pct: number }, i: number) => {
      expect(row.projected).toBeCloseTo(expected[i], 6);
      expect(row.error).toBeCloseTo(expected[i] - row.actual, 6);
      expect(row.error_pct).toBeCloseTo((100 * (expected[i] - row.actual)) / row.actual, 6);
    });
  });

  it('prints a table by default', () => {
    const r = run('--data', data);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2025-01-01 {2}\(registry 2025\)\nsex +age +actual +projected +error +error %\nmale +0-14 +30,000 /);
  });

  it('fails clearly while migration.parquet is missing', () => {
    const r = run('--data', noMigration);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^actuals: migration.parquet could not be read \(no such file in .*\): the migration rates come from the calibration/,
    );
  });

  it('rejects unknown flags', () => {
    const r = run('--data', data, '--verbose');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('actuals: unknown flag --verbose (known: --scenario, --format, --data)\n');
  });
});
