// Accessibility of every plan sub-view (axe: no serious or critical violation), in Japanese and English.
import AxeBuilder from '@axe-core/playwright';
import { expect, holdDuckDB, test } from './guard.ts';

for (const lang of ['ja', 'en'] as const) {
  for (const [plan, node] of [
    ['sunburst', 'p1.P007'],
    ['sdg', 'sdg4.p22'],
    ['timeline', 'none'],
    ['indicators', 'none'],
  ] as const) {
    test(`plan ${plan} (${lang}) has no serious accessibility violation`, async ({ page }) => {
      await holdDuckDB(page);
      await page.goto(`./?view=plan&lang=${lang}&plan=${plan}&node=${node}&governance=on`);
      await expect(page.locator('[data-view="plan"] [data-chart][data-status="ready"]').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 5)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}
