import { describe, expect, it } from 'vitest';
import { fertilityRows } from './fertility.ts';

const rows = fertilityRows();
const total = (k: 'asfr' | 'shape' | 'asfr_national_2019') => rows.reduce((a, r) => a + r[k], 0);

describe('fertility', () => {
  it('covers ages 0..100 with zeros outside 12..55', () => {
    expect(rows.map((r) => r.age)).toEqual(Array.from({ length: 101 }, (_, i) => i));
    rows.filter((r) => r.age < 12 || r.age > 55).forEach((r) => expect(r.asfr).toBe(0));
  });
  it('keeps the HFD Japan 2019 total (1.342), a shape summing to 1 and a TFR of 0.99', () => {
    expect(total('asfr_national_2019')).toBeCloseTo(1.342, 3);
    expect(total('shape')).toBeCloseTo(1, 12);
    expect(total('asfr')).toBeCloseTo(0.99, 12);
  });
  it('is proportional to the national pattern, peaking around age 30', () => {
    rows.filter((r) => r.asfr_national_2019 > 0).forEach((r) => expect(r.asfr / r.asfr_national_2019).toBeCloseTo(0.99 / 1.34249, 9));
    const peak = rows.reduce((a, r) => (r.asfr > a.asfr ? r : a));
    expect(peak.age).toBeGreaterThanOrEqual(28);
    expect(peak.age).toBeLessThanOrEqual(33);
  });
  it('scales to another TFR', () => {
    expect(fertilityRows(1.2).reduce((a, r) => a + r.asfr, 0)).toBeCloseTo(1.2, 12);
  });
});
