// Fertility: age-specific fertility rates are a fixed shape by the mother's age scaled by the TFR.
import { AGES } from './types.ts';

/** Splits age-specific fertility rates into their shape (sums to 1) and the TFR (their sum). */
export function shapeFromAsfr(asfr: readonly number[]): { shape: number[]; tfr: number } {
  const tfr = asfr.reduce((s, x) => s + x, 0);
  return { shape: asfr.map((x) => x / tfr), tfr };
}

/** Age-specific fertility rates for a TFR: asfr[x] = tfr × shape[x]. */
export function asfrFromShape(shape: ArrayLike<number>, tfr: number): number[] {
  return Array.from(shape, (f) => f * tfr);
}

/** First and last age with a nonzero share of births ([1, 0] when the shape is all zero). */
export function fertileAges(shape: ArrayLike<number>): { first: number; last: number } {
  let first = 1;
  let last = 0;
  for (let x = AGES - 1; x >= 1; x--)
    if (shape[x] > 0) {
      last = x;
      break;
    }
  for (let x = 1; x <= last; x++)
    if (shape[x] > 0) {
      first = x;
      break;
    }
  return { first, last };
}

/**
 * Σ f[x] · F_x: the women of the Jan 1 population at row `year` weighted by the fertility shape.
 * A year's births are TFR × ½(weightedWomen(t) + weightedWomen(t+1)): mid-year exposure.
 * Reads only ages first..last (≥ 1), so the next year's age 0 may still be unset. Two partial sums
 * halve the add-latency chain.
 */
export function weightedWomen(population: Float64Array, year: number, shape: Float64Array, first: number, last: number): number {
  const women = year * 202 + 101; // CELLS_PER_YEAR, AGES as literals: cheaper in a hot loop
  let even = 0;
  let odd = 0;
  let x = first;
  for (; x < last; x += 2) {
    even += shape[x] * population[women + x];
    odd += shape[x + 1] * population[women + x + 1];
  }
  if (x === last) even += shape[x] * population[women + x];
  return even + odd;
}
