// Geometry of the zoomable sunburst (pure: no DOM). d3.partition gives every node an angle span
// [x0, x1] (radians) and a depth; a view window — the zoomed node's span and depth, and how many rings
// show — maps them to arcs. Zooming animates the window, not the arcs, so a transition is a tween of
// four numbers (and is skipped when the reader prefers reduced motion).
//
// Rings are as wide as the space allows: at the whole plan three rings (fields, policies, projects),
// zoomed into a policy one wide ring, whose labels then have room for long Japanese names.
import { arc as d3arc, interpolateRgb, partition, type HierarchyNode, type HierarchyRectangularNode } from 'd3';

export interface SunburstWindow {
  /** Angle span of the zoomed node (radians, 0–2π at the root). */
  readonly x0: number;
  readonly x1: number;
  /** Depth of the zoomed node (0 at the root). */
  readonly depth: number;
  /** Rings shown outside it. */
  readonly rings: number;
}

export interface SunburstArc<T> {
  readonly node: HierarchyRectangularNode<T>;
  readonly a0: number;
  readonly a1: number;
  readonly r0: number;
  readonly r1: number;
  /** SVG path of the arc. */
  readonly path: string;
}

export interface SunburstSize {
  /** Outer radius (px). */
  readonly radius: number;
  /** Radius of the centre disc (the zoomed node, click to zoom out). */
  readonly hole: number;
}

/** Partitions a counted hierarchy over the full circle (mutates and returns it, as d3 does). */
export function partitionCircle<T>(root: HierarchyNode<T>): HierarchyRectangularNode<T> {
  return partition<T>().size([2 * Math.PI, root.height + 1])(root);
}

/** At most this many rings show at once (the plan has three below the vision). */
export const MAX_RINGS = 3;

/** The window that shows `focus` in the centre with every ring below it (up to MAX_RINGS). */
export function windowFor<T>(focus: HierarchyRectangularNode<T>): SunburstWindow {
  return { x0: focus.x0, x1: focus.x1, depth: focus.depth, rings: Math.max(1, Math.min(MAX_RINGS, focus.height)) };
}

export function sizeFor(width: number): SunburstSize {
  const radius = Math.max(60, width / 2 - 14); // room outside for the pointers at highlighted arcs
  return { radius, hole: radius * (width < 500 ? 0.3 : 0.22) };
}

const TAU = 2 * Math.PI;
const clamp01 = (v: number) => Math.max(0, Math.min(1, v));
const arcPath = d3arc<{ a0: number; a1: number; r0: number; r1: number }>()
  .startAngle((d) => d.a0)
  .endAngle((d) => d.a1)
  .innerRadius((d) => d.r0)
  .outerRadius((d) => d.r1)
  .padAngle((d) => Math.min((d.a1 - d.a0) / 2, 0.004))
  .padRadius((d) => d.r1);

/**
 * Relative widths of the rings, by how many show. With three (the whole plan) the outer ring holds up to
 * 149 thin arcs that no label fits, so it is narrow and the fields and policies get room for their
 * names; with two (a field) the projects' ring, whose names are longest, is the wider.
 */
const RING_WEIGHTS: Readonly<Record<number, readonly number[]>> = { 1: [1], 2: [0.85, 1.15], 3: [1.3, 1.2, 0.5] };

/** Where ring boundary `rel` (0 = the hole's edge) lies, as a share of the rings' band, for n rings. */
function boundary(n: number, rel: number): number {
  const weights = RING_WEIGHTS[n];
  const total = weights.reduce((a, b) => a + b, 0);
  if (rel <= 0) return rel * (weights[0] / total); // inside the hole (while zooming in): keeps moving inwards
  let edge = 0;
  for (let i = 0; i < weights.length; i++) {
    const next = edge + weights[i] / total;
    if (rel <= i + 1) return edge + (rel - i) * (next - edge);
    edge = next;
  }
  return 1 + (rel - weights.length) * (weights.at(-1)! / total); // beyond the last ring (while zooming out)
}

/** The same for a fractional number of rings (during a transition): blends the two neighbouring layouts. */
function ringEdge(rings: number, rel: number): number {
  const lo = Math.max(1, Math.min(MAX_RINGS, Math.floor(rings)));
  const hi = Math.max(1, Math.min(MAX_RINGS, Math.ceil(rings)));
  const t = rings - Math.floor(rings);
  return lo === hi ? boundary(lo, rel) : boundary(lo, rel) * (1 - t) + boundary(hi, rel) * t;
}

