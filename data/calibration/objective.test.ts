import { describe, expect, it } from 'vitest';
import type { ProjectionSummary, SummaryRow } from '../../worker/engine/index.ts';
import { ACCEPTANCE, createEvaluator, fitCost, publishedTargets, registryDeaths2024, SCALES, type Target } from './objective.ts';
import { readParameters, toValues } from './parameters.ts';

const targets = publishedTargets();
const target = (k: string) => targets.find((t) => t.indicator === k) as Target;

/** A summary whose every series is a tent peaking at (year, value); aging rate 28.7 in 2065. */
function tentSummary(
  over: Partial<Record<'total' | 'age0_14' | 'age15_64' | 'age65plus', { year: number; value: number }>> = {},
  aging = 28.7,
): ProjectionSummary {
  const keys = ['total', 'age0_14', 'age15_64', 'age65plus'] as const;
  const peakOf = (k: (typeof keys)[number]) => over[k] ?? { year: target(k).year, value: target(k).value };
  const rows: SummaryRow[] = [];
  for (let year = 2021; year <= 2065; year++) {
    const v = Object.fromEntries(keys.map((k) => [k, peakOf(k).value * (1 - 0.001 * Math.abs(year - peakOf(k).year))])) as Record<
      (typeof keys)[number],
      number
    >;
    rows.push({
      year,
      ...v,
      male: 0,
      female: 0,
      aging_rate: year === 2065 ? aging : 20,
      births: null,
      deaths: null,
      in_migrants: null,
      out_migrants: null,
      natural_change: null,
      social_change: null,
    });
  }
  const peak = (k: (typeof keys)[number]) => ({ year: peakOf(k).year, value: peakOf(k).value });
  return {
    rows,
    peaks: {
      total: peak('total'),
      age0_14: peak('age0_14'),
      age15_64: peak('age15_64'),
      age65plus: peak('age65plus'),
      aging_rate: { year: 2065, value: aging },
      aging_rate_2065: aging,
    },
  };
}

describe('the published targets', () => {
  it("are the plan's five results", () => {
    expect(targets.map((t) => [t.indicator, t.year, t.value]).sort()).toEqual([
      ['age0_14', 2025, 61717],
      ['age15_64', 2029, 402599],
      ['age65plus', 2053, 155292],
      ['aging_rate', 2065, 28.7],
      ['total', 2033, 588586],
    ]);
    expect(registryDeaths2024()).toBe(5248);
  });
});

describe('fitCost', () => {
  it('is 0 when every peak and the aging rate hit the plan', () => {
    expect(fitCost(tentSummary(), targets)).toBe(0);
  });

  it('costs (e / 0.5 %)² within the 1 % aim, and much more beyond it', () => {
    const at = (e: number) => fitCost(tentSummary({ age15_64: { year: 2029, value: 402599 * (1 + e) } }), targets);
    expect(at(0.01)).toBeCloseTo(4, 9);
    expect(at(-0.01)).toBeCloseTo(4, 9);
    expect(at(0.015)).toBeCloseTo(9 + (0.005 / SCALES.beyondAim) ** 2, 9);
  });

  it("charges the gap between the peak and the published year's value (the plateau term)", () => {
    const gap = fitCost(tentSummary({ total: { year: 2034, value: 588586 } }), targets);
    expect(gap).toBeCloseTo((0.001 / SCALES.plateau) ** 2, 9); // within the ±2-year tolerance: plateau term only
  });

  it('adds a step cost for a peak year outside its tolerance, growing with the distance', () => {
    const plateau = (d: number) => ((0.001 * d) / SCALES.plateau) ** 2;
    const off = (d: number) => fitCost(tentSummary({ age0_14: { year: 2025 + d, value: 61717 } }), targets);
    expect(off(1)).toBeCloseTo(plateau(1), 9);
    expect(off(2)).toBeCloseTo(plateau(2) + SCALES.yearOutside * 2, 9);
    expect(off(3)).toBeCloseTo(plateau(3) + SCALES.yearOutside * 3, 9);
  });

  it('charges the aging rate in percentage points, more beyond 0.3', () => {
    expect(fitCost(tentSummary({}, 28.95), targets)).toBeCloseTo(1, 9);
    expect(fitCost(tentSummary({}, 29.2), targets)).toBeCloseTo(4 + (0.2 / SCALES.agingBeyondAim) ** 2, 9);
  });
});

describe('createEvaluator (real engine, real tables)', () => {
  const evaluate = createEvaluator();
  const fitted = toValues(readParameters());

  it('meets the constraints at the committed parameters (no constraint cost)', () => {
    const e = evaluate(fitted);
    expect(e.terms.constraints).toBe(0);
    expect(e.value).toBe(e.terms.fit);
    expect(e.netTotals.map((n) => n.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
  });

  it('penalises a net rate above 15 % a year', () => {
    const e = evaluate({ ...fitted, aIn: 0.5 });
    expect(Math.max(...e.net)).toBeGreaterThan(ACCEPTANCE.maxNetRate);
    expect(e.terms.constraints).toBeGreaterThan(0);
  });

  it('penalises net totals outside 1,000–4,000 a year and deaths far from the registry', () => {
    const none = evaluate({ ...fitted, aIn: 0, aOut: 0, c: 0 });
    expect(none.netTotals.every((n) => n.net === 0)).toBe(true);
    expect(none.terms.constraints).toBeGreaterThanOrEqual(9 * (1000 / SCALES.netTotal) ** 2);
    const deadly = evaluate({ ...fitted, theta: 1.3 });
    expect(deadly.deaths2024 / registryDeaths2024() - 1).toBeGreaterThan(ACCEPTANCE.deaths2024);
    expect(deadly.terms.constraints).toBeGreaterThan(0);
  });

  it('is deterministic: the same parameters give the same value', () => {
    expect(evaluate(fitted).value).toBe(evaluate(fitted).value);
  });
});
