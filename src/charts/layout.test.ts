import { describe, expect, it } from 'vitest';
import { placeLabel, textWidth, yearTicks } from './layout.ts';

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

  it('puts year ticks on round years, fewer when narrow', () => {
    expect(yearTicks(2021, 2065, 1200, 16)).toEqual([2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060, 2065]);
    expect(yearTicks(2021, 2065, 300, 14)).toEqual([2030, 2040, 2050, 2060]);
    expect(yearTicks(2021, 2065, 200, 14)).toEqual([2040, 2060]);
    expect(yearTicks(2021, 2070, 600, 14)).toEqual([2030, 2040, 2050, 2060, 2070]);
  });
});
