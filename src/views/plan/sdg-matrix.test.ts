import { describe, expect, it } from 'vitest';
import { buildSdgMatrix, cellNodeId, goalNodeId, parseMatrixSelection, selectionLinks, sortMatrix } from './sdg-matrix.ts';
import { loadRealPlanTables } from './test-tables.ts';

describe('buildSdgMatrix', () => {
  it('places every link in the cells of its policy, or of every policy listing its project', async () => {
    const t = await loadRealPlanTables();
    const m = buildSdgMatrix(t);
    expect(m.goals.length).toBe(17);
    expect(m.groups.map((g) => g.field.field_id)).toEqual(t.plan_fields.map((f) => f.field_id));
    expect(m.groups.flatMap((g) => g.policies).length).toBe(t.plan_policies.length);
    let cellSum = 0;
    for (const g of m.goals) for (const p of t.plan_policies) cellSum += m.cell(g.goal, p.policy_id).length;
    const expected = t.sdg_links.reduce(
      (n, l) => n + (l.level === 'policy' ? 1 : t.plan_placements.filter((pl) => pl.project_id === l.project_id).length),
      0,
    );
    expect(cellSum).toBe(expected);
    // Every column lists exactly the links of its goal; the columns together hold every link once.
    expect(m.goals.reduce((n, g) => n + m.goalLinks(g.goal).length, 0)).toBe(t.sdg_links.length);
    // Every policy has at least one link (the mapping's own rule, docs/plan-data.md).
    for (const p of t.plan_policies) expect(m.policyLinks(p.policy_id).length, `policy ${p.policy_id}`).toBeGreaterThan(0);
    // A project link sits in each policy that lists the project.
    const projectLink = t.sdg_links.find((l) => l.level === 'project')!;
    for (const pl of t.plan_placements.filter((p) => p.project_id === projectLink.project_id)) {
      expect(m.cell(projectLink.goal, pl.policy_id)).toContain(projectLink);
    }
    expect(m.maxCell).toBe(Math.max(...m.goals.flatMap((g) => t.plan_policies.map((p) => m.cell(g.goal, p.policy_id).length))));
  });

  it('refuses a link to a policy or project the plan does not have', async () => {
    const t = await loadRealPlanTables();
    const bad = { ...t.sdg_links[0], link_id: 999, level: 'project', policy_id: null, project_id: 'P999' };
    expect(() => buildSdgMatrix({ ...t, sdg_links: [...t.sdg_links, bad] })).toThrow(
      'sdg_links: link 999 (project) names no policy or project of the plan',
    );
  });
});

describe('sortMatrix', () => {
  it('keeps the document order by number, and orders by link count (ties by number) without breaking the field groups', async () => {
    const m = buildSdgMatrix(await loadRealPlanTables());
    const byNumber = sortMatrix(m, 'number');
    expect(byNumber.goals.map((g) => g.goal)).toEqual(m.goals.map((g) => g.goal));
    const byCount = sortMatrix(m, 'count');
    const goalCounts = byCount.goals.map((g) => [m.goalLinks(g.goal).length, g.goal] as const);
    for (let i = 1; i < goalCounts.length; i++) {
      const [[c0, g0], [c1, g1]] = [goalCounts[i - 1], goalCounts[i]];
      expect(c0 > c1 || (c0 === c1 && g0 < g1), `goal ${g0} before ${g1}`).toBe(true);
    }
    expect(new Set(byCount.goals)).toEqual(new Set(m.goals));
    expect(byCount.groups.map((g) => g.field.field_id)).toEqual(m.groups.map((g) => g.field.field_id));
    for (const [i, g] of byCount.groups.entries()) {
      expect(new Set(g.policies)).toEqual(new Set(m.groups[i].policies));
      const counts = g.policies.map((p) => m.policyLinks(p.policy_id).length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe('matrix selections', () => {
  it('read the node ids of a goal, a policy and a cell, and list their links', async () => {
    const m = buildSdgMatrix(await loadRealPlanTables());
    expect(parseMatrixSelection(goalNodeId(11))).toEqual({ kind: 'goal', goal: 11 });
    expect(parseMatrixSelection(cellNodeId(4, 22))).toEqual({ kind: 'cell', goal: 4, policy: 22 });
    expect(parseMatrixSelection('p22')).toEqual({ kind: 'policy', policy: 22 });
    expect(parseMatrixSelection('f2')).toBeNull();
    expect(selectionLinks(m, { kind: 'cell', goal: 4, policy: 22 })).toEqual(m.cell(4, 22));
    expect(selectionLinks(m, { kind: 'goal', goal: 11 }).every((l) => l.goal === 11)).toBe(true);
    expect(selectionLinks(m, { kind: 'policy', policy: 22 })).toEqual(m.policyLinks(22));
  });
});
