// What the town view says about a neighbourhood (町丁目) and the ward, from counts by sex and single
// age. Pure functions: the data pipeline uses them for the measure columns of neighbourhoods.parquet
// (data/pipeline/neighbourhoods.ts) and the view uses them for the ward's figures, so both agree.

/** The four measures a neighbourhood can be coloured and ranked by, as the link and the tables name them. */
export const MEASURES = ['aging_rate', 'children_share', 'population', 'median_age'] as const;
export type Measure = (typeof MEASURES)[number];

export interface TownFigures {
  /** All ages, persons. */
  readonly population: number;
  readonly age0_14: number;
  readonly age15_64: number;
  readonly age65plus: number;
  /** Share aged 0–14, in % of the population. */
  readonly children_share: number;
  /** Share aged 65+ (高齢化率), in % of the population. */
  readonly aging_rate: number;
  /** Median age in years, from single ages (see medianAge). */
  readonly median_age: number;
}

/**
 * The median age from counts by single year of age (index = age; the last entry may be an open group,
 * e.g. 100+). People are taken as spread evenly within each year of age, so the median is
 * a + (N/2 − below(a)) / P(a) for the age a whose year holds the middle person. If the middle person is
 * in the open group, its lower age is returned. NaN for an empty population.
 */
export function medianAge(counts: ArrayLike<number>): number {
  let total = 0;
  for (let a = 0; a < counts.length; a++) total += counts[a];
  if (!(total > 0)) return NaN;
  const half = total / 2;
  let below = 0;
  for (let a = 0; a < counts.length; a++) {
    const here = counts[a];
    if (below + here >= half && here > 0) return a === counts.length - 1 ? a : a + (half - below) / here;
    below += here;
  }
  return counts.length - 1;
}

/** Sum of counts from age `from` to `to` inclusive (to = Infinity: to the last entry). */
function sumAges(counts: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let a = from; a <= Math.min(to, counts.length - 1); a++) s += counts[a];
  return s;
}

/** The figures of a population given by sex and single age (arrays of equal length, index = age). */
export function figuresOf(male: ArrayLike<number>, female: ArrayLike<number>): TownFigures {
  if (male.length !== female.length) throw new Error(`figuresOf: ${male.length} male ages but ${female.length} female ages`);
  const total = Array.from({ length: male.length }, (_, a) => male[a] + female[a]);
  const population = sumAges(total, 0, Infinity);
  const age0_14 = sumAges(total, 0, 14);
  const age65plus = sumAges(total, 65, Infinity);
  const share = (n: number) => (population > 0 ? (100 * n) / population : NaN);
  return {
    population,
    age0_14,
    age15_64: population - age0_14 - age65plus,
    age65plus,
    children_share: share(age0_14),
    aging_rate: share(age65plus),
    median_age: medianAge(total),
  };
}

/**
 * Ranks among all values, 1 for the highest (standard competition ranking: equal values share a rank and
 * the next rank is skipped, 1, 2, 2, 4). NaN values rank last, after every number.
 */
export function ranksOf(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v: Number.isNaN(v) ? -Infinity : v, i })).sort((a, b) => b.v - a.v);
  const ranks = new Array<number>(values.length);
  order.forEach((item, k) => {
    ranks[item.i] = k > 0 && item.v === order[k - 1].v ? ranks[order[k - 1].i] : k + 1;
  });
  return ranks;
}
