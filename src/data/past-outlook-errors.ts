// How far the past outlooks of Suginami erred (public/data/past_outlook_errors.parquet, built by
// data/pipeline/past_outlooks.ts): one row per outlook and horizon with a count to score it against.
// IPSS editions are scored against the census (their base), the plan's outlook against the registry
// (its base). Typed rows, and a summary per horizon (5, 10, 15 years) for comparisons such as the
// width of an uncertainty band. Pure: works in the browser, the worker and Node.
import { DataFileError, decodeParquet, getNumbers, getStrings, type DecodedTable } from './parquet.ts';

export type OutlookBase = 'census' | 'registry';

export interface PastOutlookError {
  /** 'IPSS_2008' … 'IPSS_2023', or 'plan_2022' (the plan's outlook as reconstructed by this dashboard). */
  readonly edition: string;
  readonly base: OutlookBase;
  readonly baseYear: number;
  /** 'total' (the only indicator scored so far). */
  readonly indicator: string;
  readonly horizonYears: number;
  readonly targetYear: number;
  readonly targetDate: string;
  readonly projected: number;
  readonly actual: number;
  /** The 2025 census is preliminary. */
  readonly preliminary: boolean;
  /** projected − actual (persons). */
  readonly errorPersons: number;
  /** 100 × (projected − actual) / actual. */
  readonly errorPct: number;
}

/** The horizons the dashboard reports. */
export const SCORED_HORIZONS = [5, 10, 15] as const;

export function pastOutlookErrors(table: DecodedTable): PastOutlookError[] {
  const edition = getStrings(table, 'edition');
  const base = getStrings(table, 'base');
  const baseYear = getNumbers(table, 'base_year');
  const indicator = getStrings(table, 'indicator');
  const horizon = getNumbers(table, 'horizon_years');
  const targetYear = getNumbers(table, 'target_year');
  const targetDate = getStrings(table, 'target_date');
  const projected = getNumbers(table, 'projected');
  const actual = getNumbers(table, 'actual');
  const status = getStrings(table, 'actual_status');
  const errorPct = getNumbers(table, 'error_pct');
  const errorPersons = getNumbers(table, 'error_persons');
  const rows: PastOutlookError[] = [];
  for (let i = 0; i < table.numRows; i++) {
    if (base[i] !== 'census' && base[i] !== 'registry')
      throw new DataFileError(table.file, `row ${i + 1}: base ${JSON.stringify(base[i])} is not census or registry`);
    if (status[i] !== 'final' && status[i] !== 'preliminary')
      throw new DataFileError(table.file, `row ${i + 1}: actual_status ${JSON.stringify(status[i])}`);
    if (!(actual[i] > 0) || Math.abs((100 * (projected[i] - actual[i])) / actual[i] - errorPct[i]) > 1e-9) {
      throw new DataFileError(table.file, `row ${i + 1}: error_pct does not follow from projected and actual`);
    }
    rows.push({
      edition: edition[i],
      base: base[i] as OutlookBase,
      baseYear: baseYear[i],
      indicator: indicator[i],
      horizonYears: horizon[i],
      targetYear: targetYear[i],
      targetDate: targetDate[i],
      projected: projected[i],
      actual: actual[i],
      preliminary: status[i] === 'preliminary',
      errorPersons: errorPersons[i],
      errorPct: errorPct[i],
    });
  }
  return rows.sort((a, b) => a.edition.localeCompare(b.edition) || a.horizonYears - b.horizonYears);
}

/** Decodes the Parquet file's bytes (e.g. readFileSync in Node, fetch in the browser) and reads its rows. */
export async function readPastOutlookErrors(buffer: ArrayBuffer, file = 'data/past_outlook_errors.parquet'): Promise<PastOutlookError[]> {
  return pastOutlookErrors(await decodeParquet(buffer, file));
}

export interface HorizonSummary {
  readonly horizonYears: number;
  /** The outlooks scored at this horizon, oldest first. */
  readonly rows: readonly PastOutlookError[];
  /** Mean of |error_pct| (NaN when none). */
  readonly meanAbsPct: number;
  /** Largest |error_pct| (NaN when none). */
  readonly maxAbsPct: number;
}

/** The errors at each horizon (default 5, 10, 15 years), optionally of one base only. */
export function errorsByHorizon(
  rows: readonly PastOutlookError[],
  horizons: readonly number[] = SCORED_HORIZONS,
  base?: OutlookBase,
): HorizonSummary[] {
  return horizons.map((h) => {
    const at = rows.filter((r) => r.horizonYears === h && (base === undefined || r.base === base) && r.indicator === 'total');
    const abs = at.map((r) => Math.abs(r.errorPct));
    return {
      horizonYears: h,
      rows: at,
      meanAbsPct: abs.length ? abs.reduce((s, x) => s + x, 0) / abs.length : NaN,
      maxAbsPct: abs.length ? Math.max(...abs) : NaN,
    };
  });
}
