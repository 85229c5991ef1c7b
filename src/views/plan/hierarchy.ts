// The plan as one tree, built from the tables: the ward's vision at the root → 8 fields → 29 policies →
// the projects as listed under each policy (placements: a project listed under three policies is three
// leaves, which share a `group`). With governance on, the three governance plans follow the fields as
// extra branches: plan → 方針 → items (the numbered headings between them are kept on each item).
// Node ids are those of the link (state/url.ts, PLAN_NODE_PATTERN); the root is 'none'.
import { hierarchy, type HierarchyNode } from 'd3';
import type { GovernanceHeadingRow, GovernanceItemRow, GovernancePlanRow, GovernancePolicyRow, PlanRows, ProjectRow } from './tables.ts';

export type PlanNodeKind = 'vision' | 'field' | 'policy' | 'placement' | 'governance-plan' | 'governance-policy' | 'governance-item';

export interface PlanNodeData {
  readonly id: string;
  readonly kind: PlanNodeKind;
  readonly nameJa: string;
  readonly nameEn: string;
  /** The number the document gives it: field, policy, 方針, governance plan; the project's number for a placement. */
  readonly number: number | null;
  /** The field it belongs to (colour); null for the vision and the governance plans. */
  readonly fieldId: number | null;
  /**
   * Every listing of the same thing shares a group: a plan project's placements (and governance items
   * with the same name as a plan project) share its project_id; governance items listed in several
   * governance plans share their name. null: listed once.
   */
  readonly group: string | null;
  /** A placement after the project's first listing (derived, docs/plan-data.md "Relisted"). */
  readonly relisted: boolean;
  /** Relisted in another field than its home. */
  readonly crossField: boolean;
  readonly projectId: string | null;
  readonly children: PlanNodeData[];
}

export type PlanNode = HierarchyNode<PlanNodeData>;

export interface PlanTree {
  readonly root: PlanNode;
  /** Every node by id. */
  readonly byId: ReadonlyMap<string, PlanNode>;
  /** The nodes of each group (only groups of two or more). */
  readonly groups: ReadonlyMap<string, readonly PlanNode[]>;
}

export type HierarchyTables = Pick<PlanRows, 'plan_fields' | 'plan_policies' | 'plan_projects' | 'plan_placements'>;
export type GovernanceTables = Pick<PlanRows, 'governance_plans' | 'governance_policies' | 'governance_headings' | 'governance_projects'>;

export const fieldId = (id: number) => `f${id}`;
export const policyId = (id: number) => `p${id}`;
export const placementId = (policy: number, project: string) => `p${policy}.${project}`;
export const governancePlanId = (plan: number) => `g${plan}`;
export const governancePolicyId = (plan: number, no: number) => `g${plan}.${no}`;
export const governanceItemId = (item: number) => `i${item}`;
export const ROOT_ID = 'none';

type Required = 'id' | 'kind' | 'nameJa' | 'nameEn';
const node = (data: Pick<PlanNodeData, Required> & Partial<PlanNodeData>): PlanNodeData => ({
  group: null,
  relisted: false,
  crossField: false,
  projectId: null,
  number: null,
  fieldId: null,
  children: [],
  ...data,
});

function governanceBranch(g: GovernanceTables, projects: ReadonlyMap<string, ProjectRow>): PlanNodeData[] {
  // Items listed in several governance plans under one name are one group, as are items named as a plan project.
  const byName = new Map<string, number>();
  for (const item of g.governance_projects) byName.set(item.name_ja, (byName.get(item.name_ja) ?? 0) + 1);
  const itemNode = (item: GovernanceItemRow) =>
    node({
      id: governanceItemId(item.item_id),
      kind: 'governance-item',
      nameJa: item.name_ja,
      nameEn: item.name_en,
      number: item.item_id,
      projectId: item.project_id,
      fieldId: item.project_id ? (projects.get(item.project_id)?.home_field_id ?? null) : null,
      group: item.project_id ?? ((byName.get(item.name_ja) ?? 0) > 1 ? `item:${item.name_ja}` : null),
    });
  const policyNode = (p: GovernancePolicyRow) =>
    node({
      id: governancePolicyId(p.plan_id, p.policy_no),
      kind: 'governance-policy',
      nameJa: p.name_ja,
      nameEn: p.name_en,
      number: p.policy_no,
      children: g.governance_projects.filter((i) => i.plan_id === p.plan_id && i.policy_no === p.policy_no).map(itemNode),
    });
  const planNode = (p: GovernancePlanRow) =>
    node({
      id: governancePlanId(p.plan_id),
      kind: 'governance-plan',
      nameJa: p.name_ja,
      nameEn: p.name_en,
      number: p.plan_id,
      children: g.governance_policies.filter((q) => q.plan_id === p.plan_id).map(policyNode),
    });
  return g.governance_plans.map(planNode);
}

