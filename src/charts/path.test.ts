import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { area, line } from 'd3';
import { areaPath, linePath } from './path.ts';

// Coordinates as charts make them (pixels, with fractions), some points missing (NaN) in the lines.
const coordinate = fc.double({ min: -2000, max: 5000, noNaN: true });
const points = fc.array(fc.record({ x: coordinate, y: coordinate, y0: coordinate, gap: fc.boolean() }), { maxLength: 60 });

describe('linePath', () => {
  it('draws d3-shape’s line, broken where a value is missing', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const defined = (i: number) => !ps[i].gap;
        const index = ps.map((_, i) => i);
        const theirs =
          line<number>()
            .defined(defined)
            .x((i) => ps[i].x)
            .y((i) => ps[i].y)(index) ?? '';
        expect(
          linePath(
            ps.length,
            (i) => ps[i].x,
            (i) => ps[i].y,
            defined,
          ),
        ).toBe(theirs);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes M…L… rounded to 3 decimals, a lone point closed, nothing for no point', () => {
    const ys = [10, NaN, 20.12345, 30, NaN];
    expect(
      linePath(
        ys.length,
        (i) => i * 1.5,
        (i) => ys[i],
        (i) => Number.isFinite(ys[i]),
      ),
    ).toBe('M0,10ZM3,20.123L4.5,30');
    expect(
      linePath(
        0,
        () => 0,
        () => 0,
      ),
    ).toBe('');
  });
});

describe('areaPath', () => {
  it('draws d3-shape’s area', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const index = ps.map((_, i) => i);
        const theirs =
          area<number>()
            .x((i) => ps[i].x)
            .y0((i) => ps[i].y0)
            .y1((i) => ps[i].y)(index) ?? '';
        expect(
          areaPath(
            ps.length,
            (i) => ps[i].x,
            (i) => ps[i].y0,
            (i) => ps[i].y,
          ),
        ).toBe(theirs);
      }),
      { numRuns: 1000 },
    );
  });

  it('goes along the upper edge, back along the lower, and closes', () => {
    expect(
      areaPath(
        2,
        (i) => i * 10,
        () => 50,
        (i) => 20 + i,
      ),
    ).toBe('M0,20L10,21L10,50L0,50Z');
    expect(
      areaPath(
        0,
        () => 0,
        () => 0,
        () => 0,
      ),
    ).toBe('');
  });
});
