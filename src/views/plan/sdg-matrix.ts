// The SDG matrix: 17 goals × 29 policies, grouped by field. A cell holds the links of sdg_links that
// concern the policy and the goal: the policy's own links, and the links of the projects it lists (a
// project link counts under every policy listing the project). sdg_links is this dashboard's mapping,
// not the ward's (the ward's project-to-SDG table is not in our copy of the plan).
import type { FieldRow, PlanRows, PolicyRow, SdgGoalRow, SdgLinkRow } from './tables.ts';
import type { SdgSort } from '../../state/url.ts';

export type MatrixTables = Pick<PlanRows, 'plan_fields' | 'plan_policies' | 'plan_placements' | 'sdg_goals' | 'sdg_links'>;

export interface FieldGroup {
  readonly field: FieldRow;
  readonly policies: readonly PolicyRow[];
}

export interface SdgMatrix {
  readonly goals: readonly SdgGoalRow[];
  readonly groups: readonly FieldGroup[];
  /** Links in the cell (goal × policy), in link order. */
  cell(goal: number, policy: number): readonly SdgLinkRow[];
  /** Distinct links of a policy (its row), of a goal (its column). */
  policyLinks(policy: number): readonly SdgLinkRow[];
  goalLinks(goal: number): readonly SdgLinkRow[];
  /** The largest cell count (for shading). */
  readonly maxCell: number;
}

const key = (goal: number, policy: number) => `${goal}.${policy}`;

export function buildSdgMatrix(t: MatrixTables): SdgMatrix {
  const policiesOfProject = new Map<string, number[]>();
  for (const p of t.plan_placements) policiesOfProject.set(p.project_id, [...(policiesOfProject.get(p.project_id) ?? []), p.policy_id]);
  const policyIds = new Set(t.plan_policies.map((p) => p.policy_id));
  const cells = new Map<string, SdgLinkRow[]>();
  const byPolicy = new Map<number, SdgLinkRow[]>();
  const add = <K>(map: Map<K, SdgLinkRow[]>, k: K, link: SdgLinkRow) => {
    const list = map.get(k) ?? [];
    if (!list.includes(link)) list.push(link);
    map.set(k, list);
  };
  for (const link of t.sdg_links) {
    const policies = link.level === 'policy' ? [link.policy_id] : (policiesOfProject.get(link.project_id ?? '') ?? []);
    if (!policies.length || policies.some((p) => p === null || !policyIds.has(p))) {
      throw new Error(`sdg_links: link ${link.link_id} (${link.level}) names no policy or project of the plan`);
    }
    for (const p of policies as number[]) {
      add(cells, key(link.goal, p), link);
      add(byPolicy, p, link);
    }
  }
  const groups = t.plan_fields.map((field) => ({ field, policies: t.plan_policies.filter((p) => p.field_id === field.field_id) }));
  return {
    goals: t.sdg_goals,
    groups,
    cell: (goal, policy) => cells.get(key(goal, policy)) ?? [],
    policyLinks: (policy) => byPolicy.get(policy) ?? [],
    goalLinks: (goal) => t.sdg_links.filter((l) => l.goal === goal),
    maxCell: Math.max(0, ...[...cells.values()].map((c) => c.length)),
  };
}

/**
 * Rows and columns in the order asked for: 'number' keeps the document's order; 'count' puts the goals
 * with the most links first, and the policies with the most links first within their field (the fields
 * keep their order, so the grouping stays). Ties keep the document's order.
 */
export function sortMatrix(m: SdgMatrix, sort: SdgSort): { goals: readonly SdgGoalRow[]; groups: readonly FieldGroup[] } {
  if (sort === 'number') return { goals: m.goals, groups: m.groups };
  const goals = [...m.goals].sort((a, b) => m.goalLinks(b.goal).length - m.goalLinks(a.goal).length || a.goal - b.goal);
  const groups = m.groups.map((g) => ({
    field: g.field,
    policies: [...g.policies].sort(
      (a, b) => m.policyLinks(b.policy_id).length - m.policyLinks(a.policy_id).length || a.policy_id - b.policy_id,
    ),
  }));
  return { goals, groups };
}

/** What a matrix selection (a node id of the link) points at: a goal column, a policy row, or a cell. */
export type MatrixSelection =
  | { readonly kind: 'goal'; readonly goal: number }
  | { readonly kind: 'policy'; readonly policy: number }
  | { readonly kind: 'cell'; readonly goal: number; readonly policy: number };

export function parseMatrixSelection(id: string): MatrixSelection | null {
  const cell = /^sdg(\d+)\.p(\d+)$/.exec(id);
  if (cell) return { kind: 'cell', goal: Number(cell[1]), policy: Number(cell[2]) };
  const goal = /^sdg(\d+)$/.exec(id);
  if (goal) return { kind: 'goal', goal: Number(goal[1]) };
  const policy = /^p(\d+)$/.exec(id);
  if (policy) return { kind: 'policy', policy: Number(policy[1]) };
  return null;
}

export const goalNodeId = (goal: number) => `sdg${goal}`;
export const cellNodeId = (goal: number, policy: number) => `sdg${goal}.p${policy}`;

/** The links a selection lists (cell, row or column). */
export function selectionLinks(m: SdgMatrix, s: MatrixSelection): readonly SdgLinkRow[] {
  return s.kind === 'cell' ? m.cell(s.goal, s.policy) : s.kind === 'goal' ? m.goalLinks(s.goal) : m.policyLinks(s.policy);
}
