import { describe, expect, it } from 'vitest';
import { classOf, colourClasses, CLASS_COLOURS } from './colour.ts';

describe('map colour classes', () => {
  it('puts about a fifth of the values in each class, and ranges cover every value', () => {
    const values = Array.from({ length: 139 }, (_, i) => 10 + i * 0.1);
    const c = colourClasses(values);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v, c.breaks)]++;
    for (const n of counts) expect(Math.abs(n - 139 / 5)).toBeLessThanOrEqual(1);
    expect(c.ranges[0][0]).toBe(10);
    expect(c.ranges[4][1]).toBeCloseTo(23.8, 10);
    expect(new Set(CLASS_COLOURS).size).toBe(5);
  });
});
