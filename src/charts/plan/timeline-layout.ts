// Time for the plan timeline (pure). A fiscal year (年度) runs 1 April to 31 March: FY2030 is
// April 2030 – March 2031, so on a calendar axis it spans [2030.25, 2031.25). A calendar year span
// (the population projection, 年) is [start, end + 1). Periods of the same kind that do not overlap
// share a row (the three execution-plan periods are one row of three segments).

export interface Period {
  readonly period_id: number;
  readonly kind: string;
  readonly start_fy: number | null;
  readonly end_fy: number | null;
  readonly year_basis: string;
}

export interface Segment<P extends Period> {
  readonly period: P;
  /** Decimal calendar years. */
  readonly x0: number;
  readonly x1: number;
  /** The end is not in our sources: drawn fading out to `x1`, the edge of the axis. */
  readonly openEnd: boolean;
}

export interface TimelineRow<P extends Period> {
  readonly kind: string;
  readonly segments: readonly Segment<P>[];
}

/** Start of a fiscal year on a calendar axis: 1 April. */
export const fiscalStart = (fy: number) => fy + 0.25;
/** End of a fiscal year (exclusive): 1 April of the next calendar year. */
export const fiscalEnd = (fy: number) => fy + 1.25;

/** The fiscal year a date falls in (April–March). */
export function fiscalYearOf(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** A date as a decimal calendar year (1 July 2026 ≈ 2026.496). */
export function decimalYear(date: Date): number {
  const y = date.getFullYear();
  const start = new Date(y, 0, 1).getTime();
  const end = new Date(y + 1, 0, 1).getTime();
  return y + (date.getTime() - start) / (end - start);
}

/** The span of a period on a calendar axis, or null when it has no start. `axisEnd` closes an open end. */
export function spanOf(p: Period, axisEnd: number): { x0: number; x1: number; openEnd: boolean } | null {
  if (p.start_fy === null) return null;
  const fiscal = p.year_basis === 'fiscal';
  const x0 = fiscal ? fiscalStart(p.start_fy) : p.start_fy;
  if (p.end_fy === null) return { x0, x1: Math.max(x0, axisEnd), openEnd: true };
  return { x0, x1: fiscal ? fiscalEnd(p.end_fy) : p.end_fy + 1, openEnd: false };
}

/**
 * Rows in the order the kinds first appear; a period joins the first row of its kind it does not overlap
 * (so periods of a kind that overlap, like the four related plans, get a row each).
 */
export function timelineRows<P extends Period>(
  periods: readonly P[],
  axisEnd: number,
  include: (p: P) => boolean = () => true,
): TimelineRow<P>[] {
  const rows: { kind: string; segments: Segment<P>[] }[] = [];
  for (const period of periods) {
    if (!include(period)) continue;
    const span = spanOf(period, axisEnd);
    if (!span) continue;
    const segment = { period, ...span };
    const row = rows.find((r) => r.kind === period.kind && r.segments.every((s) => s.x1 <= segment.x0 || segment.x1 <= s.x0));
    if (row) row.segments.push(segment);
    else rows.push({ kind: period.kind, segments: [segment] });
  }
  return rows;
}
