import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthSurvival,
  closeAt,
  cohortSurvival,
  infantAx,
  lAt,
  lifeTable,
  personYears,
  survivalRatios,
  withMortalityLevel,
  type MortalitySchedule,
} from './lifetable.ts';
import { loadHmdFemaleLifeTable } from './sources.ts';

const constant = (m: number, n = 111): MortalitySchedule => ({ mx: new Array(n).fill(m), ax: new Array(n).fill(0.5) });
const hmd2019 = loadHmdFemaleLifeTable(2019);
const female2019: MortalitySchedule = { mx: hmd2019.map((r) => r.mx), ax: hmd2019.map((r) => r.ax) };

describe('lifeTable', () => {
  it('gives e0 = 1/m for a constant death rate (a = 0.5, any length)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 2, noNaN: true }), fc.integer({ min: 2, max: 130 }), (m, n) => {
        expect(lifeTable(constant(m, n), 1).ex[0]).toBeCloseTo(1 / m, 8);
      }),
    );
  });

  it('has lx falling, 0 < Lx ≤ lx, Tx summing Lx and ex = Tx / lx', () => {
    const t = lifeTable(female2019);
    for (let x = 1; x < t.age.length; x++) expect(t.lx[x]).toBeLessThan(t.lx[x - 1]);
    t.Lx.slice(0, -1).forEach((L, x) => {
      expect(L).toBeGreaterThan(0);
      expect(L).toBeLessThanOrEqual(t.lx[x]);
    });
    expect(t.Tx[0]).toBeCloseTo(
      t.Lx.reduce((a, b) => a + b, 0),
      6,
    );
    t.ex.forEach((e, x) => expect(e).toBeCloseTo(t.Tx[x] / t.lx[x], 10));
    expect(t.ax[110]).toBeCloseTo(1 / female2019.mx[110], 12);
  });

  it('reproduces the HMD Japan female 2019 table from its own mx and ax', () => {
    const t = lifeTable(female2019);
    expect(t.ex[0]).toBeCloseTo(hmd2019[0].ex, 1); // printed 87.44
    hmd2019.forEach((r, x) => expect(Math.abs(t.lx[x] - r.lx)).toBeLessThan(Math.max(2, 2e-3 * r.lx)));
  });

  it('rejects negative rates, a missing open rate and ax outside [0, 1], naming the age', () => {
    expect(() => lifeTable({ mx: [0.1, -0.1, 0.5], ax: [0.5, 0.5, 0] })).toThrow(/age 1/);
    expect(() => lifeTable({ mx: [0.1, 0.1, 0], ax: [0.5, 0.5, 0] })).toThrow(/open interval/);
    expect(() => lifeTable({ mx: [0.1, 0.1, 0.5], ax: [0.5, 1.5, 0] })).toThrow(/ax at age 1/);
    expect(() => lifeTable({ mx: [0.1, 0.5], ax: [0.5] })).toThrow(/ax values/);
  });
});

describe('closeAt', () => {
  it('folds ages ≥ top into one open interval that keeps T and the deaths', () => {
    const full = lifeTable(female2019);
    const c = closeAt(full, 100);
    expect(c.age).toHaveLength(101);
    expect(c.Lx[100]).toBeCloseTo(full.Tx[100], 8);
    expect(c.mx[100]).toBeCloseTo(full.lx[100] / full.Tx[100], 12);
    expect(c.ex[99]).toBe(full.ex[99]);
    expect(() => closeAt(full, 111)).toThrow(/outside/);
  });
});

describe('survivalRatios and birthSurvival', () => {
  it('keep a stationary population stationary, the open 100+ included', () => {
    const t = lifeTable(female2019);
    const s = survivalRatios(t, 100);
    const P = [...t.Lx.slice(0, 100), t.Tx[100]];
    const next = [t.lx[0] * birthSurvival(t)];
    for (let a = 0; a < 99; a++) next.push(P[a] * s[a]);
    next.push(P[99] * s[99] + P[100] * s[100]);
    next.forEach((v, a) => expect(v / P[a]).toBeCloseTo(1, 12));
  });

  it('lie in (0, 1] and need single ages above the open group', () => {
    const s = survivalRatios(lifeTable(female2019), 100);
    s.forEach((v) => {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(1);
    });
    expect(() => survivalRatios(lifeTable(constant(0.1, 101)), 100)).toThrow(/single ages up to 101/);
  });
});

describe('withMortalityLevel (the calibration hook)', () => {
  it('θ = 1 changes nothing', () => {
    expect(lifeTable(withMortalityLevel(female2019, 1, 65)).ex[0]).toBe(lifeTable(female2019).ex[0]);
  });
  it('θ > 1 lowers life expectancy above x0 and leaves survival below x0 alone', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.01, max: 3, noNaN: true }), fc.integer({ min: 1, max: 100 }), (theta, x0) => {
        const base = lifeTable(female2019);
        const t = lifeTable(withMortalityLevel(female2019, theta, x0));
        expect(t.lx[x0]).toBeCloseTo(base.lx[x0], 8);
        expect(t.ex[x0]).toBeLessThan(base.ex[x0]);
      }),
      { numRuns: 30 },
    );
  });
  it('rejects θ ≤ 0 and x0 out of range', () => {
    expect(() => withMortalityLevel(female2019, 0, 65)).toThrow(/θ/);
    expect(() => withMortalityLevel(female2019, 1.1, 200)).toThrow(/x0/);
  });
});

describe('fractional ages', () => {
  const t = lifeTable(female2019);
  it('lAt matches lx at exact ages and falls in between', () => {
    expect(lAt(t, 40)).toBe(t.lx[40]);
    expect(lAt(t, 40.5)).toBeLessThan(t.lx[40]);
    expect(lAt(t, 40.5)).toBeGreaterThan(t.lx[41]);
    expect(lAt(t, 115)).toBeLessThan(t.lx[110]);
  });
  it('personYears over a year equals Lx where a = 0.5, and over [110, ∞) the open L', () => {
    for (const x of [1, 30, 80, 100, 109]) expect(personYears(t, x, x + 1) / t.Lx[x]).toBeCloseTo(1, 12);
    expect(personYears(t, 110, Infinity) / t.Lx[110]).toBeCloseTo(1, 12);
    // infants: a0 = 0.15, while the linear interpolation spreads deaths evenly over the year
    expect(personYears(t, 0, 1) / t.Lx[0]).toBeCloseTo((1 - t.qx[0] / 2) / (1 - (1 - t.ax[0]) * t.qx[0]), 12);
    expect(personYears(t, 0, Infinity) - t.Tx[0]).toBeCloseTo(personYears(t, 0, 1) - t.Lx[0], 6);
    expect(() => personYears(t, 5, 4)).toThrow(/reversed/);
  });
  it('cohortSurvival is 1 at h = 0 and falls with h', () => {
    expect(cohortSurvival(t, 70, 71, 0)).toBeCloseTo(1, 12);
    expect(cohortSurvival(t, 70, 71, 2)).toBeLessThan(cohortSurvival(t, 70, 71, 1));
    expect(cohortSurvival(t, 100, Infinity, 1.75)).toBeLessThan(1);
  });
});

describe('infantAx (Andreev–Kingkade)', () => {
  it('matches the HMD 2019 female a0 (printed 0.15) and is continuous at the breakpoints', () => {
    expect(infantAx(hmd2019[0].mx, 'female')).toBeCloseTo(0.15, 2);
    expect(infantAx(0.023 - 1e-12, 'male')).toBeCloseTo(infantAx(0.023, 'male'), 2);
  });
});
