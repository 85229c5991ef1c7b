// The plan's field colours (plan_fields.color: 8 of Observable Plot's observable10 colours, chosen by
// meaning in data/pipeline/plan/field_colors.csv), the same in every chart of the app. Several are light
// (yellow, teal, light blue, pink), so each colour comes with two inks: a darker shade of the same hue
// for text and thin marks on white, and black or white for text drawn on the colour itself.
// Colour is never the only cue: show the field's name or number beside it.
//
//   const colors = fieldColors(fieldRows);      // rows with field_id and color
//   colors.get(3)?.fill  → '#3ca951'   .ink → a darker green (≥ 4.5:1 on white)   .onFill → '#1b1f23'
import { hsl, rgb } from 'd3';

export interface FieldColor {
  /** The field's colour as in the data: fills, bars, swatches. */
  readonly fill: string;
  /** The same hue, darkened until it reads on white (contrast ≥ 4.5:1): text, outlines, thin lines. */
  readonly ink: string;
  /** Text drawn on `fill`: near-black or white, whichever contrasts more. */
  readonly onFill: string;
}

/** Observable10's grey, which the field palette leaves free: the governance plans, and anything not a field. */
export const NEUTRAL_COLOR = '#9498a0';
const INK = '#1b1f23';
const PAPER = '#ffffff';

/** WCAG relative luminance of a CSS colour. */
export function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour darkened step by step until it reaches `ratio` against white. */
export function inkFor(color: string, ratio = 4.5): string {
  const c = hsl(color);
  for (let i = 0; i < 40 && contrast(c.formatHex(), PAPER) < ratio; i++) c.l = Math.max(0, c.l - 0.02);
  return c.formatHex();
}

/** Near-black or white text on a fill, whichever contrasts more. */
export function textOn(fill: string): string {
  return contrast(fill, INK) >= contrast(fill, PAPER) ? INK : PAPER;
}

export function colorOf(fill: string): FieldColor {
  return { fill, ink: inkFor(fill), onFill: textOn(fill) };
}

/** Colours by field_id, from plan_fields rows. */
export function fieldColors(fields: readonly { readonly field_id: number; readonly color: string }[]): Map<number, FieldColor> {
  return new Map(fields.map((f) => [f.field_id, colorOf(f.color)]));
}

export const NEUTRAL: FieldColor = colorOf(NEUTRAL_COLOR);
