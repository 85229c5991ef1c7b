import { describe, expect, it } from 'vitest';
import { buildPlanTree } from '../../views/plan/hierarchy.ts';
import { loadRealPlanTables } from '../../views/plan/test-tables.ts';
import {
  interpolateWindow,
  labelFor,
  layoutArcs,
  partitionCircle,
  sameWindow,
  sizeFor,
  textWidth,
  windowFor,
  wrapLabel,
} from './sunburst-layout.ts';

const TAU = 2 * Math.PI;

async function plan() {
  const tree = buildPlanTree(await loadRealPlanTables(), { ja: 'v', en: 'v' });
  return { tree, root: partitionCircle(tree.root) };
}

describe('layoutArcs', () => {
  it('at the whole plan: three rings that each go once round the circle, one arc per node', async () => {
    const { root } = await plan();
    const size = sizeFor(800);
    const arcs = layoutArcs(root, windowFor(root), size);
    for (const [depth, n] of [
      [1, 8],
      [2, 29],
      [3, 149],
    ] as const) {
      const ring = arcs.filter((a) => a.node.depth === depth);
      expect(ring.length).toBe(n);
      expect(ring.reduce((sum, a) => sum + (a.a1 - a.a0), 0)).toBeCloseTo(TAU, 9);
      // One ring: same radii for every arc, inside the circle, outside the hole.
      expect(new Set(ring.map((a) => `${a.r0}-${a.r1}`)).size).toBe(1);
      expect(ring[0].r0).toBeGreaterThanOrEqual(size.hole);
      expect(ring[0].r1).toBeLessThanOrEqual(size.radius);
      for (const a of ring) expect(a.path).toMatch(/^M[-\d.]+,[-\d.]+A/);
    }
    const radii = [1, 2, 3].map((d) => arcs.find((a) => a.node.depth === d)!);
    expect(radii[0].r1).toBeCloseTo(radii[1].r0, 9);
    expect(radii[1].r1).toBeCloseTo(radii[2].r0, 9);
    expect(radii[2].r1).toBeCloseTo(size.radius, 9);
    // Arc size is proportional to the listings under the node.
    const f1 = radii[0];
    expect((f1.a1 - f1.a0) / TAU).toBeCloseTo(f1.node.value! / root.value!, 9);
  });

  it('zoomed into a field, its policies go round the whole circle and nothing else shows', async () => {
    const { root, tree } = await plan();
    const field = tree.byId.get('f2') as typeof root;
    const arcs = layoutArcs(root, windowFor(field), sizeFor(600));
    expect(new Set(arcs.map((a) => a.node.depth))).toEqual(new Set([2, 3]));
    expect(arcs.every((a) => a.node.ancestors().includes(field))).toBe(true);
    expect(arcs.filter((a) => a.node.depth === 2).reduce((s, a) => s + a.a1 - a.a0, 0)).toBeCloseTo(TAU, 9);
    expect(windowFor(field)).toEqual({ x0: field.x0, x1: field.x1, depth: 1, rings: 2 });
    // A policy: one ring of projects, as wide as the band.
    const policy = field.children![0];
    const one = layoutArcs(root, windowFor(policy), sizeFor(600));
    expect(one.length).toBe(policy.children!.length);
    expect(one[0].r1 - one[0].r0).toBeCloseTo(sizeFor(600).radius - sizeFor(600).hole, 9);
  });

  it('moves smoothly: a half-way window lies between the two, and its arcs stay in the circle', async () => {
    const { root, tree } = await plan();
    const a = windowFor(root);
    const b = windowFor(tree.byId.get('p12') as typeof root);
    expect(interpolateWindow(a, b, 0)).toEqual(a);
    expect(interpolateWindow(a, b, 1)).toEqual(b);
    const size = sizeFor(500);
    for (const t of [0.1, 0.33, 0.5, 0.77, 0.95]) {
      for (const arc of layoutArcs(root, interpolateWindow(a, b, t), size)) {
        expect(arc.r0).toBeGreaterThanOrEqual(size.hole - 1e-9);
        expect(arc.r1).toBeLessThanOrEqual(size.radius + 1e-9);
        expect(arc.r1).toBeGreaterThan(arc.r0);
        expect(arc.a0).toBeGreaterThanOrEqual(0);
        expect(arc.a1).toBeLessThanOrEqual(TAU + 1e-9);
      }
    }
  });

  it('knows a window it already shows: the same node in a rebuilt tree is the same window, another node is not', async () => {
    const { root, tree } = await plan();
    const again = await plan();
    expect(sameWindow(windowFor(root), windowFor(again.root))).toBe(true);
    expect(sameWindow(windowFor(tree.byId.get('p12') as typeof root), windowFor(again.tree.byId.get('p12') as typeof root))).toBe(true);
    expect(sameWindow(windowFor(root), windowFor(tree.byId.get('f6') as typeof root))).toBe(false);
    expect(sameWindow(windowFor(root), interpolateWindow(windowFor(root), windowFor(tree.byId.get('f6') as typeof root), 0.01))).toBe(
      false,
    );
  });
});

describe('labels', () => {
  it('wrap English at spaces and Japanese anywhere, and cut the last line with an ellipsis', () => {
    expect(wrapLabel('Support for lifelong learning', 10, 3)).toEqual(['Support for', 'lifelong learning']);
    expect(wrapLabel('Support for lifelong learning', 12, 3)).toEqual(['Support for lifelong', 'learning']);
    expect(wrapLabel('まちづくり・地域産業', 6, 2)).toEqual(['まちづくり・', '地域産業']);
    expect(wrapLabel('子どもの居場所づくりと育成支援の充実', 5, 2)).toEqual(['子どもの居', '場所づく…']);
    expect(wrapLabel('防災', 5, 1)).toEqual(['防災']);
    // An English word is never broken without a hyphen: too long for the line, it is cut.
    expect(wrapLabel('An environment that respects', 4, 3)).toEqual(['An', 'envir…']);
    expect(wrapLabel('防災・防犯', 0.5, 2)).toEqual([]);
    for (const line of wrapLabel('Education in ward elementary and junior high schools', 9, 3))
      expect(textWidth(line)).toBeLessThanOrEqual(9);
  });

  it('show only where a line fits across the arc', () => {
    const wide = labelFor({ a0: 0, a1: 1, r0: 100, r1: 250 }, '学び', 16)!;
    expect(wide.lines).toEqual(['学び']);
    expect(wide.angle).toBeCloseTo(28.65, 1);
    expect(wide.flip).toBe(false);
    expect(labelFor({ a0: 0, a1: 0.02, r0: 100, r1: 250 }, '学び', 16)).toBeNull(); // 3.5 px across
    expect(labelFor({ a0: 4, a1: 5, r0: 100, r1: 250 }, '学び', 16)!.flip).toBe(true);
  });
});
