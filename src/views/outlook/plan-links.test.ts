import { describe, expect, it } from 'vitest';
import { loadRealPlanTables } from '../plan/test-tables.ts';
import { planLinks } from './plan-links.ts';

describe('planLinks', () => {
  it('lists, for each age group, the policies the plan view links to it, by number, with their names', async () => {
    const t = await loadRealPlanTables();
    const links = planLinks(t.policy_age_links, t.plan_policies);
    const total = links.age0_14.length + links.age15_64.length + links.age65plus.length;
    expect(total).toBe(t.policy_age_links.length);
    for (const [group, list] of Object.entries(links)) {
      const ids = list.map((l) => l.policy.policy_id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      for (const l of list) {
        const row = t.policy_age_links.find((a) => a.policy_id === l.policy.policy_id && a.age_group === group);
        expect(row?.reason_ja).toBe(l.reason_ja);
        expect(l.policy.name_ja).toBe(t.plan_policies.find((p) => p.policy_id === l.policy.policy_id)?.name_ja);
      }
    }
    expect(links.age65plus.map((l) => l.policy.name_ja).join()).toMatch(/高齢者/);
  });

  it('names a link to a policy or an age group that does not exist', async () => {
    const t = await loadRealPlanTables();
    const link = t.policy_age_links[0];
    expect(() => planLinks([{ ...link, policy_id: 99 }], t.plan_policies)).toThrow(
      'policy_age_links row 1: policy 99 is not in plan_policies',
    );
    expect(() => planLinks([link, { ...link, age_group: 'age20_39' }], t.plan_policies)).toThrow(
      'policy_age_links row 2: unknown age group "age20_39"',
    );
  });
});
