// When a query result can be drawn, and how: the first column is the x axis (numbers, years or
// categories) and every other numeric column that is a measure (not a year, an id or a number used
// as a key) is a series. Years and other ascending numbers suggest a line, anything else bars;
// categories are only ever bars.
import { NUMERIC_KINDS, type PlainValue, type ResultColumn } from './result.ts';

export type Mark = 'line' | 'bar';
export type XKind = 'year' | 'number' | 'category';

export interface Point {
  readonly x: number | string;
  readonly series: string;
  readonly value: number;
}

export interface ChartSpec {
  readonly x: string;
  readonly xKind: XKind;
  readonly series: readonly string[];
  /** Series left out beyond MAX_SERIES. */
  readonly omitted: readonly string[];
  /** Marks that suit this result ('line' needs numeric x). */
  readonly marks: readonly Mark[];
  readonly suggested: Mark;
  /** Long form: one point per row and series with a finite value. */
  readonly points: readonly Point[];
}

export type ChartProblem = 'no-rows' | 'too-many-rows' | 'no-x' | 'no-series';

export const MAX_SERIES = 8;
export const MAX_CHART_ROWS = 5000;

/** Column names that label rows rather than measure them. */
const KEY_NAME = /(^|_)(year|years|id|no|number|goal|age|age_from|age_to|from|to|position|code)$/i;

const isYear = (v: PlainValue) => typeof v === 'number' && Number.isInteger(v) && v >= 1800 && v <= 2200;

export function chartSpec(
  columns: readonly ResultColumn[],
  rows: readonly (readonly PlainValue[])[],
): ChartSpec | { problem: ChartProblem } {
  if (rows.length === 0) return { problem: 'no-rows' };
  if (rows.length > MAX_CHART_ROWS) return { problem: 'too-many-rows' };
  const [first, ...rest] = columns;
  if (!first || first.kind === 'nested' || first.kind === 'binary' || first.kind === 'unsupported') return { problem: 'no-x' };
  const xs = rows.map((r) => r[0]);
  const present = xs.filter((v) => v !== null);
  if (present.length === 0) return { problem: 'no-x' };
  const numericX = NUMERIC_KINDS.has(first.kind) && present.every((v) => typeof v === 'number');
  const textYears = first.kind === 'text' && present.every((v) => typeof v === 'string' && /^\d{4}$/.test(v));
  // A number column is a year axis when named so (year, fiscal_year, 年) and every value could be a year.
  const numericYears = numericX && /year|年/i.test(first.name) && present.every(isYear);
  const xKind: XKind = numericYears || textYears ? 'year' : numericX ? 'number' : 'category';

  const candidates = rest
    .map((c, i) => ({ c, i: i + 1 }))
    .filter(({ c }) => NUMERIC_KINDS.has(c.kind) && !KEY_NAME.test(c.name))
    .filter(({ i }) => rows.some((r) => typeof r[i] === 'number' && Number.isFinite(r[i])));
  if (candidates.length === 0) return { problem: 'no-series' };
  const used = candidates.slice(0, MAX_SERIES);

  const toX = (v: PlainValue): number | string => (xKind === 'year' ? Number(v) : xKind === 'number' ? (v as number) : String(v));
  const points: Point[] = [];
  for (const row of rows) {
    if (row[0] === null) continue;
    for (const { c, i } of used) {
      const v = row[i];
      if (typeof v === 'number' && Number.isFinite(v)) points.push({ x: toX(row[0]), series: c.name, value: v });
    }
  }
  const marks: Mark[] = xKind === 'category' ? ['bar'] : ['line', 'bar'];
  const ascending = xs.every((v, i) => i === 0 || (v as number) > (xs[i - 1] as number));
  return {
    x: first.name,
    xKind,
    series: used.map(({ c }) => c.name),
    omitted: candidates.slice(MAX_SERIES).map(({ c }) => c.name),
    marks,
    suggested: xKind === 'year' && ascending && rows.length >= 3 ? 'line' : 'bar',
    points,
  };
}
