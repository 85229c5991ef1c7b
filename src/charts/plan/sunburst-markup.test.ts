// The arcs' markup is parsed by the browser as it is: every word from the data must arrive as text.
import { hierarchy } from 'd3';
import { describe, expect, it } from 'vitest';
import { arcsMarkup } from './sunburst-markup.ts';
import { layoutArcs, partitionCircle, sizeFor, windowFor } from './sunburst-layout.ts';

interface Datum {
  readonly id: string;
  readonly relisted: boolean;
  readonly name: string;
  readonly children?: Datum[];
}

function draw(names: readonly string[], relisted = false) {
  const root = partitionCircle(
    hierarchy<Datum>({
      id: 'root',
      relisted: false,
      name: 'root',
      children: names.map((name, i) => ({ id: `n${i}"<`, relisted, name })),
    }).count(),
  );
  const arcs = layoutArcs(root, windowFor(root), sizeFor(800));
  const html = arcsMarkup(arcs, {
    selected: root.children![0],
    highlight: new Set([root.children![1].data.id]),
    matches: null,
    opacity: () => 1,
    baseColor: () => '#336699',
    label: (n) => n.data.name,
    fontSize: 14,
    hatchId: 'h"1',
  });
  return { arcs, html };
}

describe('arcsMarkup', () => {
  it('one group per arc, marked selected and highlighted, with its label', () => {
    const { arcs, html } = draw(['子ども', 'みどり']);
    expect(html.match(/<g class="arc/g)).toHaveLength(arcs.length);
    expect(html).toMatch(/<g class="arc selected" data-node="n0&quot;&lt;" data-depth="1"/);
    expect(html).toMatch(/<g class="arc highlight" data-node="n1&quot;&lt;"/);
    expect(html).toContain('>子ども</tspan>');
    expect(html).toContain(`d="${arcs[0].path}"`);
  });

  it('escapes the words and ids, so a name with markup stays text', () => {
    const { html } = draw(['<img src=x onerror=alert(1)> & "q"', 'b'], true);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img');
    expect(html).toContain('fill="url(#h&quot;1)"');
    // What a parser reads back is the name itself.
    const text = [...html.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join('');
    const unescaped = text.replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
    );
    expect(unescaped.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
  });
});
