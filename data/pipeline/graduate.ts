// Graduate 5-year-group death rates (0-4, 5-9, …, 95-99, 100+) to single years of age.
// Used for men, for whom no single-age table is in our sources (see data/README.md § survival).
//
// Convention: a group's rate is the exposure-weighted mean of its single-age rates (deaths over
// population, as the source defines it). Every step below keeps that identity.
import { pchip } from '../../worker/engine/pchip.ts';
import type { MortalitySchedule } from './lifetable.ts';

// The interpolation is shared with the browser's reader of 5-year population groups (src/own-data/).
export { pchip };

export interface GraduationInput {
  /** Group rates (per person-year) for 0-4, 5-9, …, 95-99 (20 groups) and the open 100+ last (21 in all). */
  groupRates: readonly number[];
  /**
   * Exposure (population) at single ages 0..109 and the open 110+ (111 values): a group's rate is the
   * exposure-weighted mean of its single-age rates, as death rates by group are (deaths / population).
   */
  exposure: readonly number[];
  /** A single-age pattern for ages 0..4 (e.g. another table's m0..m4): only its ratios are used. */
  infantChildPattern: readonly number[];
  /** ax for ages 0..109 given the graduated rate at that age (the open 110+ gets 1/m). */
  ax: (age: number, mx: number) => number;
}

export interface Graduation {
  schedule: MortalitySchedule;
  /** Slope of log m per year of age above 99, set to reproduce the 100+ group rate. */
  openSlope: number;
  /** Iterations needed to reproduce the 5–99 group rates. */
  iterations: number;
}

/** Top single age of the graduated schedule; 110+ is open (as in the HMD tables). */
export const GRADUATION_OMEGA = 110;

/** Exposure-weighted mean of m over ages [from, to] (inclusive). */
export function weightedMean(m: readonly number[], exposure: readonly number[], from: number, to: number): number {
  let num = 0;
  let den = 0;
  for (let x = from; x <= to; x++) {
    num += m[x] * exposure[x];
    den += exposure[x];
  }
  return num / den;
}

const groupEnd = (g: number) => (g === 20 ? GRADUATION_OMEGA : 5 * g + 4);

/**
 * Single-age death rates 0..109 and 110+ from 5-year group rates. Every group's exposure-weighted
 * mean equals its group rate:
 * - 0–4: the group rate split in proportion to `infantChildPattern`;
 * - 5–99: m_x = H(x+1) − H(x), H the monotone cubic (PCHIP) through a cumulative hazard at ages 5, 10, …, 100
 *   whose group increments are adjusted (fixed-point iteration) until the weighted group means match;
 * - 100+: log-linear (Gompertz) continuation from m_99, its slope chosen so that the weighted mean over
 *   100..110+ equals the 100+ rate.
 */
export function graduate(input: GraduationInput): Graduation {
  const { groupRates, infantChildPattern, exposure } = input;
  if (groupRates.length !== 21) throw new Error(`graduate: expected 21 group rates (0-4 … 95-99, 100+), got ${groupRates.length}`);
  if (groupRates.some((m) => !(m > 0))) throw new Error('graduate: every group rate must be > 0');
  if (exposure.length !== GRADUATION_OMEGA + 1 || exposure.some((e) => !(e > 0))) {
    throw new Error(`graduate: need ${GRADUATION_OMEGA + 1} positive exposures (ages 0..109 and 110+)`);
  }
  if (infantChildPattern.length !== 5 || infantChildPattern.some((m) => !(m > 0))) {
    throw new Error('graduate: the 0–4 pattern needs five positive rates');
  }

  const k = groupRates[0] / weightedMean(infantChildPattern, exposure, 0, 4);
  const young = infantChildPattern.map((p) => k * p);

  const knots = Array.from({ length: 20 }, (_, i) => 5 + 5 * i); // 5, 10, …, 100
  const adjusted = groupRates.slice(1, 20);
  const middle = (rates: readonly number[]): number[] => {
    const H = [0];
    rates.forEach((r, i) => H.push(H[i] + 5 * r));
    const cumulative = pchip(knots, H);
    return Array.from({ length: 95 }, (_, i) => cumulative(i + 6) - cumulative(i + 5));
  };
  let mx: number[] = [];
  let iterations = 0;
  for (;;) {
    mx = [...young, ...middle(adjusted)];
    let worst = 0;
    for (let g = 1; g < 20; g++) {
      const ratio = groupRates[g] / weightedMean(mx, exposure, 5 * g, groupEnd(g));
      worst = Math.max(worst, Math.abs(ratio - 1));
      adjusted[g - 1] *= ratio;
    }
    if (worst < 1e-13) break;
    if (++iterations > 500) throw new Error(`graduate: group rates not reproduced after 500 iterations (off by ${worst})`);
  }

  // Above 100: m_x = m_99 · exp(β (x − 99)), continuous at 99, with β set so that the weighted mean
  // over 100..110+ equals the 100+ rate. That mean rises with β: bisection.
  const continuation = (beta: number) => Array.from({ length: GRADUATION_OMEGA - 99 }, (_, i) => mx[99] * Math.exp(beta * (i + 1)));
  const openMean = (beta: number) => weightedMean([...mx, ...continuation(beta)], exposure, 100, GRADUATION_OMEGA);
  let lo = -1;
  let hi = 1;
  if (openMean(lo) > groupRates[20] || openMean(hi) < groupRates[20]) {
    throw new Error(`graduate: no log-linear continuation from age 99 gives the 100+ rate ${groupRates[20]}`);
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (openMean(mid) < groupRates[20]) lo = mid;
    else hi = mid;
  }
  const openSlope = (lo + hi) / 2;
  const final = [...mx, ...continuation(openSlope)];
  const ax = final.map((m, x) => (x < GRADUATION_OMEGA ? input.ax(x, m) : 0));
  return { schedule: { mx: final, ax }, openSlope, iterations };
}
