// Sizes shared by the charts: type that follows the page's (large on a projector, readable on a phone),
// text widths estimated without a DOM (so layouts are the same when rendered in tests), plot margins.

/** The charts' type size in px: 0.8 × the page's root size (17 px on phones … 22 px at 1920 px). */
export function chartFontSize(): number {
  if (typeof document === 'undefined') return 14;
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(root) ? Math.round(root * 0.8 * 10) / 10 : 14;
}

/**
 * Estimated width of a label in px: full-width characters (kanji, kana) 1 em, digits and Latin about
 * 0.6 em. Generous on purpose: labels are placed so that they are never cut.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : /[ .,:()–-]/.test(ch) ? 0.35 : 0.62;
  return em * fontSize;
}

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Keeps a label's x within [min, max] given its width and anchor; returns the x and the anchor to use. */
export function placeLabel(x: number, width: number, min: number, max: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  if (x - width / 2 < min) return { x: Math.max(x, min), anchor: 'start' };
  if (x + width / 2 > max) return { x: Math.min(x, max), anchor: 'end' };
  return { x, anchor: 'middle' };
}

export interface PeakPoint {
  /** The point, in px. */
  readonly px: number;
  readonly py: number;
  /** The label's estimated width (textWidth). */
  readonly width: number;
}

export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * Peak labels of several curves: each above its point, or below it when there is no room above or when
 * above would overlap a label already placed (two curves peaking at similar values and years). Kept
 * inside [min, max] horizontally; `top` is the plot's top edge. Labels are placed in the given order.
 */
export function placePeakLabels(points: readonly PeakPoint[], fontSize: number, min: number, max: number, top: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: [number, number, number, number][] = []; // x0, x1, y0, y1
  const boxOf = (l: PlacedLabel, w: number): [number, number, number, number] => {
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return [x0, x0 + w, l.y - fontSize * 0.85, l.y + fontSize * 0.25];
  };
  const clashes = (b: [number, number, number, number]) => boxes.some((o) => b[0] < o[1] && o[0] < b[1] && b[2] < o[3] && o[2] < b[3]);
  for (const p of points) {
    const { x, anchor } = placeLabel(p.px, p.width, min, max);
    const above = { x, anchor, y: p.py - fontSize * 0.7 };
    const below = { x, anchor, y: p.py + fontSize * 1.6 };
    const roomAbove = p.py - fontSize * 0.9 >= top + fontSize;
    const label = roomAbove && !clashes(boxOf(above, p.width)) ? above : !clashes(boxOf(below, p.width)) || !roomAbove ? below : above;
    placed.push(label);
    boxes.push(boxOf(label, p.width));
  }
  return placed;
}

/**
 * Where a tooltip `tipWidth` wide starts, for a pointer at `x` in a chart `width` wide: to the right of
 * the pointer if it fits, else to its left, else as far left as keeps it whole (at 0 when it is wider
 * than the chart). `gap` keeps it off the pointer's line.
 */
export function placeTip(x: number, tipWidth: number, width: number, gap = 12): number {
  if (x + gap + tipWidth <= width) return x + gap;
  if (x - gap - tipWidth >= 0) return x - gap - tipWidth;
  return Math.max(0, width - tipWidth);
}

/** Year ticks for an axis from..to: every 5 or 10 years (fewer on narrow charts), always on round years. */
export function yearTicks(from: number, to: number, width: number, fontSize: number): number[] {
  const room = Math.max(1, Math.floor(width / (fontSize * 4.6)));
  const count = (s: number) => Math.floor(to / s) - Math.ceil(from / s) + 1;
  const step = [1, 2, 5, 10, 20].find((s) => count(s) <= room) ?? 20;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks;
}
