// Scenario A against scenario B, the way municipal population visions (人口ビジョン) report it: for each
// quantity, A, B, their difference A − B and their ratio A ÷ B (影響度, "impact": 1.05 means A is 5 %
// above B). The same numbers feed the dashboard's comparison and the CLI's --compare output.

/** The quantities compared: the total, the three age groups (people) and the aging rate (percent). */
export const VERSUS_QUANTITIES = ['total', 'age0_14', 'age15_64', 'age65plus', 'aging_rate'] as const;
export type VersusQuantity = (typeof VERSUS_QUANTITIES)[number];

/** The years the comparison table reports: the plan's final year, then each decade, then the horizon. */
export const VERSUS_YEARS = [2030, 2040, 2050] as const;

export interface Versus {
  readonly a: number;
  readonly b: number;
  /** a − b (for the aging rate: percentage points). */
  readonly difference: number;
  /** a ÷ b (影響度); NaN when b is 0 or either value is not a number. */
  readonly ratio: number;
}

/** One quantity of A against B. */
export function versus(a: number, b: number): Versus {
  return { a, b, difference: a - b, ratio: b === 0 ? NaN : a / b };
}

/** Difference and ratio of two yearly series of the same length, year by year. */
export function versusSeries(a: ArrayLike<number>, b: ArrayLike<number>): { difference: Float64Array; ratio: Float64Array } {
  if (a.length !== b.length) throw new RangeError(`A has ${a.length} years and B ${b.length}: compare projections with the same years`);
  const difference = new Float64Array(a.length);
  const ratio = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    difference[i] = a[i] - b[i];
    ratio[i] = b[i] === 0 ? NaN : a[i] / b[i];
  }
  return { difference, ratio };
}

/** The table's years for a projection base → horizon: 2030, 2040, 2050 within it, and the horizon. */
export function versusYears(baseYear: number, horizon: number): number[] {
  const years = VERSUS_YEARS.filter((y) => y >= baseYear && y <= horizon) as number[];
  if (!years.includes(horizon)) years.push(horizon);
  return years;
}

/** A yearly summary by quantity: one value per year from `baseYear` (the app's columns or the CLI's rows). */
export type QuantityOf = (quantity: VersusQuantity, yearIndex: number) => number;

/** The comparison table: for each year of versusYears and each quantity, A against B. */
export function versusTable(
  baseYear: number,
  horizon: number,
  a: QuantityOf,
  b: QuantityOf,
): { year: number; values: Record<VersusQuantity, Versus> }[] {
  return versusYears(baseYear, horizon).map((year) => {
    const i = year - baseYear;
    const values = {} as Record<VersusQuantity, Versus>;
    for (const q of VERSUS_QUANTITIES) values[q] = versus(a(q, i), b(q, i));
    return { year, values };
  });
}
