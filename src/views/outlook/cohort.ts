// "My generation": where the people born in one year are in the pyramid of the year shown. The projection's
// populations are on 1 January, so on 1 January of year Y those born in year B are Y − B − 1 years old (and
// turn Y − B during the year); ages 100 and over are one open group. Pure: the pyramid's layer and the
// sentence under it both read this.
import { AGES, CELLS_PER_YEAR } from '../../../worker/engine/types.ts';

export type AgeGroup = 'age0_14' | 'age15_64' | 'age65plus';

export type CohortReading =
  | { readonly kind: 'not-born'; readonly year: number; readonly born: number; readonly firstYear: number }
  | {
      readonly kind: 'age' | 'open';
      readonly year: number;
      readonly born: number;
      /** Completed years on 1 January of `year` (open: the real age, though counted in 100+). */
      readonly age: number;
      /** The row of the pyramid (0–100; 100 = 100+). */
      readonly row: number;
      /** Men + women in that row, from the projection. */
      readonly count: number;
      /** The same cohort in its first year in the projection (the base year, or the year after its birth). */
      readonly reference: { readonly year: number; readonly count: number } | null;
      readonly group: AgeGroup;
    };

export interface PopulationByYear {
  readonly baseYear: number;
  readonly horizon: number;
  /** year × sex × age, as the worker sends it. */
  readonly population: ArrayLike<number>;
}

/** Age on 1 January of `year` of people born in `born`. */
export const ageOn1January = (born: number, year: number) => year - born - 1;

export function groupOf(age: number): AgeGroup {
  return age < 15 ? 'age0_14' : age < 65 ? 'age15_64' : 'age65plus';
}

function countAt(p: PopulationByYear, year: number, row: number): number {
  const start = (year - p.baseYear) * CELLS_PER_YEAR;
  return p.population[start + row] + p.population[start + AGES + row];
}

/** The cohort born in `born`, in the year shown (null when the year is outside the projection). */
export function readCohort(p: PopulationByYear, born: number, year: number): CohortReading | null {
  if (year < p.baseYear || year > p.horizon) return null;
  const age = ageOn1January(born, year);
  if (age < 0) return { kind: 'not-born', year, born, firstYear: born + 1 };
  const row = Math.min(age, AGES - 1);
  const refYear = Math.max(p.baseYear, born + 1);
  const refRow = Math.min(ageOn1January(born, refYear), AGES - 1);
  const open = row === AGES - 1;
  // A comparison only means something when both counts are of this cohort alone (not the open group).
  const reference = !open && refRow < AGES - 1 && refYear <= p.horizon ? { year: refYear, count: countAt(p, refYear, refRow) } : null;
  return { kind: open ? 'open' : 'age', year, born, age, row, count: countAt(p, year, row), reference, group: groupOf(age) };
}

/** "About" a count, as the sentence says it: nearest 100 from 1,000, nearest 10 from 100, else whole people. */
export function roundAbout(n: number): number {
  const step = n >= 1000 ? 100 : n >= 100 ? 10 : 1;
  return Math.round(n / step) * step;
}
