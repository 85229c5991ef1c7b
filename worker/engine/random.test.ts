import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

describe('seededRandom', () => {
  it('is uniform on [0, 1) and repeats for a seed', () => {
    const a = seededRandom(42);
    const xs = Array.from({ length: 10000 }, a);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, b)).toEqual(xs.slice(0, 5));
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});
