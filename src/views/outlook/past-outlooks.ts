// The past-outlooks chart and table, as plain data: each IPSS edition and the plan's outlook as lines,
// the registry and the census as what happened, and each outlook's error at 5, 10 and 15 years
// (past_outlook_errors). Pure; built once when the tables arrive.
import type { HistoryLine, Mark } from '../../charts/TrendChart.svelte';
import type { PastOutlookError } from '../../data/past-outlook-errors.ts';
import { COLORS } from '../../charts/colors.ts';
import { registryLines, type CensusPoint, type PastOutlook, type RegistryYear } from './history.ts';

/**
 * One colour per edition, apart in hue and lightness (≥ 3:1 on white); older editions lighter. The plan
 * keeps the colour of the plan's figures elsewhere on the page.
 */
export const EDITION_COLORS: Readonly<Record<string, string>> = {
  IPSS_2008: '#8a6d3b',
  IPSS_2013: '#7b3fa0',
  IPSS_2018: '#00796b',
  IPSS_2023: '#1f5fa8',
  plan_2022: COLORS.plan,
};
const colorOf = (edition: string) => EDITION_COLORS[edition] ?? COLORS.total;

/** The outlooks' lines (the plan's dashed: reconstructed), after the registry's (dotted until 2012). */
export function outlookLines(outlooks: readonly PastOutlook[], registry: readonly RegistryYear[], from: number): HistoryLine[] {
  return [
    ...registryLines(
      registry,
      ['total'],
      () => COLORS.total,
      () => 'normal',
      from,
    ),
    ...outlooks.map((o): HistoryLine => ({
      key: `outlook-${o.edition}`,
      color: colorOf(o.edition),
      style: o.approximate ? 'dashed' : 'solid',
      points: o.points.filter((p) => p.x >= from).map((p) => ({ x: p.x, y: p.value })),
    })),
  ];
}

/** The census totals as black squares on 1 October; the preliminary count (2025) hollow. */
export function censusTotalMarks(census: readonly CensusPoint[], from: number): Mark[] {
  return census
    .filter((c) => c.indicator === 'total' && c.x >= from)
    .map((c) => ({
      key: `census-total-${c.year}`,
      x: c.x,
      y: c.value,
      color: COLORS.actual,
      shape: 'square' as const,
      hollow: c.preliminary,
    }));
}

export type ScoreCell =
  | { readonly kind: 'error'; readonly error: PastOutlookError }
  /** The target year has not come yet (or its count is not published yet). */
  | { readonly kind: 'future'; readonly year: number }
  /** The edition's value for that year is not in our sources. */
  | { readonly kind: 'missing'; readonly year: number };

export interface ScoreRow {
  readonly edition: string;
  readonly base: 'census' | 'registry';
  readonly baseYear: number;
  readonly cells: readonly ScoreCell[];
}

/**
 * One row per outlook, one cell per horizon. A cell without an error is 'future' when its target year is
 * after the latest count on the outlook's base (`latest`), else 'missing' (not in source).
 */
export function scoreRows(
  outlooks: readonly PastOutlook[],
  errors: readonly PastOutlookError[],
  latest: { readonly census: number; readonly registry: number },
  horizons: readonly number[] = [5, 10, 15],
): ScoreRow[] {
  return outlooks.map((o) => ({
    edition: o.edition,
    base: o.base,
    baseYear: o.baseYear,
    cells: horizons.map((h): ScoreCell => {
      const error = errors.find((e) => e.edition === o.edition && e.horizonYears === h && e.indicator === 'total');
      const year = o.baseYear + h;
      if (error) return { kind: 'error', error };
      return year > latest[o.base] ? { kind: 'future', year } : { kind: 'missing', year };
    }),
  }));
}

/** The largest IPSS error, and whether every IPSS error was an underestimate (the summary sentence). */
export function worstIpss(errors: readonly PastOutlookError[]): { worst: PastOutlookError; allLow: boolean } | null {
  const ipss = errors.filter((e) => e.base === 'census' && e.indicator === 'total');
  if (!ipss.length) return null;
  const worst = ipss.reduce((a, b) => (Math.abs(b.errorPct) > Math.abs(a.errorPct) ? b : a));
  return { worst, allLow: ipss.every((e) => e.errorPct < 0) };
}

/** What a hovered year shows: each series' value dated within that year. */
export interface YearValue {
  readonly key: string;
  readonly x: number;
  readonly value: number;
}

export function valuesInYear(
  outlooks: readonly PastOutlook[],
  registry: readonly RegistryYear[],
  census: readonly CensusPoint[],
  year: number,
): YearValue[] {
  const out: YearValue[] = [];
  const r = registry.find((x) => x.year === year);
  if (r) out.push({ key: r.scope === 'japanese_only' ? 'registry-japanese' : 'registry', x: r.year, value: r.total });
  const c = census.find((x) => x.year === year && x.indicator === 'total');
  if (c) out.push({ key: c.preliminary ? 'census-preliminary' : 'census', x: c.x, value: c.value });
  for (const o of outlooks) {
    const p = o.points.find((q) => q.year === year);
    if (p) out.push({ key: o.edition, x: p.x, value: p.value });
  }
  return out;
}
