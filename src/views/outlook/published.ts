// The plan's published figures (public/data/published_results.parquet) beside the dashboard's own
// projections: the baseline (the plan's assumptions on our approximated inputs) and the scenario shown.
// The plan prints peaks by fiscal year (年度); the engine reports Jan 1 populations, so a year
// difference of 0 or 1 is within that approximation.
import type { Peaks } from '../../../worker/engine/summary.ts';
import { getNumbers, getStrings, type DecodedTable } from '../../data/parquet.ts';

export type PublishedIndicator = 'total' | 'age0_14' | 'age15_64' | 'age65plus' | 'aging_rate';
export const PUBLISHED_ORDER: readonly PublishedIndicator[] = ['total', 'age0_14', 'age15_64', 'age65plus', 'aging_rate'];

export interface Published {
  readonly indicator: PublishedIndicator;
  /** 'peak': the highest value and its (fiscal) year; 'level': the value in that year. */
  readonly kind: 'peak' | 'level';
  readonly year: number;
  readonly value: number;
  /** As printed in the plan, e.g. R15(2033). */
  readonly printed: string;
}

export function publishedRows(table: DecodedTable): Published[] {
  const indicator = getStrings(table, 'indicator');
  const kind = getStrings(table, 'kind');
  const year = getNumbers(table, 'year');
  const value = getNumbers(table, 'value');
  const printed = getStrings(table, 'fiscal_year_label');
  const rows: Published[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const ind = indicator[i] as PublishedIndicator;
    if (!PUBLISHED_ORDER.includes(ind) || (kind[i] !== 'peak' && kind[i] !== 'level')) continue;
    rows.push({ indicator: ind, kind: kind[i] as 'peak' | 'level', year: year[i], value: value[i], printed: printed[i] });
  }
  return rows.sort((a, b) => PUBLISHED_ORDER.indexOf(a.indicator) - PUBLISHED_ORDER.indexOf(b.indicator));
}

export interface Figure {
  readonly value: number;
  readonly year: number;
}

/** The same figure from a projection: the peak, or the level in the published year (null past the horizon). */
export function figureOf(row: Published, peaks: Peaks, level: (year: number) => number | null): Figure | null {
  if (row.kind === 'level') {
    const v = level(row.year);
    return v === null || !Number.isFinite(v) ? null : { value: v, year: row.year };
  }
  const peak = peaks[row.indicator];
  return { value: peak.value, year: peak.year };
}

export interface Difference {
  readonly value: number;
  /** value / published − 1, or for a rate the difference in points. */
  readonly relative: number;
  readonly years: number;
}

export function difference(row: Published, figure: Figure): Difference {
  const value = figure.value - row.value;
  return { value, relative: row.indicator === 'aging_rate' ? value : value / row.value, years: figure.year - row.year };
}
