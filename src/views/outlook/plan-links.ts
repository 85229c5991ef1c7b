// The plan's policies beside the outlook's age groups: the reverse of the plan view's "see the outlook"
// links. From policy_age_links (this dashboard's mapping, not the ward's: the plan document links no
// policy to an age group), with the policies' names from plan_policies.
import type { AgeLinkRow, PolicyRow } from '../plan/tables.ts';

export const AGE_GROUPS = ['age0_14', 'age15_64', 'age65plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export interface PlanLink {
  readonly policy: PolicyRow;
  /** Why the policy concerns the group (this dashboard's words). */
  readonly reason_ja: string;
  readonly reason_en: string;
}

/** Each age group's policies, by policy number. */
export type PlanLinks = Readonly<Record<AgeGroup, readonly PlanLink[]>>;

/** Throws on a link to an unknown policy or age group, naming the row. */
export function planLinks(links: readonly AgeLinkRow[], policies: readonly PolicyRow[]): PlanLinks {
  const byId = new Map(policies.map((p) => [p.policy_id, p]));
  const out: Record<AgeGroup, PlanLink[]> = { age0_14: [], age15_64: [], age65plus: [] };
  links.forEach((link, i) => {
    const group = link.age_group as AgeGroup;
    if (!AGE_GROUPS.includes(group)) throw new Error(`policy_age_links row ${i + 1}: unknown age group "${link.age_group}"`);
    const policy = byId.get(link.policy_id);
    if (!policy) throw new Error(`policy_age_links row ${i + 1}: policy ${link.policy_id} is not in plan_policies`);
    out[group].push({ policy, reason_ja: link.reason_ja, reason_en: link.reason_en });
  });
  for (const group of AGE_GROUPS) out[group].sort((a, b) => a.policy.policy_id - b.policy.policy_id);
  return out;
}
