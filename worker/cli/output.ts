// What the CLI writes: the full projection as JSON, the summary as CSV, comparisons as a text table.
import type { Comparison } from '../engine/compare.ts';
import { versus, VERSUS_QUANTITIES, type VersusQuantity } from '../engine/versus.ts';
import type { ProjectionSummary, SummaryRow } from '../engine/summary.ts';
import { AGES, CELLS_PER_YEAR, type ProjectionResult } from '../engine/types.ts';

/** Columns of the summary, in order (CSV header and JSON keys). */
export const SUMMARY_COLUMNS: readonly (keyof SummaryRow)[] = [
  'year',
  'total',
  'male',
  'female',
  'age0_14',
  'age15_64',
  'age65plus',
  'aging_rate',
  'births',
  'deaths',
  'in_migrants',
  'out_migrants',
  'natural_change',
  'social_change',
];

/**
 * The JSON document: scenario, yearly summary, peaks, and the Jan 1 population of every year by sex
 * and single age (index = age, 100 = 100+).
 */
export function projectionJson(result: ProjectionResult, summary: ProjectionSummary, inputs: string): string {
  const population = Array.from({ length: result.years }, (_, y) => {
    const row = (sex: number) =>
      Array.from(result.population.subarray(y * CELLS_PER_YEAR + sex * AGES, y * CELLS_PER_YEAR + (sex + 1) * AGES));
    return { year: result.baseYear + y, male: row(0), female: row(1) };
  });
  return JSON.stringify({
    inputs,
    scenario: result.scenario,
    baseYear: result.baseYear,
    horizon: result.horizon,
    cappedCells: result.cappedCells,
    summary: summary.rows,
    peaks: summary.peaks,
    population,
  });
}

const cell = (value: unknown) => {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows as CSV with a header; null and NaN become empty cells. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\n') + '\n';
}

const thousands = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** "+1,234", "−56.70", or "0" when it rounds to zero. */
const signed = (x: number, digits: number) => {
  const text = thousands(Math.abs(x), digits);
  return Number(text.replaceAll(',', '')) === 0 ? text : `${x > 0 ? '+' : '−'}${text}`;
};

/** A plain-text table of comparisons, grouped by reference date and source. */
export function comparisonTable(rows: readonly Comparison[]): string {
  const lines: string[] = [];
  let group = '';
  for (const r of rows) {
    const key = `${r.ref_date} ${r.source}`;
    if (key !== group) {
      group = key;
      lines.push(
        '',
        `${r.ref_date}  (${r.source})`,
        `${'sex'.padEnd(7)}${'age'.padEnd(9)}${'actual'.padStart(10)}${'projected'.padStart(12)}${'error'.padStart(10)}${'error %'.padStart(9)}`,
      );
    }
    const pct = Number.isNaN(r.error_pct) ? '' : signed(r.error_pct, 2);
    lines.push(
      `${r.sex.padEnd(7)}${r.age_label.padEnd(9)}${thousands(r.actual).padStart(10)}${thousands(r.projected).padStart(12)}${signed(r.error, 0).padStart(10)}${pct.padStart(9)}`,
    );
  }
  return lines.join('\n').trimStart() + '\n';
}

/** Columns of the A-against-B output: year, then per quantity A, B, A − B and A ÷ B (影響度). */
export const VERSUS_COLUMNS: readonly string[] = [
  'year',
  ...VERSUS_QUANTITIES.flatMap((q) => [`${q}_a`, `${q}_b`, `${q}_difference`, `${q}_ratio`]),
];

/** One row per year of A's and B's summaries (same years): A, B, difference and ratio of each quantity. */
export function versusRows(a: readonly SummaryRow[], b: readonly SummaryRow[]): Record<string, number>[] {
  if (a.length !== b.length || a[0]?.year !== b[0]?.year) throw new RangeError('A and B must cover the same years');
  return a.map((row, i) => {
    const out: Record<string, number> = { year: row.year };
    for (const q of VERSUS_QUANTITIES as readonly VersusQuantity[]) {
      const v = versus(row[q], b[i][q]);
      out[`${q}_a`] = v.a;
      out[`${q}_b`] = v.b;
      out[`${q}_difference`] = v.difference;
      out[`${q}_ratio`] = v.ratio;
    }
    return out;
  });
}
