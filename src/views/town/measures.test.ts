import { describe, expect, it } from 'vitest';
import { figuresOf, medianAge, ranksOf } from './measures.ts';

describe('town measures', () => {
  it('median age from single ages: the middle person, people spread evenly within each year', () => {
    // 10 people aged 0, 10 aged 1: the 10th person ends year 0 → median 1.0
    expect(medianAge([10, 10])).toBe(1);
    // 4 aged 30, 4 aged 31, 2 aged 32: half = 5, 4 below 31 → 31 + 1/4
    expect(medianAge([...new Array(30).fill(0), 4, 4, 2])).toBeCloseTo(31.25, 12);
    expect(medianAge([0, 0, 6])).toBe(2); // the middle person in the open last group: its lower age
    expect(medianAge([0, 0, 0])).toBeNaN();
  });

  it('aging rate and children share as % of all ages', () => {
    const male = new Array(101).fill(0);
    const female = new Array(101).fill(0);
    male[5] = 10;
    female[40] = 70;
    male[70] = 15;
    female[100] = 5;
    const f = figuresOf(male, female);
    expect(f).toMatchObject({ population: 100, age0_14: 10, age15_64: 70, age65plus: 20, children_share: 10, aging_rate: 20 });
    expect(f.median_age).toBeCloseTo(40 + (50 - 10) / 70, 12);
    expect(() => figuresOf([1], [1, 2])).toThrow(/1 male ages but 2/);
  });

  it('ranks: 1 for the highest, ties share a rank, NaN last', () => {
    expect(ranksOf([3, 9, 5])).toEqual([3, 1, 2]);
    expect(ranksOf([5, 7, 5, 1])).toEqual([2, 1, 2, 4]);
    expect(ranksOf([NaN, 2, 1])).toEqual([3, 1, 2]);
  });
});
