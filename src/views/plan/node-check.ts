// Whether the plan has the node a link names. The URL codec only checks the shape of `node`
// (state/url.ts); the plan view checks it against the tables once they are loaded. A node it does not
// have is explained to the reader and replaced by the whole plan.
import type { PlanRows } from './tables.ts';

type Rows = { readonly [K in keyof PlanRows]?: PlanRows[K] | null };

/** true: the plan has it; 'governance': it has it among the governance branches; false: it does not; null: not known yet (tables loading). */
export type NodeCheck = boolean | 'governance' | null;

export function checkNode(id: string, t: Rows): NodeCheck {
  const n = Number;
  let m: RegExpExecArray | null;
  if (id === 'none') return true;
  if ((m = /^f(\d+)$/.exec(id))) return t.plan_fields ? t.plan_fields.some((f) => f.field_id === n(m![1])) : null;
  if ((m = /^p(\d+)$/.exec(id))) return t.plan_policies ? t.plan_policies.some((p) => p.policy_id === n(m![1])) : null;
  if ((m = /^p(\d+)\.(P\d+)$/.exec(id))) {
    return t.plan_placements ? t.plan_placements.some((p) => p.policy_id === n(m![1]) && p.project_id === m![2]) : null;
  }
  const governance = (found: boolean | undefined): NodeCheck => (found === undefined ? null : found && 'governance');
  if ((m = /^g(\d+)$/.exec(id))) return governance(t.governance_plans?.some((p) => p.plan_id === n(m![1])));
  if ((m = /^g(\d+)\.(\d+)$/.exec(id))) {
    return governance(t.governance_policies?.some((p) => p.plan_id === n(m![1]) && p.policy_no === n(m![2])));
  }
  if ((m = /^i(\d+)$/.exec(id))) return governance(t.governance_projects?.some((p) => p.item_id === n(m![1])));
  if ((m = /^sdg(\d+)(?:\.p(\d+))?$/.exec(id))) {
    if (!t.sdg_goals || (m[2] && !t.plan_policies)) return null;
    return t.sdg_goals.some((g) => g.goal === n(m![1])) && (!m[2] || t.plan_policies!.some((p) => p.policy_id === n(m![2])));
  }
  return false;
}
