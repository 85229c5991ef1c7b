import { describe, expect, it } from 'vitest';
import { placeLabel, placePeakLabels, placeTip, textWidth, yearTicks } from './layout.ts';

describe('chart layout helpers', () => {
  it('estimates wider widths for Japanese than for digits', () => {
    expect(textWidth('58.9万人', 10)).toBeGreaterThan(textWidth('588.6k', 10));
    expect(textWidth('', 10)).toBe(0);
  });

  it('keeps labels inside the plot', () => {
    expect(placeLabel(50, 40, 0, 300)).toEqual({ x: 50, anchor: 'middle' });
    expect(placeLabel(10, 40, 0, 300)).toEqual({ x: 10, anchor: 'start' });
    expect(placeLabel(295, 40, 0, 300)).toEqual({ x: 295, anchor: 'end' });
  });

  it('places a tooltip right of the pointer, left of it near the edge, and never outside the chart', () => {
    expect(placeTip(100, 200, 800)).toBe(112);
    expect(placeTip(700, 200, 800)).toBe(488); // would end at 912: flips left
    expect(placeTip(150, 300, 400)).toBe(100); // fits neither side: kept whole at the right edge
    expect(placeTip(50, 500, 400)).toBe(0); // wider than the chart: starts at its left edge
    for (const x of [0, 37, 199, 200, 401, 640]) {
      const left = placeTip(x, 160, 640);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + 160).toBeLessThanOrEqual(640);
    }
  });

  it('puts peak labels above their points, below when two would overlap or there is no room above', () => {
    const [a, b, c] = placePeakLabels(
      [
        { px: 400, py: 200, width: 150 },
        { px: 420, py: 205, width: 150 }, // nearly the same place: goes below
        { px: 100, py: 25, width: 80 }, // too close to the top: below
      ],
      14,
      0,
      800,
      10,
    );
    expect(a.y).toBeLessThan(200);
    expect(b.y).toBeGreaterThan(205);
    expect(c.y).toBeGreaterThan(25);
    const [d, e] = placePeakLabels(
      [
        { px: 100, py: 200, width: 100 },
        { px: 500, py: 200, width: 100 },
      ],
      14,
      0,
      800,
      10,
    );
    expect([d.y, e.y]).toEqual([200 - 14 * 0.7, 200 - 14 * 0.7]); // far apart: both above
  });

  it('puts year ticks on round years, fewer when narrow', () => {
    expect(yearTicks(2021, 2065, 1200, 16)).toEqual([2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060, 2065]);
    expect(yearTicks(2021, 2065, 300, 14)).toEqual([2030, 2040, 2050, 2060]);
    expect(yearTicks(2021, 2065, 200, 14)).toEqual([2040, 2060]);
    expect(yearTicks(2021, 2070, 600, 14)).toEqual([2030, 2040, 2050, 2060, 2070]);
  });
});
