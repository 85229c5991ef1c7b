// The sunburst's arcs as one SVG string, which the component hands to the browser's parser in one go
// (`{@html}`): built element by element, the plan's 186 arcs with their labels were one task of about
// 190 ms on a phone, most of the plan view's blocking time; parsed from a string they take about a tenth
// (docs/performance.md). Clicks and hovers are read from `data-node` by the component (one listener),
// so the arcs need no handlers of their own. Every word and value is escaped: the data is never markup.
import type { HierarchyRectangularNode } from 'd3';
import { escapeXml } from '../escape-xml.ts';
import { textOn } from './field-colors.ts';
import { labelFor, ringFill, type SunburstArc } from './sunburst-layout.ts';

export interface ArcsMarkupOptions<T> {
  readonly selected: HierarchyRectangularNode<T>;
  /** Ids drawn with a heavy outline. */
  readonly highlight: ReadonlySet<string>;
  /** Search matches (null: no search). */
  readonly matches: ReadonlySet<string> | null;
  /** An arc's opacity (dimmed by a search). */
  readonly opacity: (id: string) => number;
  /** The colour of a node's branch. */
  readonly baseColor: (node: HierarchyRectangularNode<T>) => string;
  /** The text of a node's label. */
  readonly label: (node: HierarchyRectangularNode<T>) => string;
  readonly fontSize: number;
  /** id of the hatch pattern for relisted projects. */
  readonly hatchId: string;
}

/** One `<g class="arc">` per arc: its path, a hatch if relisted, and its label where one fits. */
export function arcsMarkup<T extends { readonly id: string; readonly relisted: boolean }>(
  arcs: readonly SunburstArc<T>[],
  o: ArcsMarkupOptions<T>,
): string {
  let out = '';
  for (const a of arcs) {
    const id = a.node.data.id;
    const fill = ringFill(o.baseColor(a.node), a.node.depth);
    const classes = `arc${a.node === o.selected ? ' selected' : ''}${o.highlight.has(id) ? ' highlight' : ''}${o.matches?.has(id) ? ' match' : ''}`;
    out += `<g class="${classes}" data-node="${escapeXml(id)}" data-depth="${a.node.depth}" opacity="${o.opacity(id)}">`;
    out += `<path d="${a.path}" fill="${escapeXml(fill)}"></path>`;
    if (a.node.data.relisted) out += `<path class="hatch" d="${a.path}" fill="url(#${escapeXml(o.hatchId)})"></path>`;
    const text = labelFor(a, o.label(a.node), o.fontSize);
    if (text) {
      out += `<text transform="rotate(${text.angle - 90}) translate(${text.radius},0) rotate(${text.flip ? 180 : 0})" font-size="${text.fontSize}" fill="${textOn(fill)}" text-anchor="middle">`;
      text.lines.forEach((line, i) => {
        out += `<tspan x="0" y="${(i - (text.lines.length - 1) / 2) * text.fontSize * 1.15}" dy="0.35em">${escapeXml(line)}</tspan>`;
      });
      out += '</text>';
    }
    out += '</g>';
  }
  return out;
}
