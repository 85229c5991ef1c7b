import { quantile } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted, quantilesInPlace } from './quantile.ts';

const PS = [0.025, 0.1, 0.5, 0.9, 0.975];

describe('quantiles', () => {
  it('match d3.quantile (R type 7) on any sample, by selection as by sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
        const sample = Float64Array.from(xs);
        const out = new Float64Array(PS.length);
        quantilesInPlace(sample, PS, out, 0);
        const sorted = Float64Array.from(xs).sort();
        PS.forEach((p, i) => {
          expect(out[i]).toBe(quantileSorted(sorted, p));
          expect(out[i]).toBeCloseTo(quantile(xs, p)!, 6);
        });
      }),
    );
  });

  it('known values', () => {
    const sorted = Float64Array.from({ length: 1001 }, (_, i) => i);
    expect(PS.map((p) => quantileSorted(sorted, p))).toEqual([25, 100, 500, 900, 975]);
    const out = new Float64Array(5);
    quantilesInPlace(Float64Array.of(3, 1, 2, 4), PS, out, 0);
    expect(Array.from(out)).toEqual([1.075, 1.3, 2.5, 3.7, 3.925]);
    quantilesInPlace(Float64Array.of(1, NaN, 2), PS, out, 0);
    expect(Array.from(out).every(Number.isNaN)).toBe(true);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
