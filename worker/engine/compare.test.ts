import { describe, expect, it } from 'vitest';
import { project } from './cohort.ts';
import { compareWithActuals, type ActualCount } from './compare.ts';
import { prepare } from './prepare.ts';
import { ageSum } from './summary.ts';
import { syntheticInputs } from './synthetic.ts';

const result = project(prepare(syntheticInputs()), { horizon: 2030 });
const count = (over: Partial<ActualCount>): ActualCount => ({
  ref_date: '2025-01-01',
  source: 'test',
  sex: 'total',
  nationality: 'total',
  age_from: 0,
  age_to: 14,
  age_label: '0-14',
  population: 1000,
  ...over,
});

describe('compareWithActuals', () => {
  it('sums the projection over the same group and sex, error = projected − actual', () => {
    const [row] = compareWithActuals(result, [count({ sex: 'female', age_from: 65, age_to: null, age_label: '65+', population: 60000 })]);
    const projected = ageSum(result.population, 4, 1, 65, 100);
    expect(row.projected).toBeCloseTo(projected, 9);
    expect(row.error).toBeCloseTo(projected - 60000, 9);
    expect(row.error_pct).toBeCloseTo((100 * (projected - 60000)) / 60000, 9);
  });

  it('adds both sexes for total and caps groups at 100+', () => {
    const [total] = compareWithActuals(result, [count({ ref_date: '2026-01-01', age_from: 95, age_to: 120, age_label: '95+' })]);
    expect(total.projected).toBeCloseTo(ageSum(result.population, 5, 0, 95, 100) + ageSum(result.population, 5, 1, 95, 100), 9);
  });

  it('leaves out rows split by nationality', () => {
    expect(compareWithActuals(result, [count({ nationality: 'japanese' }), count({})])).toHaveLength(1);
  });

  it('rejects dates the projection does not report', () => {
    expect(() => compareWithActuals(result, [count({ ref_date: '2025-10-01' })])).toThrow('ref_date 2025-10-01 is not a Jan 1');
    expect(() => compareWithActuals(result, [count({ ref_date: '2040-01-01' })])).toThrow(
      "ref_date 2040-01-01 is outside the projection's years 2021–2030",
    );
    expect(() => compareWithActuals(result, [count({ age_from: 20, age_to: 10, age_label: 'x' })])).toThrow(
      'age group x (20–10) is not within 0–100+',
    );
  });
});
