// Yearly totals, the three broad age groups, the aging rate and their peaks: the plan's headline numbers.
import { components } from './components.ts';
import { AGES, CELLS_PER_YEAR, type ProjectionResult } from './types.ts';

/** The plan's three age groups (年少人口, 生産年齢人口, 高齢人口), inclusive ages; 100 is 100+. */
export const AGE_GROUPS = [
  { key: 'age0_14', from: 0, to: 14 },
  { key: 'age15_64', from: 15, to: 64 },
  { key: 'age65plus', from: 65, to: 100 },
] as const;

/**
 * One year: population at Jan 1 of `year`, and the components of change during the year (year → year+1),
 * which are null in the horizon's row. Deaths and migrants include the babies born in the year.
 */
export interface SummaryRow {
  year: number;
  total: number;
  male: number;
  female: number;
  age0_14: number;
  age15_64: number;
  age65plus: number;
  /** Percent of the total aged 65+ (高齢化率); NaN when the population is 0. */
  aging_rate: number;
  births: number | null;
  deaths: number | null;
  in_migrants: number | null;
  out_migrants: number | null;
  /** births − deaths */
  natural_change: number | null;
  /** in_migrants − out_migrants */
  social_change: number | null;
}

/** A maximum over the reported years and the (first) year it is reached. */
export interface Peak {
  year: number;
  value: number;
}

export interface Peaks {
  total: Peak;
  age0_14: Peak;
  age15_64: Peak;
  age65plus: Peak;
  aging_rate: Peak;
  /** Aging rate at Jan 1 2065 (the plan's 28.7 %), null when the horizon ends earlier. */
  aging_rate_2065: number | null;
}

export interface ProjectionSummary {
  rows: SummaryRow[];
  /** Peaks over every reported year, base year included. */
  peaks: Peaks;
}

/** Sum of population over ages from..to (inclusive) of one sex in year index y. */
export function ageSum(population: Float64Array, y: number, sex: number, from: number, to: number): number {
  const offset = y * CELLS_PER_YEAR + sex * AGES;
  let sum = 0;
  for (let a = from; a <= to; a++) sum += population[offset + a];
  return sum;
}

function peak(rows: SummaryRow[], key: 'total' | 'age0_14' | 'age15_64' | 'age65plus' | 'aging_rate'): Peak {
  let best = rows[0];
  for (const row of rows) if (row[key] > best[key]) best = row;
  return { year: best.year, value: best[key] };
}

/** Yearly summary rows and peaks of a projection. */
export function summary(result: ProjectionResult): ProjectionSummary {
  const { deaths, inMigrants, outMigrants } = components(result);
  const rows: SummaryRow[] = [];
  for (let y = 0; y < result.years; y++) {
    const both = (from: number, to: number) => ageSum(result.population, y, 0, from, to) + ageSum(result.population, y, 1, from, to);
    const [age0_14, age15_64, age65plus] = AGE_GROUPS.map((g) => both(g.from, g.to));
    const male = ageSum(result.population, y, 0, 0, AGES - 1);
    const female = ageSum(result.population, y, 1, 0, AGES - 1);
    const total = male + female;
    const row: SummaryRow = {
      year: result.baseYear + y,
      total,
      male,
      female,
      age0_14,
      age15_64,
      age65plus,
      aging_rate: total > 0 ? (100 * age65plus) / total : NaN,
      births: null,
      deaths: null,
      in_migrants: null,
      out_migrants: null,
      natural_change: null,
      social_change: null,
    };
    if (y < result.years - 1) {
      // This year's cells of a by-age component, and of a newborn component (both sexes).
      const range = (xs: Float64Array) => xs.subarray(y * CELLS_PER_YEAR, (y + 1) * CELLS_PER_YEAR).reduce((s, x) => s + x, 0);
      const pair = (xs: Float64Array) => xs[y * 2] + xs[y * 2 + 1];
      row.births = pair(result.births);
      row.deaths = range(deaths) + pair(result.birthDeaths);
      row.in_migrants = range(inMigrants) + pair(result.birthInMigrants);
      row.out_migrants = range(outMigrants) + pair(result.birthOutMigrants);
      row.natural_change = row.births - row.deaths;
      row.social_change = row.in_migrants - row.out_migrants;
    }
    rows.push(row);
  }
  const at2065 = rows.find((r) => r.year === 2065);
  return {
    rows,
    peaks: {
      total: peak(rows, 'total'),
      age0_14: peak(rows, 'age0_14'),
      age15_64: peak(rows, 'age15_64'),
      age65plus: peak(rows, 'age65plus'),
      aging_rate: peak(rows, 'aging_rate'),
      aging_rate_2065: at2065 ? at2065.aging_rate : null,
    },
  };
}
