import { describe, expect, it } from 'vitest';
import { nodeDetails } from './details.ts';
import { buildPlanTree } from './hierarchy.ts';
import { loadRealPlanTables } from './test-tables.ts';

const VISION = { ja: 'v', en: 'v' };

describe('nodeDetails', () => {
  it('for a relisted project: its field and policy, its home, and every other listing, in plan and governance', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION, t);
    const item = t.governance_projects.find((i) => i.project_id !== null)!;
    const project = t.plan_projects.find((p) => p.project_id === item.project_id)!;
    const placements = t.plan_placements.filter((p) => p.project_id === project.project_id);
    const last = placements.at(-1)!;
    const d = nodeDetails(tree, tree.byId.get(`p${last.policy_id}.${project.project_id}`)!, t);
    expect(d.project).toBe(project);
    expect(d.policy?.policy_id).toBe(last.policy_id);
    expect(d.field?.field_id).toBe(last.field_id);
    expect(d.otherPlacements.map((l) => l.policy.policy_id)).toEqual(placements.slice(0, -1).map((p) => p.policy_id));
    expect(d.home?.policy.policy_id).toBe(project.home_policy_id);
    const sameName = t.governance_projects.filter((i) => i.project_id === project.project_id).map((i) => `i${i.item_id}`);
    expect(d.governanceListings.map((n) => n.data.id)).toEqual(sameName);
    // Its own SDG links, and its policy's.
    expect(d.sdg).toEqual(t.sdg_links.filter((l) => l.project_id === project.project_id));
    expect(d.sdgOfPolicy).toEqual(t.sdg_links.filter((l) => l.level === 'policy' && l.policy_id === last.policy_id));
  });

  it('for a policy: its SDG links and its age group in the outlook', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION);
    const link = t.policy_age_links[0];
    const d = nodeDetails(tree, tree.byId.get(`p${link.policy_id}`)!, t);
    expect(d.ageLinks).toEqual(t.policy_age_links.filter((a) => a.policy_id === link.policy_id));
    expect(d.sdg.length).toBeGreaterThan(0);
    expect(d.sdg.every((l) => l.policy_id === link.policy_id)).toBe(true);
    const unlinked = t.plan_policies.find((p) => !t.policy_age_links.some((a) => a.policy_id === p.policy_id))!;
    expect(nodeDetails(tree, tree.byId.get(`p${unlinked.policy_id}`)!, t).ageLinks).toEqual([]);
  });

  it('for a field: its indicator, stated or not in source', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION);
    for (const row of t.plan_indicators) expect(nodeDetails(tree, tree.byId.get(`f${row.field_id}`)!, t).indicator).toBe(row);
    // Without the indicator table (still loading, or broken), there is no indicator rather than an error.
    expect(nodeDetails(tree, tree.byId.get('f1')!, { ...t, plan_indicators: undefined }).indicator).toBeNull();
  });

  it('for governance: the plan with its counts, a policy with its headings, an item with its heading', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, VISION, t);
    const plan = nodeDetails(tree, tree.byId.get('g1')!, t);
    expect(plan.governancePlan).toBe(t.governance_plans[0]);
    const policy = t.governance_policies.find((p) => p.heading_count > 1)!;
    const d = nodeDetails(tree, tree.byId.get(`g${policy.plan_id}.${policy.policy_no}`)!, t);
    expect(d.governancePolicy).toBe(policy);
    expect(d.headings.length).toBe(policy.heading_count);
    expect(d.headings.reduce((n, h) => n + h.items.length, 0)).toBe(policy.listed_project_count);
    const item = t.governance_projects.find((i) => i.category_ja !== null)!;
    const di = nodeDetails(tree, tree.byId.get(`i${item.item_id}`)!, t);
    expect(di.governanceItem).toBe(item);
    expect(di.governanceHeading).toMatchObject({ plan_id: item.plan_id, policy_no: item.policy_no, heading_no: item.heading_no });
    expect(di.governancePlan?.plan_id).toBe(item.plan_id);
  });
});
