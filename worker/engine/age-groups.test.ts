import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAgeGroups, type AgeGroupCount } from './age-groups.ts';

const fiveYear = (counts: readonly number[]): AgeGroupCount[] => counts.map((count, i) => ({ from: 5 * i, to: 5 * i + 4, count }));

describe('splitAgeGroups', () => {
  it('keeps every 5-year group total exactly and gives no negative count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 20, maxLength: 20 }),
        fc.integer({ min: 0, max: 500 }),
        (counts, open) => {
          const single = splitAgeGroups(fiveYear(counts), open);
          expect(single).toHaveLength(101);
          expect(single[100]).toBe(open);
          counts.forEach((c, g) => {
            let sum = 0;
            for (let a = 5 * g; a < 5 * g + 5; a++) {
              expect(single[a]).toBeGreaterThanOrEqual(0);
              sum += single[a];
            }
            expect(sum).toBeCloseTo(c, 6);
          });
        },
      ),
    );
  });

  it('gives a smooth, not stepped, curve where neighbouring groups differ', () => {
    const counts = Array.from({ length: 20 }, (_, g) => 10_000 - 400 * g);
    const single = splitAgeGroups(fiveYear(counts), 100);
    // Falling group totals: the single years fall within a group too (no step of five equal values).
    expect(single[5]).toBeGreaterThan(single[9]);
    expect(new Set(Array.from(single.slice(5, 10), (v) => v.toFixed(3))).size).toBe(5);
  });

  it('keeps single years as they are, and mixes single years with groups', () => {
    const single = Array.from({ length: 100 }, (_, a) => ({ from: a, to: a, count: a + 1 }));
    expect(Array.from(splitAgeGroups(single, 7))).toEqual([...Array.from({ length: 100 }, (_, a) => a + 1), 7]);
    const mixed = [{ from: 0, to: 0, count: 900 }, { from: 1, to: 4, count: 3_800 }, ...fiveYear(Array(20).fill(4_000)).slice(1)];
    const out = splitAgeGroups(mixed, 10);
    expect(out[0]).toBeCloseTo(900, 9);
    expect(out[1] + out[2] + out[3] + out[4]).toBeCloseTo(3_800, 6);
  });

  it('refuses groups with a gap, an overlap, or that stop before 99', () => {
    const counts = fiveYear(Array(20).fill(1));
    expect(() =>
      splitAgeGroups(
        counts.filter((g) => g.from !== 40),
        0,
      ),
    ).toThrow(/found 45–49 where 40 was expected/);
    expect(() => splitAgeGroups([...counts, { from: 40, to: 44, count: 1 }], 0)).toThrow(/where 45 was expected/);
    expect(() => splitAgeGroups(counts.slice(0, 19), 0)).toThrow(/stop at 94/);
  });
});
