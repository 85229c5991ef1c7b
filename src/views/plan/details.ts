// What the details panel says about a node of the plan tree, gathered from the tables (pure): names,
// its field and policy, where else the project is listed, its SDG links with reasons, the age group of
// the population outlook it concerns, the field's main indicator, notes, and the governance context.
import { otherListings, type PlanNode, type PlanTree } from './hierarchy.ts';
import type {
  AgeLinkRow,
  FieldRow,
  GovernanceHeadingRow,
  GovernanceItemRow,
  GovernancePlanRow,
  GovernancePolicyRow,
  IndicatorRow,
  PlanRows,
  PolicyRow,
  ProjectRow,
  SdgLinkRow,
} from './tables.ts';

/** Tables the details need; the optional ones may still be loading (or have failed): their parts are then left out. */
export type DetailTables = Pick<PlanRows, 'plan_fields' | 'plan_policies' | 'plan_projects' | 'plan_placements'> &
  Partial<
    Pick<
      PlanRows,
      | 'sdg_links'
      | 'policy_age_links'
      | 'plan_indicators'
      | 'governance_plans'
      | 'governance_policies'
      | 'governance_headings'
      | 'governance_projects'
    >
  >;

export interface Listing {
  readonly node: PlanNode;
  readonly policy: PolicyRow;
  readonly field: FieldRow;
}

export interface NodeDetails {
  readonly node: PlanNode;
  readonly field: FieldRow | null;
  readonly policy: PolicyRow | null;
  readonly project: ProjectRow | null;
  /** For a placement: every other place the same project is listed (plan policies). */
  readonly otherPlacements: readonly Listing[];
  /** For a placement: the project's first listing (its home, docs/plan-data.md). */
  readonly home: Listing | null;
  /** Governance items with the same name as this plan project, or other governance listings of this item. */
  readonly governanceListings: readonly PlanNode[];
  /** SDG links of the node itself (a policy's, or a project's own). */
  readonly sdg: readonly SdgLinkRow[];
  /** For a placement: the links of the policy it is listed under. */
  readonly sdgOfPolicy: readonly SdgLinkRow[];
  /** Age groups of the population outlook this policy (or the placement's policy) concerns. */
  readonly ageLinks: readonly AgeLinkRow[];
  /** The field's main indicator row (status 'not in source' when the page is missing); null when the table is not loaded. */
  readonly indicator: IndicatorRow | null;
  readonly governancePlan: GovernancePlanRow | null;
  readonly governancePolicy: GovernancePolicyRow | null;
  readonly governanceHeading: GovernanceHeadingRow | null;
  readonly governanceItem: GovernanceItemRow | null;
  /** For a governance policy: its headings, each with its items (nodes of the tree). */
  readonly headings: readonly { readonly heading: GovernanceHeadingRow; readonly items: readonly PlanNode[] }[];
}

const itemNo = (id: string) => Number(id.slice(1));

export function nodeDetails(tree: PlanTree, node: PlanNode, t: DetailTables): NodeDetails {
  const fields = new Map(t.plan_fields.map((f) => [f.field_id, f]));
  const policies = new Map(t.plan_policies.map((p) => [p.policy_id, p]));
  const d = node.data;
  const policyOf = (n: PlanNode) => (n.data.kind === 'policy' ? n : n.data.kind === 'placement' ? n.parent : null);
  const policyNode = policyOf(node);
  const policy = policyNode ? (policies.get(policyNode.data.number ?? -1) ?? null) : null;
  const field = d.fieldId !== null ? (fields.get(d.fieldId) ?? null) : null;
  const project = d.projectId ? (t.plan_projects.find((p) => p.project_id === d.projectId) ?? null) : null;

  const listing = (n: PlanNode): Listing | null => {
    const p = policyOf(n);
    const row = p ? policies.get(p.data.number ?? -1) : undefined;
    const f = row ? fields.get(row.field_id) : undefined;
    return row && f ? { node: n, policy: row, field: f } : null;
  };
  const others = otherListings(tree, node);
  const otherPlacements = others
    .filter((n) => n.data.kind === 'placement')
    .map(listing)
    .filter((l): l is Listing => l !== null);
  let home: Listing | null = null;
  if (d.kind === 'placement' && project) {
    const homeNode = tree.byId.get(`p${project.home_policy_id}.${project.project_id}`);
    home = homeNode ? listing(homeNode) : null;
  }
  const governanceListings = others.filter((n) => n.data.kind === 'governance-item');

  const links = t.sdg_links ?? [];
  const sdg =
    d.kind === 'policy'
      ? links.filter((l) => l.level === 'policy' && l.policy_id === d.number)
      : d.projectId
        ? links.filter((l) => l.level === 'project' && l.project_id === d.projectId)
        : [];
  const sdgOfPolicy = d.kind === 'placement' && policy ? links.filter((l) => l.level === 'policy' && l.policy_id === policy.policy_id) : [];
  const ageLinks = policy ? (t.policy_age_links ?? []).filter((a) => a.policy_id === policy.policy_id) : [];
  const indicator = d.kind === 'field' ? ((t.plan_indicators ?? []).find((i) => i.field_id === d.fieldId) ?? null) : null;

  // Governance context.
  const item = d.kind === 'governance-item' ? ((t.governance_projects ?? []).find((i) => i.item_id === itemNo(d.id)) ?? null) : null;
  const [planNo, policyNo] =
    d.kind === 'governance-plan'
      ? [d.number, null]
      : d.kind === 'governance-policy'
        ? [Number(d.id.slice(1).split('.')[0]), d.number]
        : item
          ? [item.plan_id, item.policy_no]
          : [null, null];
  const governancePlan = planNo !== null ? ((t.governance_plans ?? []).find((p) => p.plan_id === planNo) ?? null) : null;
  const governancePolicy =
    policyNo !== null ? ((t.governance_policies ?? []).find((p) => p.plan_id === planNo && p.policy_no === policyNo) ?? null) : null;
  const governanceHeading = item
    ? ((t.governance_headings ?? []).find(
        (h) => h.plan_id === item.plan_id && h.policy_no === item.policy_no && h.heading_no === item.heading_no,
      ) ?? null)
    : null;
  const headings =
    d.kind === 'governance-policy' && governancePolicy
      ? (t.governance_headings ?? [])
          .filter((h) => h.plan_id === governancePolicy.plan_id && h.policy_no === governancePolicy.policy_no)
          .map((heading) => ({
            heading,
            items: (node.children ?? []).filter((c) => {
              const row = t.governance_projects?.find((i) => i.item_id === itemNo(c.data.id));
              return row?.heading_no === heading.heading_no;
            }),
          }))
      : [];

  return {
    node,
    field,
    policy,
    project,
    otherPlacements,
    home,
    governanceListings,
    sdg,
    sdgOfPolicy,
    ageLinks,
    indicator,
    governancePlan,
    governancePolicy,
    governanceHeading,
    governanceItem: item,
    headings,
  };
}
