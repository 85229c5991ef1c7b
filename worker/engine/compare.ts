// Projection against registered (actual) populations: error by age group and sex, absolute and %.
import { ageSum } from './summary.ts';
import { OPEN_AGE, type ProjectionResult } from './types.ts';

/** A registered population count for an age group (as in public/data/actuals.parquet). */
export interface ActualCount {
  /** Reference date, 'YYYY-MM-DD'; must be a Jan 1 within the projection's years. */
  ref_date: string;
  source: string;
  sex: 'total' | 'male' | 'female';
  /** Only 'total' rows are compared (the projection does not split by nationality). */
  nationality: string;
  age_from: number;
  /** Inclusive; null for an open group (e.g. 100+ or 65+). */
  age_to: number | null;
  age_label: string;
  population: number;
}

export interface Comparison {
  ref_date: string;
  source: string;
  sex: 'total' | 'male' | 'female';
  age_label: string;
  age_from: number;
  age_to: number | null;
  actual: number;
  projected: number;
  /** projected − actual */
  error: number;
  /** 100 × error / actual (NaN when actual is 0) */
  error_pct: number;
}

const SEX_INDEX = { male: [0], female: [1], total: [0, 1] } as const;

/** Compares a projection with actual counts (nationality 'total' rows; other rows are left out). */
export function compareWithActuals(result: ProjectionResult, actuals: readonly ActualCount[]): Comparison[] {
  const out: Comparison[] = [];
  for (const row of actuals) {
    if (row.nationality !== 'total') continue;
    const match = /^(\d{4})-01-01$/.exec(row.ref_date);
    if (!match) throw new RangeError(`ref_date ${row.ref_date} is not a Jan 1: the projection reports Jan 1 populations`);
    const year = Number(match[1]);
    if (year < result.baseYear || year > result.horizon) {
      throw new RangeError(`ref_date ${row.ref_date} is outside the projection's years ${result.baseYear}–${result.horizon}`);
    }
    const sexes = SEX_INDEX[row.sex];
    if (!sexes) throw new RangeError(`sex "${row.sex}" is not total, male or female`);
    const to = row.age_to === null ? OPEN_AGE : Math.min(row.age_to, OPEN_AGE);
    if (!(row.age_from >= 0 && row.age_from <= to)) {
      throw new RangeError(`age group ${row.age_label} (${row.age_from}–${row.age_to ?? ''}) is not within 0–100+`);
    }
    let projected = 0;
    for (const sex of sexes) projected += ageSum(result.population, year - result.baseYear, sex, row.age_from, to);
    const error = projected - row.population;
    out.push({
      ref_date: row.ref_date,
      source: row.source,
      sex: row.sex,
      age_label: row.age_label,
      age_from: row.age_from,
      age_to: row.age_to,
      actual: row.population,
      projected,
      error,
      error_pct: row.population === 0 ? NaN : (100 * error) / row.population,
    });
  }
  return out;
}
