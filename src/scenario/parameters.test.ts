import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTyped, RANGES, showValue, snap } from './parameters.ts';

describe('checkTyped', () => {
  it('accepts numbers within the range, written as people type them', () => {
    expect(checkTyped('1.8', RANGES.tfr)).toEqual({ ok: true, value: 1.8 });
    expect(checkTyped(' ２．０７ ', RANGES.tfr)).toEqual({ ok: true, value: 2.07 });
    expect(checkTyped('1,5', RANGES.tfr)).toEqual({ ok: true, value: 1.5 });
    expect(checkTyped('−1.5', RANGES.mortalityDecline)).toEqual({ ok: true, value: -1.5 });
    expect(checkTyped('-0', RANGES.mortalityDecline)).toEqual({ ok: true, value: 0 });
    expect(checkTyped('2065', RANGES.horizon)).toEqual({ ok: true, value: 2065 });
  });

  it('names the problem and keeps the text', () => {
    expect(checkTyped('5', RANGES.tfr)).toEqual({ ok: false, problem: 'out-of-range', text: '5' });
    expect(checkTyped('', RANGES.tfr)).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkTyped('1e3', RANGES.srb)).toMatchObject({ ok: false, problem: 'not-a-number' });
    expect(checkTyped('abc', RANGES.srb)).toMatchObject({ ok: false, problem: 'not-a-number' });
    expect(checkTyped('2040.5', RANGES.horizon)).toMatchObject({ ok: false, problem: 'not-integer' });
    expect(checkTyped('2029', RANGES.horizon)).toMatchObject({ ok: false, problem: 'out-of-range' });
  });

  it('accepts exactly the values within the range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('tfr', 'srb', 'mortalityDecline', 'inMigration', 'outMigration'),
        fc.double({ min: -10, max: 200, noNaN: true }),
        (key, x) => {
          const range = RANGES[key];
          const text = x.toFixed(3);
          const value = Number(text) + 0;
          expect(checkTyped(text, range).ok).toBe(value >= range.min && value <= range.max);
        },
      ),
    );
  });
});

describe('showValue and snap', () => {
  it('drop float noise to the step’s decimals', () => {
    expect(showValue(0.1 + 0.2, RANGES.inMigration)).toBe('0.3');
    expect(showValue(105.10000000000001, RANGES.srb)).toBe('105.1');
    expect(showValue(2065, RANGES.horizon)).toBe('2065');
    expect(snap(0.9900000000000001, RANGES.tfr)).toBe(0.99);
  });
});
