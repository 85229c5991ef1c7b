import { describe, expect, it } from 'vitest';
import { drawShocks, normalStream } from './sampler.ts';
import { UNCERTAINTY } from './uncertainty.ts';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};
const corr = (xs: number[], ys: number[]) => {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) sxy += (xs[i] - mx) * (ys[i] - my);
  return sxy / (xs.length - 1) / (sd(xs) * sd(ys));
};

const RUNS = 6000;
const STEPS = 45;
const shocks = drawShocks(11, RUNS, STEPS, UNCERTAINTY);
/** One path's value at a step, across runs. */
const at = (xs: Float64Array, step: number) => Array.from({ length: RUNS }, (_, r) => xs[r * STEPS + step]);
/** Only the even runs: the odd ones are their negatives (antithetic), which would hide the spread's noise. */
const even = (xs: number[]) => xs.filter((_, i) => i % 2 === 0);

describe('normalStream', () => {
  it('gives standard normals, the same for a seed', () => {
    const z = normalStream(3);
    const xs = Array.from({ length: 40000 }, z);
    expect(Math.abs(mean(xs))).toBeLessThan(0.02);
    expect(sd(xs)).toBeCloseTo(1, 1);
    expect(xs.filter((x) => Math.abs(x) > 1.96).length / xs.length).toBeCloseTo(0.05, 2);
    const again = normalStream(3);
    expect(Array.from({ length: 10 }, again)).toEqual(xs.slice(0, 10));
  });
});

describe('drawShocks', () => {
  it('repeats for a seed, differs for another, and a smaller sample is the start of a larger one', () => {
    const a = drawShocks(7, 200, STEPS, UNCERTAINTY);
    const b = drawShocks(7, 200, STEPS, UNCERTAINTY);
    const c = drawShocks(8, 200, STEPS, UNCERTAINTY);
    const d = drawShocks(7, 50, STEPS, UNCERTAINTY);
    expect(b.tfrLog).toEqual(a.tfrLog);
    expect(b.inLog).toEqual(a.inLog);
    expect(c.tfrLog).not.toEqual(a.tfrLog);
    expect(d.hazardLog).toEqual(a.hazardLog.subarray(0, 50 * STEPS));
    expect(d.outLog).toEqual(a.outLog.subarray(0, 50 * STEPS));
  });

  it('pairs each run with its antithetic twin', () => {
    for (const xs of [shocks.tfrLog, shocks.hazardLog, shocks.inLog]) {
      for (let s = 0; s < STEPS; s += 11) expect(xs[STEPS + s] + xs[s]).toBe(0);
    }
  });

  it('TFR: log error an AR(1) from 0 with ρ and σ as documented', () => {
    const { rho, sigma } = UNCERTAINTY.tfr;
    expect(at(shocks.tfrLog, 0).every((x) => x === 0)).toBe(true);
    for (const h of [10, 20, 40]) {
      const expected = sigma * Math.sqrt((1 - rho ** (2 * h)) / (1 - rho * rho));
      expect(sd(even(at(shocks.tfrLog, h))) / expected).toBeCloseTo(1, 1);
      expect(Math.abs(mean(at(shocks.tfrLog, h)))).toBeLessThan(1e-12); // antithetic: exactly centred
    }
    // sd of log TFR 0.147 at 10 years (research brief §0.1)
    expect(sigma * Math.sqrt((1 - rho ** 20) / (1 - rho * rho))).toBeCloseTo(0.147, 2);
    // AR(1): corr(X_h, X_{h+1}) = ρ · sd_h / sd_{h+1}
    const x20 = even(at(shocks.tfrLog, 20));
    const x21 = even(at(shocks.tfrLog, 21));
    const sdAt = (h: number) => Math.sqrt((1 - rho ** (2 * h)) / (1 - rho * rho));
    expect(corr(x20, x21)).toBeCloseTo((rho * sdAt(20)) / sdAt(21), 2);
  });

  it('mortality: an extra decline per run plus a random walk', () => {
    const { rateSd, walkSd } = UNCERTAINTY.mortality;
    for (const h of [10, 40]) {
      const expected = Math.sqrt(((rateSd / 100) * h) ** 2 + walkSd ** 2 * h);
      expect(sd(even(at(shocks.hazardLog, h))) / expected).toBeCloseTo(1, 1);
    }
  });

  it('migration: differential and mobility stationary AR(1)s, a level per run, independent of each other', () => {
    const { differential, mobility, levelSd } = UNCERTAINTY.migration;
    const diff = (s: number) => even(at(shocks.inLog, s)).map((x, i) => x - even(at(shocks.outLog, s))[i]);
    const sum = (s: number) => even(at(shocks.inLog, s)).map((x, i) => x + even(at(shocks.outLog, s))[i]);
    const d0 = diff(0);
    const d30 = diff(30);
    const u30 = sum(30);
    for (const d of [d0, d30]) expect(sd(d) / Math.hypot(differential.sd, levelSd)).toBeCloseTo(1, 1);
    expect(sd(u30) / (2 * mobility.sd)).toBeCloseTo(1, 1);
    // log m_in − log m_out = v + ℓ: year-to-year correlation (ρ·sd_v² + sd_ℓ²) / (sd_v² + sd_ℓ²)
    const expected = (differential.rho * differential.sd ** 2 + levelSd ** 2) / (differential.sd ** 2 + levelSd ** 2);
    expect(corr(d30, diff(31))).toBeCloseTo(expected, 1);
    // Independent components
    expect(Math.abs(corr(d30, u30))).toBeLessThan(0.05);
    expect(Math.abs(corr(d30, even(at(shocks.tfrLog, 30))))).toBeLessThan(0.05);
    expect(Math.abs(corr(even(at(shocks.hazardLog, 30)), even(at(shocks.tfrLog, 30))))).toBeLessThan(0.05);
  });

  it('refuses a bad run count or seed', () => {
    expect(() => drawShocks(1, 0, 10, UNCERTAINTY)).toThrow(/runs 0/);
    expect(() => drawShocks(1.5, 10, 10, UNCERTAINTY)).toThrow(/seed 1.5/);
  });
});