/** The arcs visible in a window: every descendant of the root with a non-empty angle inside a shown ring. */
export function layoutArcs<T>(root: HierarchyRectangularNode<T>, w: SunburstWindow, size: SunburstSize): SunburstArc<T>[] {
  const span = w.x1 - w.x0 || TAU;
  const band = size.radius - size.hole;
  const arcs: SunburstArc<T>[] = [];
  for (const node of root.descendants()) {
    const rel = node.depth - w.depth; // 1 = first ring outside the centre
    if (rel <= 0 || rel - 1 >= w.rings) continue;
    const a0 = clamp01((node.x0 - w.x0) / span) * TAU;
    const a1 = clamp01((node.x1 - w.x0) / span) * TAU;
    if (a1 - a0 < 1e-6) continue;
    const r0 = Math.max(size.hole, size.hole + ringEdge(w.rings, rel - 1) * band);
    const r1 = Math.min(size.radius, size.hole + ringEdge(w.rings, rel) * band);
    if (r1 - r0 < 0.5) continue;
    const geometry = { a0, a1, r0, r1 };
    arcs.push({ node, ...geometry, path: arcPath(geometry) ?? '' });
  }
  return arcs;
}

/** Whether two windows show the same thing (a new tree with the same zoomed node's place needs no transition). */
export function sameWindow(a: SunburstWindow, b: SunburstWindow): boolean {
  return a.x0 === b.x0 && a.x1 === b.x1 && a.depth === b.depth && a.rings === b.rings;
}

/** Blends two windows (t from 0 to 1), for the zoom transition. */
export function interpolateWindow(a: SunburstWindow, b: SunburstWindow, t: number): SunburstWindow {
  const mix = (p: number, q: number) => p + (q - p) * t;
  return { x0: mix(a.x0, b.x0), x1: mix(a.x1, b.x1), depth: mix(a.depth, b.depth), rings: mix(a.rings, b.rings) };
}

/** The fill of a ring: the branch's colour at the first ring, lighter further out (solid, so text contrast is known). */
export function ringFill(color: string, depth: number): string {
  return interpolateRgb(color, '#ffffff')([0, 0, 0.35, 0.6][Math.min(depth, 3)]);
}

// ---------------------------------------------------------------------------------------------
// Labels. Text runs along the radius (the reader tilts the head less than with text along the arc,
// and a ring's width is the same all round). A label shows only where one line of text fits across
// the arc; a name too long for the ring is cut with "…" and wrapped over as many lines as fit.

/** Approximate advance of a character in em: full-width (CJK, kana) 1, narrow letters and digits 0.6, spaces and punctuation 0.35. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff60)) return 1;
  if (/[\s.,:;'’()-]/.test(ch)) return 0.35;
  return 0.6;
}

export const textWidth = (text: string): number => [...text].reduce((w, ch) => w + charWidth(ch), 0);

/**
 * Breaks text into at most `maxLines` lines of at most `width` em, cutting the last with "…".
 * English breaks at spaces where it can; Japanese anywhere.
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  if (width < 1 || maxLines < 1) return [];
  const lines: string[] = [];
  let rest = [...text.trim()];
  while (rest.length && lines.length < maxLines) {
    let used = 0;
    let end = 0;
    while (end < rest.length && used + charWidth(rest[end]) <= width) used += charWidth(rest[end++]);
    if (end === rest.length) {
      lines.push(rest.join(''));
      break;
    }
    if (lines.length === maxLines - 1) {
      // Last line: cut, leaving room for the ellipsis.
      while (end > 0 && used + 1 > width) used -= charWidth(rest[--end]);
      lines.push(`${rest.slice(0, end).join('').trimEnd()}…`);
      break;
    }
    const space = rest.slice(0, end + 1).lastIndexOf(' ');
    if (space > 0) end = space;
    else if (/[A-Za-z]/.test(rest[end - 1] ?? '') && /[A-Za-z]/.test(rest[end])) {
      // A word longer than the line: cut it with "…" rather than break it without a hyphen.
      while (end > 0 && used + 1 > width) used -= charWidth(rest[--end]);
      if (end > 0) lines.push(`${rest.slice(0, end).join('')}…`);
      break;
    }
    if (end === 0) end = 1;
    lines.push(rest.slice(0, end).join('').trim());
    rest = rest.slice(end);
    while (rest[0] === ' ') rest.shift();
  }
  return lines.filter((l) => l.length && l !== '…');
}

export interface ArcLabel {
  /** Rotation (deg) and distance from the centre of the label's middle. */
  readonly angle: number;
  readonly radius: number;
  /** Flip text on the left half so it is never upside down. */
  readonly flip: boolean;
  readonly lines: readonly string[];
  readonly fontSize: number;
}

/** Where and what to write on an arc, or null when not even one short line fits. */
export function labelFor(a: Pick<SunburstArc<unknown>, 'a0' | 'a1' | 'r0' | 'r1'>, text: string, fontSize: number): ArcLabel | null {
  const mid = (a.r0 + a.r1) / 2;
  const across = (a.a1 - a.a0) * mid; // room across the text (arc length at mid radius)
  const lineHeight = fontSize * 1.15;
  const maxLines = Math.min(3, Math.floor((across - 2) / lineHeight));
  const along = (a.r1 - a.r0 - fontSize * 0.6) / fontSize; // room along the radius, in em
  if (maxLines < 1 || along < 1.5) return null;
  const lines = wrapLabel(text, along, maxLines);
  if (!lines.length) return null;
  const angle = (((a.a0 + a.a1) / 2) * 180) / Math.PI;
  return { angle, radius: mid, flip: angle > 180, lines, fontSize };
}
