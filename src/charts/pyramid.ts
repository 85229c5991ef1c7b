// Geometry of the population pyramid, apart from drawing: men to the left, women to the right, ages
// 0 (bottom) to 100+ (top) in bands, age labels in the middle. Bars are one path per sex (101
// rectangles in one `d`), so a redraw per animation frame sets four attributes instead of 202 nodes.
import { ticks } from './scale.ts';
import { AGES } from '../../worker/engine/types.ts';
import { textWidth, type Margin } from './layout.ts';

export type Side = 'male' | 'female';

export interface PyramidLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** x of the male bars' base (the gap's left edge) and of the female bars' base. */
  readonly maleBase: number;
  readonly femaleBase: number;
  /** Width of each half at the largest value. */
  readonly half: number;
  /** Height of one age's band. */
  readonly band: number;
  /** The value at full half width. */
  readonly max: number;
}

export function pyramidLayout(width: number, height: number, max: number, fontSize: number): PyramidLayout {
  const gap = textWidth('100+', fontSize) + fontSize * 0.9;
  const side = Math.max(textWidth('8,000', fontSize) / 2 + 4, 8);
  const margin = { top: fontSize * 0.6, right: side, bottom: fontSize * 2.1, left: side };
  const half = Math.max(10, (width - margin.left - margin.right - gap) / 2);
  const maleBase = margin.left + half;
  return {
    width,
    height,
    margin,
    maleBase,
    femaleBase: maleBase + gap,
    half,
    band: Math.max(1, (height - margin.top - margin.bottom) / AGES),
    max: max > 0 ? max : 1,
  };
}

/** x of a value's bar end on a side. */
export function xOf(layout: PyramidLayout, side: Side, value: number): number {
  const w = (Math.max(0, value) / layout.max) * layout.half;
  return side === 'male' ? layout.maleBase - w : layout.femaleBase + w;
}

/** Top of an age's band. */
export const yOf = (layout: PyramidLayout, age: number) => layout.margin.top + (AGES - 1 - age) * layout.band;

const r = (x: number) => Math.round(x * 10) / 10;

/** The bars of one sex as one path: a rectangle per age from the base outwards. */
export function barsPath(layout: PyramidLayout, side: Side, values: ArrayLike<number>): string {
  const pad = layout.band >= 3 ? 0.5 : 0;
  const h = r(layout.band - 2 * pad);
  const base = side === 'male' ? layout.maleBase : layout.femaleBase;
  let d = '';
  for (let age = 0; age < AGES; age++) {
    const w = r(xOf(layout, side, values[age]) - base);
    if (w === 0) continue;
    d += `M${r(base)},${r(yOf(layout, age) + pad)}h${w}v${h}h${-w}z`;
  }
  return d;
}

/** A step line along the bar ends of one sex (the baseline's outline), from 100+ down to age 0. */
export function outlinePath(layout: PyramidLayout, side: Side, values: ArrayLike<number>): string {
  let d = '';
  for (let age = AGES - 1; age >= 0; age--) {
    const x = r(xOf(layout, side, values[age]));
    const top = r(yOf(layout, age));
    d += age === AGES - 1 ? `M${x},${top}` : `H${x}`;
    d += `V${r(top + layout.band)}`;
  }
  return d;
}

/** The age and side under a point of the chart, or null outside the bars' area. */
export function hit(layout: PyramidLayout, x: number, y: number): { age: number; side: Side } | null {
  const row = Math.floor((y - layout.margin.top) / layout.band);
  if (row < 0 || row >= AGES || x < layout.margin.left || x > layout.width - layout.margin.right) return null;
  const middle = (layout.maleBase + layout.femaleBase) / 2;
  return { age: AGES - 1 - row, side: x < middle ? 'male' : 'female' };
}

/** Axis ticks (persons per single age) for one half. */
export function valueTicks(layout: PyramidLayout, fontSize: number): number[] {
  const room = Math.max(1, Math.floor(layout.half / (fontSize * 4)));
  return ticks(0, layout.max, Math.min(room, 4)).filter((t) => t <= layout.max);
}

/** Ages labelled in the middle column: every 10 years, or 20 when the bands are thin. */
export function ageTicks(layout: PyramidLayout, fontSize: number): number[] {
  const step = layout.band * 10 >= fontSize * 1.3 ? 10 : 20;
  const out: number[] = [];
  for (let age = 0; age < AGES; age += step) out.push(age);
  return out;
}
