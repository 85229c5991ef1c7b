import { describe, expect, it } from 'vitest';
import { basePopulationRows, cohortIn2022 } from './base_population.ts';
import { loadIntroShares2021, loadRegistryTotals2021 } from './sources.ts';

const rows = basePopulationRows();
const totals = loadRegistryTotals2021();
const sum = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((a, r) => a + r.population, 0);

describe('base_population (derived 2021-01-01)', () => {
  it('has 202 rows (sex × ages 0..100), all positive', () => {
    expect(rows).toHaveLength(202);
    expect(rows.filter((r) => r.sex === 'male').map((r) => r.age)).toEqual(Array.from({ length: 101 }, (_, i) => i));
    rows.forEach((r) => expect(r.population).toBeGreaterThan(0));
  });

  it('sums to the 2021-01-01 registry totals by sex', () => {
    expect(sum((r) => r.sex === 'male')).toBeCloseTo(totals.male, 6);
    expect(sum((r) => r.sex === 'female')).toBeCloseTo(totals.female, 6);
  });

  it('interpolates cohorts 1.75 years back: 0.25·P(a+1) + 0.75·P(a+2); 100+ = 0.25·P(101) + P(102…)', () => {
    const p = Array.from({ length: 122 }, (_, a) => a + 1);
    expect(cohortIn2022(p, 10)).toBe(0.25 * 12 + 0.75 * 13);
    expect(cohortIn2022(p, 100)).toBe(0.25 * 102 + p.slice(102).reduce((a, b) => a + b, 0));
  });

  it('reverse-survives: more people than the shifted 2022 counts, most of all at old ages', () => {
    rows.forEach((r) => {
      expect(r.survival_1_75y).toBeGreaterThan(0);
      expect(r.survival_1_75y).toBeLessThanOrEqual(1);
      expect(r.reverse_survived).toBeCloseTo(r.cohort_2022 / r.survival_1_75y, 9);
    });
    const gain = (from: number) => rows.filter((r) => r.age >= from).reduce((a, r) => a + r.reverse_survived - r.cohort_2022, 0);
    expect(gain(65)).toBeGreaterThan(0.8 * gain(0));
  });

  it('is labelled an approximation on every row', () => {
    rows.forEach((r) => expect(r.method).toMatch(/^approximation/));
  });

  it("has age shares near the ward's 2021-04-01 figures (a check, not a fit): within 1 point", () => {
    const intro = loadIntroShares2021();
    const all = sum(() => true);
    expect(Math.abs((100 * sum((r) => r.age < 15)) / all - intro.share0_14)).toBeLessThan(1);
    expect(Math.abs((100 * sum((r) => r.age >= 15 && r.age < 65)) / all - intro.share15_64)).toBeLessThan(1);
    expect(Math.abs((100 * sum((r) => r.age >= 65)) / all - intro.share65plus)).toBeLessThan(1);
  });
});
