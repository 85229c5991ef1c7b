// The sunburst's SVG, rendered on the server for the real plan tables: the drawing is a testable artefact.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildPlanTree, zoomFor, type PlanNodeData } from '../../views/plan/hierarchy.ts';
import { loadRealPlanTables } from '../../views/plan/test-tables.ts';
import { fieldColors, NEUTRAL_COLOR } from './field-colors.ts';
import Sunburst, { type SunburstNode } from './Sunburst.svelte';
import { partitionCircle } from './sunburst-layout.ts';

async function draw(options: { governance?: boolean; selected?: string; search?: ReadonlySet<string> | null } = {}) {
  const t = await loadRealPlanTables();
  const tree = buildPlanTree(t, { ja: 'みどり豊かな 住まいのみやこ', en: 'v' }, options.governance ? t : undefined);
  const root = partitionCircle(tree.root);
  const colors = fieldColors(t.plan_fields);
  const selected = tree.byId.get(options.selected ?? 'none') as SunburstNode<PlanNodeData>;
  const { body } = render(Sunburst<PlanNodeData>, {
    props: {
      root,
      zoom: zoomFor(tree, selected) as SunburstNode<PlanNodeData>,
      selected,
      highlight: new Set(tree.groups.get(selected.data.group ?? '')?.map((n) => n.data.id) ?? []),
      matches: options.search ?? null,
      baseColor: (n) => (n.data.fieldId ? colors.get(n.data.fieldId)!.fill : NEUTRAL_COLOR),
      label: (n) => n.data.nameJa,
      centreHint: '戻る',
      ariaLabel: 'sunburst',
      keyHelpId: 'keys',
      announcement: '',
      width: 800,
      onselect: () => {},
      onmove: () => {},
      onhover: () => {},
    },
  });
  const count = (pattern: RegExp) => body.match(new RegExp(pattern, 'g'))?.length ?? 0;
  return { t, tree, body, count };
}

describe('Sunburst (server-rendered SVG)', () => {
  it('draws one arc per field, policy and placement at the whole plan', async () => {
    const { t, count, body } = await draw();
    expect(count(/<g class="arc[^"]*" data-node="[^"]+" data-depth="1"/)).toBe(t.plan_fields.length);
    expect(count(/data-depth="2"/)).toBe(t.plan_policies.length);
    expect(count(/data-depth="3"/)).toBe(t.plan_placements.length);
    // Relisted placements carry the hatch.
    expect(count(/class="hatch\b/)).toBe(t.plan_placements.filter((p) => p.is_relisted).length);
    // The vision sits in the centre, and every field is labelled in full at this size (maybe over two lines).
    expect(body).toContain('みどり豊かな');
    for (const f of t.plan_fields) {
      const group = new RegExp(`data-node="f${f.field_id}" data-depth="1"[^>]*>(.*?)</g>`).exec(body)![1];
      const lines = [...group.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
      expect(lines.join('')).toBe(f.name_ja);
    }
  });

  it('adds the governance plans as extra branches', async () => {
    const { t, count } = await draw({ governance: true });
    expect(count(/data-depth="1"/)).toBe(t.plan_fields.length + t.governance_plans.length);
    expect(count(/data-depth="2"/)).toBe(t.plan_policies.length + t.governance_policies.length);
    expect(count(/data-depth="3"/)).toBe(t.plan_placements.length + t.governance_projects.length);
  });

  it('zoomed into a field, shows only its policies and their projects, with the field in the centre', async () => {
    const { t, count, body } = await draw({ selected: 'f6' });
    const field = t.plan_fields.find((f) => f.field_id === 6)!;
    expect(body).toContain('data-zoom="f6"');
    expect(count(/data-depth="1"/)).toBe(0);
    expect(count(/data-depth="2"/)).toBe(field.policy_count);
    expect(count(/data-depth="3"/)).toBe(field.placement_count);
  });

  it('outlines every listing of a selected relisted project, and marks it selected', async () => {
    const { t, count, body } = await draw({ selected: (() => 'p1.P007')() });
    const listings = t.plan_placements.filter((p) => p.project_id === 'P007').length;
    expect(listings).toBeGreaterThan(1);
    expect(count(/class="arc[^"]*\bhighlight\b/)).toBe(listings);
    expect(count(/class="arc[^"]*\bselected\b/)).toBe(1);
    // A pointer outside the circle at each listing, the selected one included.
    expect(count(/data-pointer="/)).toBe(listings);
    expect(count(/class="pointer[^"]*\bselected\b/)).toBe(1);
    expect(body).toMatch(/class="arc[^"]*selected[^"]*" data-node="p1\.P007"|data-node="p1\.P007"[^>]*class="[^"]*selected/);
  });

  it('dims what the search does not match, but never the selection', async () => {
    const { count } = await draw({ search: new Set(['f3', 'p9']) });
    expect(count(/opacity="1"/)).toBe(2);
    const selected = await draw({ search: new Set(['f3', 'p9']), selected: 'p1.P007' });
    expect(selected.count(/opacity="1"/)).toBe(2 + selected.t.plan_placements.filter((p) => p.project_id === 'P007').length);
    expect(count(/opacity="0.75"/)).toBe(0); // the root is in the centre, not an arc
    expect(count(/opacity="0.22"/)).toBeGreaterThan(100);
  });
});
