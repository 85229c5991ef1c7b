import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from './cohort.ts';
import { prepare } from './prepare.ts';
import { ageSum, summary } from './summary.ts';
import { seededRandom } from './random.ts';
import { randomInputs, syntheticInputs } from './synthetic.ts';
import { AGES, type ProjectionInputs } from './types.ts';

describe('summary', () => {
  it('adds up: groups make the total, natural + social change make the next year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (seed) => {
        const { rows } = summary(project(prepare(randomInputs(seededRandom(seed))), { horizon: 2040 }));
        expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2021 + i));
        rows.forEach((row, i) => {
          expect(row.age0_14 + row.age15_64 + row.age65plus).toBeCloseTo(row.total, 6);
          expect(row.male + row.female).toBeCloseTo(row.total, 6);
          expect(row.aging_rate).toBeCloseTo((100 * row.age65plus) / row.total, 10);
          if (i < rows.length - 1) {
            expect(row.natural_change).toBeCloseTo(row.births! - row.deaths!, 6);
            expect(rows[i + 1].total - row.total).toBeCloseTo(row.natural_change! + row.social_change!, 6);
          } else {
            expect([row.births, row.deaths, row.in_migrants, row.out_migrants, row.natural_change, row.social_change]).toEqual([
              null,
              null,
              null,
              null,
              null,
              null,
            ]);
          }
        });
      }),
      { numRuns: 20 },
    );
  });

  it('finds the peaks and the year they are reached', () => {
    // Nobody dies, is born or moves: the children age into 15–64 and then into 65+, one year at a time.
    const zeros = Array<number>(AGES).fill(0);
    const ones = Array<number>(AGES).fill(1);
    const population = zeros.map((_, a) => (a === 10 ? 100 : a === 40 ? 50 : 0));
    const inputs: ProjectionInputs = {
      baseYear: 2021,
      population: { male: population, female: zeros },
      survival: { male: ones, female: ones },
      birthSurvival: { male: 1, female: 1 },
      fertilityShape: zeros.map((_, a) => (a === 30 ? 1 : 0)),
      tfr: 0,
      srb: 105.1,
      inMigrationRate: { male: zeros, female: zeros },
      outMigrationRate: { male: zeros, female: zeros },
    };
    const { peaks, rows } = summary(project(prepare(inputs)));
    expect(peaks.total).toEqual({ year: 2021, value: 150 }); // constant: the first year
    expect(peaks.age0_14).toEqual({ year: 2021, value: 100 });
    expect(peaks.age15_64).toEqual({ year: 2026, value: 150 }); // the 10-year-olds turn 15
    expect(peaks.age65plus).toEqual({ year: 2046, value: 50 }); // the 40-year-olds turn 65
    expect(peaks.aging_rate).toEqual({ year: 2046, value: 100 / 3 });
    expect(peaks.aging_rate_2065).toBe(100 / 3);
    expect(rows.find((r) => r.year === 2045)?.age15_64).toBe(150);
  });

  it('has no 2065 aging rate before 2065', () => {
    expect(summary(project(prepare(syntheticInputs()), { horizon: 2050 })).peaks.aging_rate_2065).toBeNull();
  });

  it('sums an age range of one sex', () => {
    const result = project(prepare(syntheticInputs()), { horizon: 2030 });
    let manual = 0;
    for (let a = 65; a <= 100; a++) manual += result.population[3 * 202 + 101 + a];
    expect(ageSum(result.population, 3, 1, 65, 100)).toBeCloseTo(manual, 9);
  });
});
