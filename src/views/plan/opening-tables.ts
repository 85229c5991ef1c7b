/**
 * The tables the plan's opening screen (the structure sunburst, without the governance branches) reads:
 * the counts above it, the sunburst's tree, and the details of the ward's aim beside it. On a link to that
 * screen index.html's early script asks for them while the app's script is still arriving (src/early.ts),
 * so they come in one round instead of after the view's code, the manifest and a first decode.
 * e2e/phone.spec.ts checks that this is exactly what the screen downloads.
 */
export const PLAN_OPENING_TABLES = [
  'plan_counts',
  'governance_plans',
  'plan_fields',
  'plan_policies',
  'plan_projects',
  'plan_placements',
  'sdg_links',
  'policy_age_links',
  'plan_indicators',
] as const;
