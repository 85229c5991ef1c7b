// The map's colours: five classes of equal count (quintiles of the 139 values), so every colour covers
// about the same number of neighbourhoods whatever the measure's spread, on the cividis scale (dark blue
// → yellow), which readers with any common colour-vision deficiency see as an even light-to-dark order.
import { interpolateCividis, quantileSorted } from 'd3';

export const CLASSES = 5;

export interface ColourClasses {
  /** CLASSES − 1 upper bounds: a value v is in class i when it is < breaks[i] (and ≥ breaks[i − 1]). */
  readonly breaks: readonly number[];
  /** Per class: [lowest, highest] value in it, for the legend. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly colours: readonly string[];
}

/** Fill colours of the classes, light to dark text contrast handled by the legend's own labels. */
export const CLASS_COLOURS = Array.from({ length: CLASSES }, (_, i) => interpolateCividis(0.08 + (0.9 * i) / (CLASSES - 1)));

export function colourClasses(values: readonly number[]): ColourClasses {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const breaks = Array.from({ length: CLASSES - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / CLASSES) ?? 0);
  const ranges = Array.from({ length: CLASSES }, (_, i) => {
    const inClass = sorted.filter((v) => classOf(v, breaks) === i);
    return [inClass[0] ?? NaN, inClass.at(-1) ?? NaN] as const;
  });
  return { breaks, ranges, colours: CLASS_COLOURS };
}

export function classOf(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}
