// The registry's counts (public/data/actuals.parquet) as points on the population charts: totals and
// the three age groups, both sexes, all nationalities. Dates become decimal years (2022-10-01 →
// 2022.75), since the charts' years are Jan 1 populations; the ~Oct 2022 file's date is not stated
// (date_certain false), which the charts show as a hollow dot and the note says in words.
import { DataFileError, getColumn, getNumbers, getStrings, type DecodedTable } from '../../data/parquet.ts';

export type Indicator = 'total' | 'age0_14' | 'age15_64' | 'age65plus';

export interface ActualPoint {
  readonly indicator: Indicator;
  /** ISO date as in the file. */
  readonly date: string;
  /** Decimal year. */
  readonly x: number;
  readonly certain: boolean;
  readonly value: number;
}

const GROUPS: Record<string, Indicator> = { total: 'total', '0-14': 'age0_14', '15-64': 'age15_64', '65+': 'age65plus' };

export function actualPoints(table: DecodedTable): ActualPoint[] {
  const sex = getStrings(table, 'sex');
  const nationality = getStrings(table, 'nationality');
  const label = getStrings(table, 'age_label');
  const date = getStrings(table, 'ref_date');
  const year = getNumbers(table, 'ref_year');
  const population = getNumbers(table, 'population');
  const certain = getColumn(table, 'date_certain');
  if (certain.type !== 'boolean') throw new DataFileError(table.file, `column "date_certain" is ${certain.type}, not boolean`);
  const out: ActualPoint[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const indicator = GROUPS[label[i]];
    if (!indicator || sex[i] !== 'total' || nationality[i] !== 'total') continue;
    out.push({ indicator, date: date[i], x: year[i], certain: certain.values[i] !== false, value: population[i] });
  }
  return out.sort((a, b) => a.x - b.x || a.indicator.localeCompare(b.indicator));
}
