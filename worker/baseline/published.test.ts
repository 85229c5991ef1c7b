// Acceptance test of the calibration (issue 2): the baseline as shipped in public/data/ (plan defaults:
// TFR 0.99, SRB 105.1, no mortality change, migration multipliers 1), projected by the engine, must
// come close to the plan's published results, with a plausible migration schedule. Targets are read
// from published_results.parquet (the plan's text); the tolerances are the criteria.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFromDirectory } from '../cli/files.ts';
import { prepare, project, summary, type ProjectionSummary } from '../engine/index.ts';
import { loadBaselineInputs } from './load.ts';
import { readTable, type Row } from './parquet.ts';

const DATA = path.resolve(import.meta.dirname, '../../public/data');
const PARAMETERS_CSV = path.resolve(import.meta.dirname, '../../data/calibration/fitted_parameters.csv');
const read = readFromDirectory(DATA);

/** The acceptance criteria. */
const CRITERIA = {
  peakValue: 0.015,
  peakYear: { total: 2, age0_14: 1, age15_64: 2, age65plus: 2 } as Record<string, number>,
  agingRatePoints: 0.5,
  maxNetRate: 0.15,
  minNetRate: -0.05,
  netTotal: [1000, 4000],
  netTotalYears: [2021, 2029],
  maxFittedParameters: 6,
};

let s: ProjectionSummary;
let published: Row[];
let migration: Row[];

beforeAll(async () => {
  const inputs = await loadBaselineInputs(read);
  const result = project(prepare(inputs), {});
  expect(result.scenario).toMatchObject({ tfr: 0.99, srb: 105.1, mortalityDecline: 0, inMigration: 1, outMigration: 1, horizon: 2065 });
  s = summary(result);
  published = await readTable(read, 'published_results.parquet', ['indicator', 'kind', 'year', 'value']);
  migration = await readTable(read, 'migration.parquet', ['sex', 'age', 'in_rate', 'out_rate', 'net_rate']);
});

describe("baseline vs the plan's published results", () => {
  it('reads the five published results', () => {
    expect(published.map((r) => r.indicator).sort()).toEqual(['age0_14', 'age15_64', 'age65plus', 'aging_rate', 'total']);
  });

  it.each(['total', 'age0_14', 'age15_64', 'age65plus'])('%s: peak within 1.5 % and its year within tolerance', (indicator) => {
    const target = published.find((r) => r.indicator === indicator) as Row;
    const peak = s.peaks[indicator as 'total'];
    const error = peak.value / (target.value as number) - 1;
    expect(Math.abs(error), `${indicator} peak ${peak.value.toFixed(0)} vs ${target.value}`).toBeLessThanOrEqual(CRITERIA.peakValue);
    expect(Math.abs(peak.year - (target.year as number)), `${indicator} peak year ${peak.year} vs ${target.year}`).toBeLessThanOrEqual(
      CRITERIA.peakYear[indicator],
    );
  });

  it('aging rate in 2065 within 0.5 percentage points of the plan', () => {
    const target = published.find((r) => r.indicator === 'aging_rate') as Row;
    expect(target.year).toBe(2065);
    const row = s.rows.find((r) => r.year === target.year);
    expect(Math.abs((row?.aging_rate ?? NaN) - (target.value as number))).toBeLessThanOrEqual(CRITERIA.agingRatePoints);
    expect(s.peaks.aging_rate_2065).toBe(row?.aging_rate);
  });
});

describe('the calibrated migration schedule is plausible', () => {
  it('has no single-age net rate above +15 % or below −5 % a year, and in − out = net', () => {
    expect(migration).toHaveLength(202);
    for (const r of migration) {
      const net = r.net_rate as number;
      expect(net).toBeLessThanOrEqual(CRITERIA.maxNetRate);
      expect(net).toBeGreaterThanOrEqual(CRITERIA.minNetRate);
      expect((r.in_rate as number) - (r.out_rate as number)).toBeCloseTo(net, 12);
    }
  });

  it('is smooth in age: neighbouring ages differ by less than 2 percentage points', () => {
    for (const sex of ['male', 'female']) {
      const net = migration
        .filter((r) => r.sex === sex)
        .sort((a, b) => (a.age as number) - (b.age as number))
        .map((r) => r.net_rate as number);
      for (let a = 1; a < net.length; a++) expect(Math.abs(net[a] - net[a - 1]), `${sex} ${a - 1}→${a}`).toBeLessThan(0.02);
    }
  });

  it('gives 1,000–4,000 net migrants a year in 2021–2029', () => {
    const years = s.rows.filter((r) => r.year >= CRITERIA.netTotalYears[0] && r.year <= CRITERIA.netTotalYears[1]);
    expect(years).toHaveLength(9);
    for (const r of years) {
      expect(r.social_change, `${r.year}`).toBeGreaterThanOrEqual(CRITERIA.netTotal[0]);
      expect(r.social_change, `${r.year}`).toBeLessThanOrEqual(CRITERIA.netTotal[1]);
    }
  });

  it('comes from at most six fitted parameters', () => {
    const lines = readFileSync(PARAMETERS_CSV, 'utf8').trim().split('\n').slice(1);
    const fitted = lines.filter((l) => /,(true|false),/.exec(l)?.[1] === 'true');
    expect(fitted.length).toBeGreaterThan(0);
    expect(fitted.length).toBeLessThanOrEqual(CRITERIA.maxFittedParameters);
  });

  it("projects deaths in 2024 within 5 % of the registry's (the check on the calibrated mortality level)", async () => {
    const flows = await readTable(read, 'flows_2024.parquet', ['key', 'value']);
    const deaths = flows.find((r) => r.key === 'deaths')?.value as number;
    const projected = s.rows.find((r) => r.year === 2024)?.deaths as number;
    expect(Math.abs(projected / deaths - 1)).toBeLessThanOrEqual(0.05);
  });
});
