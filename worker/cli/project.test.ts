import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineTables, writeTables } from '../baseline/fixtures.ts';
import { prepare } from '../engine/prepare.ts';
import { project } from '../engine/cohort.ts';
import { summary } from '../engine/summary.ts';
import { syntheticInputs } from '../engine/synthetic.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-project-'));
const file = (name: string, text: string) => {
  writeFileSync(path.join(tmp, name), text);
  return path.join(tmp, name);
};
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'worker/cli/project.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const example = path.join(root, 'docs/examples/inputs.json');
let data = '';
let noMigration = '';

beforeAll(async () => {
  const tables = baselineTables();
  data = await writeTables(tables, mkdtempSync(path.join(tmp, 'data-')));
  delete tables['migration.parquet'];
  noMigration = await writeTables(tables, mkdtempSync(path.join(tmp, 'nomig-')));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run project', () => {
  it('projects the baseline of a data directory under a scenario file, as JSON', () => {
    const scenario = {
      tfr: [
        [2021, 0.99],
        [2030, 1.8],
        [2040, 2.07],
      ],
      mortalityDecline: 0.5,
      horizon: 2050,
    };
    const r = run('--data', data, '--scenario', file('s.json', JSON.stringify(scenario)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const expected = summary(project(prepare(syntheticInputs()), scenario));
    expect(doc.scenario).toMatchObject(scenario);
    expect(doc.summary).toHaveLength(30);
    expect(doc.summary[29].total).toBeCloseTo(expected.rows[29].total, 6);
    expect(doc.peaks.total).toEqual(expected.peaks.total);
    expect(doc.population[0].male).toEqual(syntheticInputs().population.male);
  });

  it('projects explicit inputs and writes CSV to a file', () => {
    const out = path.join(tmp, 'out.csv');
    const r = run('--inputs', example, '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^year,total,male,female,age0_14,age15_64,age65plus,aging_rate,births,deaths/);
    expect(lines).toHaveLength(1 + 45);
    expect(lines[1].startsWith('2021,200130,')).toBe(true);
  });

  it('writes the bands with --fan: one row per year and quantity, the same for a seed, other for another', () => {
    const scenario = file('fan.json', JSON.stringify({ tfr: 1.3, horizon: 2040 }));
    const a = run('--data', data, '--fan', '200', '--seed', '7', '--format', 'csv', '--scenario', scenario);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const lines = a.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('year,quantity,p2_5,p10,p50,p90,p97_5');
    expect(lines).toHaveLength(1 + 20 * 5);
    expect(lines.slice(1, 6).map((l) => l.split(',')[1])).toEqual(['total', 'age0_14', 'age15_64', 'age65plus', 'aging_rate']);
    expect(lines.at(-1)).toMatch(/^2040,aging_rate,/);
    for (const line of lines.slice(6)) {
      const [p2, p10, p50, p90, p97] = line.split(',').slice(2).map(Number);
      expect(p2 <= p10 && p10 <= p50 && p50 <= p90 && p90 <= p97 && p2 < p97).toBe(true);
    }
    // The scenario is the centre: its 2040 total lies inside the 80 % band.
    const expected = summary(project(prepare(syntheticInputs()), { tfr: 1.3, horizon: 2040 })).rows.at(-1)!.total;
    const total2040 = lines
      .find((l) => l.startsWith('2040,total,'))!
      .split(',')
      .slice(2)
      .map(Number);
    expect(total2040[1]).toBeLessThan(expected);
    expect(total2040[3]).toBeGreaterThan(expected);
    expect(run('--data', data, '--fan', '200', '--seed', '7', '--format', 'csv', '--scenario', scenario).stdout).toBe(a.stdout);
    expect(run('--data', data, '--fan', '200', '--seed', '8', '--format', 'csv', '--scenario', scenario).stdout).not.toBe(a.stdout);
    const json = JSON.parse(run('--data', data, '--fan', '200', '--seed', '7', '--scenario', scenario).stdout);
    expect(json.rows[5]).toEqual(
      Object.fromEntries(
        ['year', 'quantity', 'p2_5', 'p10', 'p50', 'p90', 'p97_5'].map((k, i) => [
          k,
          i < 2 ? [2022, 'total'][i] : Number(lines[6].split(',')[i]),
        ]),
      ),
    );
  });

  it('--compare: per year A, B, A − B and A ÷ B (影響度) of the total, age groups and aging rate, as CSV', () => {
    const a = { tfr: 0.99, horizon: 2045 };
    const b = {
      tfr: [
        [2030, 1.8],
        [2040, 2.07],
      ],
      inMigration: 0,
    };
    const r = run(
      '--data',
      data,
      '--scenario',
      file('a.json', JSON.stringify(a)),
      '--compare',
      file('b.json', JSON.stringify(b)),
      '--format',
      'csv',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'year,total_a,total_b,total_difference,total_ratio,age0_14_a,age0_14_b,age0_14_difference,age0_14_ratio,' +
        'age15_64_a,age15_64_b,age15_64_difference,age15_64_ratio,age65plus_a,age65plus_b,age65plus_difference,age65plus_ratio,' +
        'aging_rate_a,aging_rate_b,aging_rate_difference,aging_rate_ratio',
    );
    expect(lines).toHaveLength(1 + 25); // 2021–2045: B takes A's horizon
    const inputs = prepare(syntheticInputs());
    const ra = summary(project(inputs, a)).rows;
    const rb = summary(project(inputs, { ...b, horizon: 2045 })).rows;
    const header = lines[0].split(',');
    const last = Object.fromEntries(
      lines
        .at(-1)!
        .split(',')
        .map((v, i) => [header[i], Number(v)]),
    );
    expect(last.year).toBe(2045);
    expect(last.total_a).toBeCloseTo(ra[24].total, 6);
    expect(last.total_b).toBeCloseTo(rb[24].total, 6);
    expect(last.total_difference).toBeCloseTo(ra[24].total - rb[24].total, 6);
    expect(last.total_ratio).toBeCloseTo(ra[24].total / rb[24].total, 12);
    expect(last.aging_rate_difference).toBeCloseTo(ra[24].aging_rate - rb[24].aging_rate, 9);
  });

  it('--compare refuses a B with another horizon, naming the file', () => {
    const r = run('--data', data, '--compare', file('b2040.json', '{"horizon": 2040}'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^project: compare file .*b2040.json: horizon 2040 differs from A's 2065/);
  });

  it('prints usage for --help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run project --/);
  });

  it.each([
    [
      ['--scenaro', 'x.json'],
      /^project: unknown flag --scenaro \(known: --scenario, --compare, --inputs, --format, --out, --data, --fan, --seed, --help\)\n$/,
    ],
    [['--fan', 'many'], /^project: --fan many must be a whole number from 2 to 100000\n$/],
    [['--fan', '100', '--seed', '1.5'], /^project: --seed 1.5 must be a whole number from 0 to 4294967295\n$/],
    [['--seed', '3'], /^project: --seed needs --fan/],
    [['--format', 'xml'], /^project: --format xml is not one of json, csv\n$/],
    [['--scenario', '/no/such/file.json'], /^project: cannot read scenario file \/no\/such\/file.json: no such file\n$/],
    [['--inputs', 'BROKEN'], /^project: inputs file .*broken.json is not valid JSON: /],
    [['--inputs', 'SHORT'], /^project: inputs file .*short.json: population.male must have 101 numbers \(ages 0..99 and 100\+\), got 3\n$/],
    [['--inputs', 'EXAMPLE', '--scenario', 'BAD_SCENARIO'], /^project: scenario file .*bad.json: tfr 5 is out of range: allowed 0–3\n$/],
    [['--inputs', 'EXAMPLE', '--scenario', 'UNKNOWN'], /^project: scenario file .*unknown.json: unknown scenario parameter "fertility"/],
    [
      ['--data', 'NO_MIGRATION'],
      /^project: migration.parquet could not be read \(no such file in .*\): the migration rates come from the calibration/,
    ],
    [['--inputs', 'EXAMPLE', '--out', '/no/such/dir/out.json'], /^project: cannot write \/no\/such\/dir\/out.json: ENOENT\n$/],
  ])('exits with 2 and one line for %j', (args, message) => {
    const replace: Record<string, () => string> = {
      BROKEN: () => file('broken.json', '{"baseYear": 2021,'),
      SHORT: () =>
        file('short.json', JSON.stringify({ ...JSON.parse(readFileSync(example, 'utf8')), population: { male: [1, 2, 3], female: [] } })),
      EXAMPLE: () => example,
      BAD_SCENARIO: () => file('bad.json', '{"tfr": 5}'),
      UNKNOWN: () => file('unknown.json', '{"fertility": 1.2}'),
      NO_MIGRATION: () => noMigration,
    };
    const r = run(...args.map((a) => replace[a]?.() ?? a));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
