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