/** The tree of the plan; with `governance`, the governance plans as extra branches after the fields. */
export function buildPlanTree(t: HierarchyTables, vision: { ja: string; en: string }, governance?: GovernanceTables): PlanTree {
  const projects = new Map(t.plan_projects.map((p) => [p.project_id, p]));
  const fields = t.plan_fields.map((f) =>
    node({
      id: fieldId(f.field_id),
      kind: 'field',
      nameJa: f.name_ja,
      nameEn: f.name_en,
      number: f.field_id,
      fieldId: f.field_id,
      children: t.plan_policies
        .filter((p) => p.field_id === f.field_id)
        .map((p) =>
          node({
            id: policyId(p.policy_id),
            kind: 'policy',
            nameJa: p.name_ja,
            nameEn: p.name_en,
            number: p.policy_id,
            fieldId: f.field_id,
            children: t.plan_placements
              .filter((pl) => pl.policy_id === p.policy_id)
              .sort((a, b) => a.position - b.position)
              .map((pl) => {
                const project = projects.get(pl.project_id);
                if (!project)
                  throw new Error(
                    `plan_placements: placement ${pl.placement_id} names project ${pl.project_id}, which plan_projects does not have`,
                  );
                return node({
                  id: placementId(p.policy_id, pl.project_id),
                  kind: 'placement',
                  nameJa: project.name_ja,
                  nameEn: project.name_en,
                  number: Number(pl.project_id.slice(1)),
                  fieldId: f.field_id,
                  projectId: pl.project_id,
                  group: pl.project_id,
                  relisted: pl.is_relisted,
                  crossField: pl.is_cross_field,
                });
              }),
          }),
        ),
    }),
  );
  const rootData = node({
    id: ROOT_ID,
    kind: 'vision',
    nameJa: vision.ja,
    nameEn: vision.en,
    children: [...fields, ...(governance ? governanceBranch(governance, projects) : [])],
  });
  // Every leaf counts one: an arc's angle is proportional to the listings under it. A governance 方針
  // that lists no item (区政経営改革 方針5, see its note) is a leaf too, so it stays visible.
  const root = hierarchy(rootData, (d) => (d.children.length ? d.children : null)).count();

  const byId = new Map<string, PlanNode>();
  const members = new Map<string, PlanNode[]>();
  for (const n of root.descendants()) {
    if (byId.has(n.data.id)) throw new Error(`plan tree: two nodes with id ${n.data.id}`);
    byId.set(n.data.id, n);
    if (n.data.group) members.set(n.data.group, [...(members.get(n.data.group) ?? []), n]);
  }
  const groups = new Map([...members].filter(([, nodes]) => nodes.length > 1));
  return { root, byId, groups };
}

/** The other listings of the same project or item (placements elsewhere, governance items of the same name). */
export function otherListings(tree: PlanTree, n: PlanNode): readonly PlanNode[] {
  return n.data.group ? (tree.groups.get(n.data.group) ?? []).filter((m) => m !== n) : [];
}

/** Every node in the group of `n` (itself included), for highlighting. */
export function listingsOf(tree: PlanTree, n: PlanNode): readonly PlanNode[] {
  return n.data.group ? (tree.groups.get(n.data.group) ?? [n]) : [n];
}

/**
 * Where the sunburst zooms to show `n`: a node with children is zoomed into; a leaf shows its parent —
 * unless it is listed in several places, then the smallest branch holding every listing, so that all
 * of them are in view and highlighted (a project relisted in another field zooms out to the whole plan).
 * A pure function of the node, so a copied link shows the same zoom.
 */
export function zoomFor(tree: PlanTree, n: PlanNode): PlanNode {
  if (n.children) return n;
  const listings = listingsOf(tree, n);
  let common: PlanNode = n.parent ?? n;
  for (const other of listings) {
    while (!other.ancestors().includes(common)) common = common.parent ?? common;
  }
  return common;
}

export type Step = 'next' | 'previous' | 'in' | 'out' | 'home';

/** Keyboard navigation: siblings (wrapping), first child, parent, root. */
export function step(tree: PlanTree, n: PlanNode, move: Step): PlanNode {
  switch (move) {
    case 'home':
      return tree.root;
    case 'out':
      return n.parent ?? n;
    case 'in':
      return n.children?.[0] ?? n;
    case 'next':
    case 'previous': {
      const siblings = n.parent?.children;
      if (!siblings) return n;
      const i = siblings.indexOf(n);
      return siblings[(i + (move === 'next' ? 1 : -1) + siblings.length) % siblings.length];
    }
  }
}

/** The headings of the governance plans, by `plan.policy.heading` (shown with an item's details). */
export function headingKey(h: Pick<GovernanceHeadingRow, 'plan_id' | 'policy_no' | 'heading_no'>): string {
  return `${h.plan_id}.${h.policy_no}.${h.heading_no}`;
}
