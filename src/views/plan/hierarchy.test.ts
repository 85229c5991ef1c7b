import { describe, expect, it } from 'vitest';
import { isPlanNodeId } from '../../state/url.ts';
import { buildPlanTree, listingsOf, otherListings, step, zoomFor, type PlanTree } from './hierarchy.ts';
import { loadRealPlanTables } from './test-tables.ts';

const VISION = { ja: 'みどり豊かな 住まいのみやこ', en: 'vision' };
const atDepth = (tree: PlanTree, depth: number) => tree.root.descendants().filter((n) => n.depth === depth);

describe('buildPlanTree', () => {
  it('holds the vision, 8 fields, 29 policies and every placement, counted as in the data', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION);
    expect(tree.root.data).toMatchObject({ id: 'none', kind: 'vision', nameJa: VISION.ja });
    expect(atDepth(tree, 1).map((n) => n.data.nameJa)).toEqual(t.plan_fields.map((f) => f.name_ja));
    expect(atDepth(tree, 2).map((n) => n.data.number)).toEqual(t.plan_policies.map((p) => p.policy_id));
    expect(atDepth(tree, 3).length).toBe(t.plan_placements.length);
    expect(tree.root.height).toBe(3);
    // Each arc's size is its number of listings: the counts the pipeline wrote per field and per policy.
    for (const f of t.plan_fields) expect(tree.byId.get(`f${f.field_id}`)!.value).toBe(f.placement_count);
    for (const p of t.plan_policies) expect(tree.byId.get(`p${p.policy_id}`)!.value).toBe(p.placement_count);
    // The ids are those a link may carry.
    for (const id of tree.byId.keys()) expect(isPlanNodeId(id), id).toBe(true);
  });

  it('groups the listings of each relisted project, and marks every listing after the first', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION);
    const relistedProjects = t.plan_projects.filter((p) => p.placement_count > 1);
    expect([...tree.groups.keys()].sort()).toEqual(relistedProjects.map((p) => p.project_id).sort());
    for (const p of relistedProjects) {
      const listings = tree.groups.get(p.project_id)!;
      expect(listings.length).toBe(p.placement_count);
      expect(listings.filter((n) => !n.data.relisted).map((n) => n.parent!.data.number)).toEqual([p.home_policy_id]);
      expect(otherListings(tree, listings[0]).length).toBe(p.placement_count - 1);
    }
    const single = t.plan_projects.find((p) => p.placement_count === 1)!;
    const leaf = tree.byId.get(`p${single.home_policy_id}.${single.project_id}`)!;
    expect(listingsOf(tree, leaf)).toEqual([leaf]);
    expect(otherListings(tree, leaf)).toEqual([]);
  });

  it('adds the three governance plans with their 方針 and items, and links items named as plan projects', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION, t);
    const plans = atDepth(tree, 1).filter((n) => n.data.kind === 'governance-plan');
    expect(plans.map((n) => n.data.nameJa)).toEqual(t.governance_plans.map((p) => p.name_ja));
    expect(atDepth(tree, 2).filter((n) => n.data.kind === 'governance-policy').length).toBe(t.governance_policies.length);
    const items = atDepth(tree, 3).filter((n) => n.data.kind === 'governance-item');
    expect(items.length).toBe(t.governance_projects.length);
    for (const p of t.governance_plans)
      expect(
        tree.byId
          .get(`g${p.plan_id}`)!
          .leaves()
          .filter((l) => l.data.kind === 'governance-item').length,
      ).toBe(p.listed_project_count);
    // A 方針 with no item stays in the tree (and in the sunburst) as a leaf.
    const empty = t.governance_policies.find((p) => p.listed_project_count === 0)!;
    expect(tree.byId.get(`g${empty.plan_id}.${empty.policy_no}`)!.children).toBeUndefined();
    // Items named as a plan project share the project's group.
    for (const item of t.governance_projects.filter((i) => i.project_id)) {
      expect(tree.groups.get(item.project_id!)).toContain(tree.byId.get(`i${item.item_id}`));
    }
  });
});

describe('zoomFor', () => {
  it('zooms into a node with children, and shows every listing of a leaf', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION);
    expect(zoomFor(tree, tree.root)).toBe(tree.root);
    expect(zoomFor(tree, tree.byId.get('f3')!)).toBe(tree.byId.get('f3'));
    const single = t.plan_projects.find((p) => p.placement_count === 1)!;
    expect(zoomFor(tree, tree.byId.get(`p${single.home_policy_id}.${single.project_id}`)!).data.id).toBe(`p${single.home_policy_id}`);
    const sameField = t.plan_projects.find((p) => p.placement_count > 1 && p.field_count === 1)!;
    for (const n of tree.groups.get(sameField.project_id)!) expect(zoomFor(tree, n).data.id).toBe(`f${sameField.home_field_id}`);
    const crossField = t.plan_projects.find((p) => p.field_count > 1)!;
    for (const n of tree.groups.get(crossField.project_id)!) expect(zoomFor(tree, n)).toBe(tree.root);
  });
});

describe('step', () => {
  it('moves to siblings (wrapping), into the first child, out to the parent, and home', async () => {
    const tree = buildPlanTree(await loadRealPlanTables(), VISION);
    const [first, second] = tree.root.children!;
    const last = tree.root.children!.at(-1)!;
    expect(step(tree, first, 'next')).toBe(second);
    expect(step(tree, first, 'previous')).toBe(last);
    expect(step(tree, last, 'next')).toBe(first);
    expect(step(tree, first, 'in')).toBe(first.children![0]);
    expect(step(tree, first.children![0], 'out')).toBe(first);
    expect(step(tree, tree.root, 'out')).toBe(tree.root);
    expect(step(tree, tree.root, 'next')).toBe(tree.root);
    const leaf = tree.root.leaves()[0];
    expect(step(tree, leaf, 'in')).toBe(leaf);
    expect(step(tree, leaf, 'home')).toBe(tree.root);
  });
});
