import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asfrFromShape, fertileAges, shapeFromAsfr, weightedWomen } from './asfr.ts';
import { AGES, CELLS_PER_YEAR } from './types.ts';

describe('asfr', () => {
  it('splits asfr into a shape summing to 1 and the TFR, and back', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.2, noNaN: true }), { minLength: AGES, maxLength: AGES }), (raw) => {
        raw[25] += 0.01;
        const { shape, tfr } = shapeFromAsfr(raw);
        expect(shape.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        asfrFromShape(shape, tfr).forEach((x, a) => expect(x).toBeCloseTo(raw[a], 12));
      }),
      { numRuns: 50 },
    );
  });

  it('finds the fertile ages, never age 0', () => {
    const shape = Array<number>(AGES).fill(0);
    shape[17] = 0.5;
    shape[44] = 0.5;
    expect(fertileAges(shape)).toEqual({ first: 17, last: 44 });
    expect(fertileAges(Array<number>(AGES).fill(0))).toEqual({ first: 1, last: 0 });
  });

  it('weights the women of one year by the shape', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 }), (first, span, year) => {
        const last = Math.min(first + span, 100);
        const population = Float64Array.from({ length: 3 * CELLS_PER_YEAR }, (_, i) => (i * 7919) % 1000);
        const shape = Float64Array.from({ length: AGES }, (_, x) => (x >= first && x <= last ? 1 / (last - first + 1) : 0));
        let expected = 0;
        for (let x = 0; x < AGES; x++) expected += shape[x] * population[year * CELLS_PER_YEAR + AGES + x];
        expect(weightedWomen(population, year, shape, first, last)).toBeCloseTo(expected, 9);
      }),
    );
  });
});
