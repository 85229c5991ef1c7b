import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graduate, GRADUATION_OMEGA, pchip, weightedMean } from './graduate.ts';

describe('pchip', () => {
  it('passes through the knots and stays monotone between them', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 3, maxLength: 12 }), (steps) => {
        const xs = steps.map((_, i) => i * 2);
        const ys = steps.reduce<number[]>((acc, s) => [...acc, (acc.at(-1) ?? 0) + s], []);
        const f = pchip(xs, ys);
        xs.forEach((x, i) => expect(f(x)).toBeCloseTo(ys[i], 9));
        for (let x = 0; x < xs.at(-1)!; x += 0.25) expect(f(x + 0.25)).toBeGreaterThanOrEqual(f(x) - 1e-9);
      }),
    );
  });
  it('rejects unordered knots and points outside the range', () => {
    expect(() => pchip([0, 2, 1], [0, 1, 2])).toThrow(/increase/);
    expect(() => pchip([0, 1, 2], [0, 1, 2])(3)).toThrow(/outside/);
  });
});

// A synthetic Gompertz-like schedule with a declining exposure (as in an ageing population).
const trueRate = (x: number) => (x === 0 ? 2e-3 : x < 5 ? 2e-4 : 5e-5 + 3e-5 * Math.exp(0.095 * x));
const exposure = Array.from({ length: GRADUATION_OMEGA + 1 }, (_, x) => 1000 * Math.exp(-0.0004 * x * x) + 1);
const groupRates = Array.from({ length: 21 }, (_, g) => {
  const ages = Array.from({ length: g === 20 ? GRADUATION_OMEGA - 99 : 5 }, (_, i) => 5 * g + i);
  return weightedMean(
    ages.map(trueRate),
    ages.map((x) => exposure[x]),
    0,
    ages.length - 1,
  );
});

describe('graduate', () => {
  const g = graduate({
    groupRates,
    exposure,
    infantChildPattern: [0, 1, 2, 3, 4].map(trueRate),
    ax: (age) => (age === 0 ? 0.1 : 0.5),
  });
  const m = g.schedule.mx;

  it('reproduces every group rate as the exposure-weighted mean of its single ages', () => {
    for (let k = 0; k < 20; k++) expect(weightedMean(m, exposure, 5 * k, 5 * k + 4) / groupRates[k]).toBeCloseTo(1, 10);
    expect(weightedMean(m, exposure, 100, GRADUATION_OMEGA) / groupRates[20]).toBeCloseTo(1, 10);
  });
  it('keeps the 0–4 pattern, stays positive and is continuous from 99 to 100', () => {
    expect(m[0] / m[1]).toBeCloseTo(trueRate(0) / trueRate(1), 10);
    m.forEach((v) => expect(v).toBeGreaterThan(0));
    expect(m[100] / m[99]).toBeCloseTo(Math.exp(g.openSlope), 10);
    expect(g.schedule.ax[0]).toBe(0.1);
  });
  it('recovers a smooth schedule: within 1.5 % at ages 10–94, 4 % at 95–99 (the spline end)', () => {
    for (let x = 10; x < 95; x++) expect(Math.abs(m[x] / trueRate(x) - 1)).toBeLessThan(0.015);
    for (let x = 95; x < 100; x++) expect(Math.abs(m[x] / trueRate(x) - 1)).toBeLessThan(0.04);
  });
  it('rejects a wrong number of groups or non-positive rates', () => {
    expect(() => graduate({ groupRates: groupRates.slice(1), exposure, infantChildPattern: [1, 1, 1, 1, 1], ax: () => 0.5 })).toThrow(
      /21 group rates/,
    );
    expect(() =>
      graduate({ groupRates: groupRates.map((r, i) => (i === 3 ? 0 : r)), exposure, infantChildPattern: [1, 1, 1, 1, 1], ax: () => 0.5 }),
    ).toThrow(/> 0/);
  });
});
