// The calibration's objective: project the baseline with the REAL engine (worker/engine) for a set of
// parameters, score how far its headline numbers are from the plan's published results, and add
// penalties that keep the schedule and the mortality level plausible.
import { prepare, project, summary, type ProjectionSummary } from '../../worker/engine/index.ts';
import { flowRows } from '../pipeline/flows_2024.ts';
import { publishedRows, type Indicator } from '../pipeline/published_results.ts';
import { fixedInputs, inputsWithNet, type FixedInputs } from './baseline.ts';
import type { CalibratedParameters } from './parameters.ts';
import { netRates } from './schedule.ts';

/** A published target: a peak (value and year) or a level in a year. */
export interface Target {
  indicator: Indicator;
  kind: 'peak' | 'level';
  year: number;
  value: number;
}

export type PeakIndicator = Exclude<Indicator, 'aging_rate'>;
export const PEAK_INDICATORS: readonly PeakIndicator[] = ['total', 'age0_14', 'age15_64', 'age65plus'];

/** The plan's five published results (published_results.parquet's rows, read from the plan text). */
export function publishedTargets(): Target[] {
  return publishedRows().map((r) => ({ indicator: r.indicator, kind: r.kind, year: r.year, value: r.value }));
}

/** The registry's deaths in calendar 2024 (flows_2024), the check on the mortality level. */
export function registryDeaths2024(): number {
  const row = flowRows().find((r) => r.key === 'deaths');
  if (!row) throw new Error('flows_2024 has no deaths row');
  return row.value;
}

/** The calibration issue's acceptance criteria and plausibility constraints. */
export const ACCEPTANCE = {
  /** Peak values within this relative error (the aim: 1 %). */
  peakValue: 0.015,
  peakValueAim: 0.01,
  /** Peak years within ± years. */
  peakYear: { total: 2, age0_14: 1, age15_64: 2, age65plus: 2 } as Record<PeakIndicator, number>,
  /** Aging rate in 2065 within ± percentage points (the aim: 0.3, in proportion to 1 % of 1.5 %). */
  agingRate: 0.5,
  agingRateAim: 0.3,
  /** No single-age net rate above / below (per year). */
  maxNetRate: 0.15,
  minNetRate: -0.05,
  /** Total net migrants a year (babies included) in each year of netTotalYears. */
  netTotal: [1000, 4000] as const,
  netTotalYears: [2021, 2029] as const,
  /** Projected deaths in 2024 within this relative distance of the registry's. */
  deaths2024: 0.05,
  maxFittedParameters: 6,
} as const;

/**
 * Scales of the objective's terms: an error of one scale costs 1, squared.
 * fit = Σ peaks [ (e/peakValue)² + (max(0, |e| − aim)/beyondAim)² + (plateau gap/plateau)² + years outside ]
 *     + ((aging − 28.7)/agingRate)² + (max(0, |aging − 28.7| − aim)/agingBeyondAim)²,
 * e = model peak / published − 1.
 */
export const SCALES = {
  peakValue: 0.005,
  /** Errors beyond the 1 % aim cost much more (a soft wall that keeps every peak near the aim). */
  beyondAim: 0.001,
  /**
   * max − value at the published year, relative to the published value. The peaks sit on plateaus
   * (neighbouring years differ by a few dozen people), so the discrete peak year alone gives the
   * optimiser nothing to follow; this term does.
   */
  plateau: 0.002,
  /** Cost of a peak year outside its tolerance: yearOutside × (1 + years beyond). */
  yearOutside: 4,
  agingRate: 0.25,
  /** Aging-rate errors beyond the aim, percentage points. */
  agingBeyondAim: 0.03,
  /** Constraint violations: (violation / scale)². Rates per year, persons a year, relative deaths. */
  rate: 0.001,
  netTotal: 100,
  deaths: 0.005,
} as const;

export interface Evaluation {
  summary: ProjectionSummary;
  /** Net migration rate by age 0..100 (both sexes). */
  net: number[];
  /** Net migrants (in − out, babies included) in each year of ACCEPTANCE.netTotalYears. */
  netTotals: { year: number; net: number }[];
  /** Projected deaths during 2024. */
  deaths2024: number;
  terms: { fit: number; constraints: number };
  /** fit + constraints: what the optimiser minimises. */
  value: number;
}

function rowOf(s: ProjectionSummary, year: number) {
  const row = s.rows.find((r) => r.year === year);
  if (!row) throw new Error(`objective: the projection has no year ${year}`);
  return row;
}

/** Fit cost of one projection against the targets (no constraints). */
export function fitCost(s: ProjectionSummary, targets: readonly Target[]): number {
  let fit = 0;
  for (const t of targets) {
    if (t.indicator === 'aging_rate') {
      const d = rowOf(s, t.year).aging_rate - t.value;
      fit += (d / SCALES.agingRate) ** 2 + (Math.max(0, Math.abs(d) - ACCEPTANCE.agingRateAim) / SCALES.agingBeyondAim) ** 2;
      continue;
    }
    const key = t.indicator;
    const peak = s.peaks[key];
    const e = (peak.value - t.value) / t.value;
    fit += (e / SCALES.peakValue) ** 2;
    fit += (Math.max(0, Math.abs(e) - ACCEPTANCE.peakValueAim) / SCALES.beyondAim) ** 2;
    fit += ((peak.value - rowOf(s, t.year)[key]) / t.value / SCALES.plateau) ** 2;
    const outside = Math.abs(peak.year - t.year) - ACCEPTANCE.peakYear[key];
    if (outside > 0) fit += SCALES.yearOutside * (1 + outside);
  }
  return fit;
}

/**
 * The baseline evaluator for the real engine. Fixed inputs (survival and base population at a
 * mortality level θ) are cached per θ: they cost more than a projection, so the calibration searches
 * θ on a grid (see calibrate.ts).
 */
export function createEvaluator(targets: readonly Target[] = publishedTargets(), deathsTarget = registryDeaths2024()) {
  const cache = new Map<number, FixedInputs>();
  const fixedFor = (theta: number) => {
    let f = cache.get(theta);
    if (!f) {
      if (cache.size >= 4096) cache.clear();
      f = fixedInputs(theta);
      cache.set(theta, f);
    }
    return f;
  };

  return (p: CalibratedParameters): Evaluation => {
    const net = netRates(p);
    const s = summary(project(prepare(inputsWithNet(fixedFor(p.theta), net)), {}));
    const netTotals = s.rows
      .filter((r) => r.year >= ACCEPTANCE.netTotalYears[0] && r.year <= ACCEPTANCE.netTotalYears[1])
      .map((r) => ({ year: r.year, net: r.social_change as number }));
    const deaths2024 = rowOf(s, 2024).deaths as number;
    let constraints = 0;
    for (const n of net) {
      constraints += (Math.max(0, n - ACCEPTANCE.maxNetRate) / SCALES.rate) ** 2;
      constraints += (Math.max(0, ACCEPTANCE.minNetRate - n) / SCALES.rate) ** 2;
    }
    for (const { net: m } of netTotals) {
      constraints += (Math.max(0, ACCEPTANCE.netTotal[0] - m, m - ACCEPTANCE.netTotal[1]) / SCALES.netTotal) ** 2;
    }
    constraints += (Math.max(0, Math.abs(deaths2024 / deathsTarget - 1) - ACCEPTANCE.deaths2024) / SCALES.deaths) ** 2;
    const fit = fitCost(s, targets);
    return { summary: s, net, netTotals, deaths2024, terms: { fit, constraints }, value: fit + constraints };
  };
}
