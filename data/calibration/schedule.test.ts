import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGES, fundamentalShape, netRateAt, netRates, rcCurve, ROGERS_CASTRO, splitGross, type ScheduleParameters } from './schedule.ts';

const p: ScheduleParameters = { aIn: 0.14, muIn: 13, aOut: 0.05, muOut: 28, c: -0.004 };

describe('rcCurve', () => {
  it('peaks ln(λ/α)/λ ≈ 3.47 years after μ', () => {
    const peak = 20 + Math.log(ROGERS_CASTRO.lambda2 / ROGERS_CASTRO.alpha2) / ROGERS_CASTRO.lambda2;
    expect(rcCurve(peak, 20)).toBeGreaterThan(rcCurve(peak - 0.01, 20));
    expect(rcCurve(peak, 20)).toBeGreaterThan(rcCurve(peak + 0.01, 20));
    expect(peak - 20).toBeCloseTo(3.466, 3);
  });

  it('is positive and vanishes far before μ', () => {
    expect(rcCurve(0, 20)).toBeLessThan(1e-10);
    expect(rcCurve(60, 20)).toBeGreaterThan(0);
  });
});

describe('netRates', () => {
  it('adds the four components', () => {
    const x = 30;
    const expected = p.c + p.aIn * rcCurve(x, p.muIn) - p.aOut * rcCurve(x, p.muOut) - (p.aOut / 3) * Math.exp(-0.1 * x);
    expect(netRateAt(p, x)).toBeCloseTo(expected, 15);
    expect(netRates(p)).toHaveLength(AGES);
  });

  it('tends to c at old ages and to c − aOut/3 at birth (before the young-adult curves)', () => {
    expect(netRateAt(p, 100)).toBeCloseTo(p.c, 3);
    expect(netRateAt({ ...p, muIn: 40, muOut: 40 }, 0)).toBeCloseTo(p.c - p.aOut / 3, 6);
  });

  it('is smooth: no jump between neighbouring ages larger than the largest level / 2', () => {
    fc.assert(
      fc.property(
        fc.record({
          aIn: fc.double({ min: 0, max: 0.5, noNaN: true }),
          muIn: fc.double({ min: 12, max: 20, noNaN: true }),
          aOut: fc.double({ min: 0, max: 0.5, noNaN: true }),
          muOut: fc.double({ min: 20, max: 40, noNaN: true }),
          c: fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        }),
        (q) => {
          const n = netRates(q);
          const bound = Math.max(q.aIn, q.aOut) / 2 + 1e-12;
          for (let x = 1; x < AGES; x++) if (Math.abs(n[x] - n[x - 1]) > bound) return false;
          return true;
        },
      ),
    );
  });
});

describe('splitGross', () => {
  const population = {
    male: Array.from({ length: AGES }, (_, x) => 3000 - 20 * x),
    female: Array.from({ length: AGES }, (_, x) => 3200 - 20 * x),
  };
  const net = { male: netRates(p), female: netRates(p) };
  const total = (rates: number[], sex: 'male' | 'female') => rates.reduce((s, r, x) => s + r * population[sex][x], 0);

  it('keeps net = in − out, in ≥ 0, out ≥ 0, and scales out-migrants to the target', () => {
    const { rates } = splitGross(net, population, 30000);
    for (const sex of ['male', 'female'] as const) {
      rates[sex].out_rate.forEach((o, x) => {
        expect(o).toBeGreaterThanOrEqual(0);
        expect(rates[sex].in_rate[x]).toBeGreaterThanOrEqual(0);
        expect(rates[sex].in_rate[x] - o).toBeCloseTo(net[sex][x], 14);
      });
    }
    expect(total(rates.male.out_rate, 'male') + total(rates.female.out_rate, 'female')).toBeCloseTo(30000, 6);
  });

  it('follows the fundamental shape where net is not a larger outflow', () => {
    const { rates, scale } = splitGross(net, population, 30000);
    const x = 60;
    expect(-net.male[x]).toBeLessThan(scale * fundamentalShape(x));
    expect(rates.male.out_rate[x]).toBeCloseTo(scale * fundamentalShape(x), 14);
  });

  it('refuses a target below the net outflow alone', () => {
    const outflow = { male: Array(AGES).fill(-0.5), female: Array(AGES).fill(-0.5) };
    expect(() => splitGross(outflow, population, 10)).toThrow(/cannot cover the net outflow/);
  });
});
