import { describe, expect, it } from 'vitest';
import { AGES, CELLS_PER_YEAR } from '../../../worker/engine/types.ts';
import { ageOn1January, groupOf, readCohort, roundAbout } from './cohort.ts';

/** A fake projection 2021–2030 where the count at (year, sex, age) encodes year and age. */
function fake(baseYear = 2021, horizon = 2030) {
  const years = horizon - baseYear + 1;
  const population = new Float64Array(years * CELLS_PER_YEAR);
  for (let y = 0; y < years; y++) {
    for (let a = 0; a < AGES; a++) {
      population[y * CELLS_PER_YEAR + a] = 1000 + a; // men
      population[y * CELLS_PER_YEAR + AGES + a] = 10 * y; // women
    }
  }
  return { baseYear, horizon, population };
}

describe('my generation (born=…)', () => {
  it('ages a birth cohort on 1 January: born 1985 → 54 on 1 Jan 2040', () => {
    expect(ageOn1January(1985, 2040)).toBe(54);
    expect(groupOf(14)).toBe('age0_14');
    expect(groupOf(15)).toBe('age15_64');
    expect(groupOf(65)).toBe('age65plus');
  });

  it("reads the cohort's row in the year shown and in the base year", () => {
    const p = fake();
    const r = readCohort(p, 1985, 2030)!;
    expect(r).toMatchObject({ kind: 'age', age: 44, row: 44, group: 'age15_64' });
    if (r.kind === 'not-born') throw new Error('born');
    expect(r.count).toBe(1000 + 44 + 10 * 9);
    expect(r.reference).toEqual({ year: 2021, count: 1000 + 35 + 0 });
    // the cohort moves up one row a year
    expect((readCohort(p, 1985, 2025) as { row: number }).row).toBe(39);
  });

  it('says when a cohort is not born yet, compares the newly born with their first year, and treats 100+ as one group', () => {
    const p = fake();
    expect(readCohort(p, 2026, 2024)).toEqual({ kind: 'not-born', year: 2024, born: 2026, firstYear: 2027 });
    const baby = readCohort(p, 2026, 2030)!;
    expect(baby).toMatchObject({ kind: 'age', age: 3, reference: { year: 2027, count: 1000 + 0 + 60 } });
    const old = readCohort(p, 1925, 2030)!;
    expect(old).toMatchObject({ kind: 'open', age: 104, row: 100, reference: null, group: 'age65plus' });
    expect(readCohort(p, 1985, 2031)).toBeNull(); // after the horizon
  });

  it('rounds "about" counts', () => {
    expect(roundAbout(6912)).toBe(6900);
    expect(roundAbout(456)).toBe(460);
    expect(roundAbout(42.4)).toBe(42);
  });
});
