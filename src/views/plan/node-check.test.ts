import { describe, expect, it } from 'vitest';
import { buildPlanTree } from './hierarchy.ts';
import { checkNode } from './node-check.ts';
import { loadRealPlanTables } from './test-tables.ts';

describe('checkNode', () => {
  it('knows every node of the plan tree, with and without governance', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, { ja: 'v', en: 'v' }, t);
    for (const [id, node] of tree.byId) {
      expect(checkNode(id, t), id).toBe(node.data.kind.startsWith('governance') ? 'governance' : true);
    }
  });

  it('knows the SDG matrix selections, and refuses nodes the plan does not have', async () => {
    const t = await loadRealPlanTables();
    expect(checkNode('sdg17', t)).toBe(true);
    expect(checkNode('sdg4.p22', t)).toBe(true);
    const lastPolicy = Math.max(...t.plan_policies.map((p) => p.policy_id));
    for (const id of [
      `p${lastPolicy + 1}`,
      'f99',
      'sdg18',
      `sdg4.p${lastPolicy + 1}`,
      'p1.P999',
      `p1.${t.plan_placements.find((p) => p.policy_id !== 1)!.project_id}`,
      'g9',
      'g1.9',
      'i9999',
      'x',
    ]) {
      expect(checkNode(id, t), id).toBe(false);
    }
  });

  it('waits for the tables it needs', async () => {
    const t = await loadRealPlanTables();
    expect(checkNode('p3', {})).toBeNull();
    expect(checkNode('i3', { plan_policies: t.plan_policies })).toBeNull();
    expect(checkNode('sdg4.p3', { sdg_goals: t.sdg_goals })).toBeNull();
    expect(checkNode('sdg4', { sdg_goals: t.sdg_goals })).toBe(true);
    expect(checkNode('none', {})).toBe(true);
  });
});
