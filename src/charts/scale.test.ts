import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear as d3Linear, ticks as d3Ticks } from 'd3';
import { niceDomain, scaleLinear, ticks } from './scale.ts';

// Values of the size the charts see (people, percent, years, pixels), negative and fractional too; not
// subnormal numbers, where d3's own ticks ask for an array of 10^324 places.
const value = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((v) => v / 100),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-9),
);
const count = fc.integer({ min: 0, max: 30 });

describe('ticks', () => {
  it('gives d3-array’s ticks', () => {
    fc.assert(
      fc.property(value, value, count, (a, b, n) => {
        expect(ticks(a, b, n)).toEqual(d3Ticks(a, b, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives round steps over the pyramid’s and the charts’ ranges', () => {
    expect(ticks(0, 3874, 4)).toEqual([0, 1000, 2000, 3000]);
    expect(ticks(520_000, 610_000, 5)).toEqual([520_000, 540_000, 560_000, 580_000, 600_000]);
    expect(ticks(0, 0.9, 3)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(ticks(5, 5, 3)).toEqual([5]);
    expect(ticks(0, 1, 0)).toEqual([]);
  });
});

describe('niceDomain', () => {
  it('widens to d3-scale’s nice ends, also for descending domains', () => {
    fc.assert(
      fc.property(value, value, count, (a, b, n) => {
        expect(niceDomain([a, b], n)).toEqual(d3Linear().domain([a, b]).nice(n).domain());
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds a population axis outwards', () => {
    expect(niceDomain([531_234, 601_987], 5)).toEqual([520_000, 620_000]);
  });
});

describe('scaleLinear', () => {
  it('maps and inverts as d3-scale’s linear scale', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (d0, d1, r0, r1, x) => {
        const ours = scaleLinear([d0, d1], [r0, r1]);
        const theirs = d3Linear().domain([d0, d1]).range([r0, r1]);
        expect(ours(x)).toBe(theirs(x));
        expect(ours.invert(x)).toBe(theirs.invert(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps years onto pixels and back', () => {
    const x = scaleLinear([2020, 2070], [40, 540]);
    expect(x(2020)).toBe(40);
    expect(x(2045)).toBe(290);
    expect(x.invert(540)).toBe(2070);
    expect(x.domain).toEqual([2020, 2070]);
    // An empty domain maps to the middle of the range, as d3's does.
    expect(scaleLinear([3, 3], [0, 100])(7)).toBe(50);
  });
});
