import { describe, expect, it } from 'vitest';
import { project } from '../engine/cohort.ts';
import type { Comparison } from '../engine/compare.ts';
import { prepare } from '../engine/prepare.ts';
import { summary } from '../engine/summary.ts';
import { syntheticInputs } from '../engine/synthetic.ts';
import { SUMMARY_COLUMNS, comparisonTable, projectionJson, toCsv } from './output.ts';

describe('CLI output', () => {
  const result = project(prepare(syntheticInputs()), { horizon: 2030 });
  const rows = summary(result);

  it('writes the JSON document with the population by year, sex and age', () => {
    const doc = JSON.parse(projectionJson(result, rows, 'baseline'));
    expect(doc.scenario.horizon).toBe(2030);
    expect(doc.summary).toHaveLength(10);
    expect(doc.summary[9].births).toBeNull();
    expect(doc.population).toHaveLength(10);
    expect(doc.population[3].year).toBe(2024);
    expect(doc.population[3].female[40]).toBe(result.population[3 * 202 + 101 + 40]);
    expect(
      doc.population[3].male.reduce((s: number, x: number) => s + x, 0) +
        doc.population[3].female.reduce((s: number, x: number) => s + x, 0),
    ).toBeCloseTo(doc.summary[3].total, 6);
  });

  it('writes CSV with a header, empty cells for null, quotes where needed', () => {
    const csv = toCsv(rows.rows, SUMMARY_COLUMNS).trimEnd().split('\n');
    expect(csv[0]).toBe(SUMMARY_COLUMNS.join(','));
    expect(csv).toHaveLength(11);
    expect(csv[10].endsWith(',,,,,,')).toBe(true);
    expect(Number(csv[1].split(',')[1])).toBe(rows.rows[0].total);
    expect(toCsv([{ a: 'x,"y"', b: NaN }], ['a', 'b'])).toBe('a,b\n"x,""y""",\n');
  });

  it('prints comparisons grouped by date and source', () => {
    const row = (over: Partial<Comparison>): Comparison => ({
      ref_date: '2025-01-01',
      source: 's',
      sex: 'total',
      age_label: '0-14',
      age_from: 0,
      age_to: 14,
      actual: 1000,
      projected: 1100,
      error: 100,
      error_pct: 10,
      ...over,
    });
    const text = comparisonTable([
      row({}),
      row({ sex: 'male', actual: 12345, projected: 12000, error: -345, error_pct: -2.7947 }),
      row({ ref_date: '2026-01-01', error: 0.2, error_pct: 0.001 }),
    ]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('2025-01-01  (s)');
    expect(lines[2]).toMatch(/^total {2}0-14 +1,000 +1,100 +\+100 +\+10\.00$/);
    expect(lines[3]).toMatch(/^male {3}0-14 +12,345 +12,000 +−345 +−2\.79$/);
    expect(lines[5]).toBe('2026-01-01  (s)');
    expect(lines[7]).toMatch(/ 0 +0\.00$/);
  });
});
