// Briefing mode: a presenter walks a fixed sequence of steps with the keyboard (or a clicker) or two big
// buttons; each step is a link that reproduces it; Back returns; a tampered step is explained.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BRIEFING_STEPS } from '../src/briefing/steps.ts';
import { expect, holdDuckDB, query, test } from './guard.ts';

const STEPS = BRIEFING_STEPS.length;
const stepOf = (id: string) => BRIEFING_STEPS.findIndex((s) => s.id === id) + 1;
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test.beforeEach(async ({ page }) => {
  await holdDuckDB(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
});

test('starts from the header, moves with keys and buttons, scrolls each chart into view; Back and Escape work', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normalSize = await rootSize();

  await page.getByRole('button', { name: '説明モード' }).click();
  const bar = page.getByRole('region', { name: '説明モード' });
  await expect(bar).toBeVisible();
  expect(param(page, 'step')).toBe('1');
  await expect(bar).toContainText(`1 / ${STEPS}`);
  await expect(bar.getByTestId('briefing-title')).toHaveText('計画の最終年、2030（令和12）年の杉並区');
  await expect(bar.getByRole('button', { name: '前へ' })).toBeDisabled();
  await expect(bar.getByRole('button', { name: '次へ' })).toBeFocused();
  // Large type, and the scenario panel folded out of the way.
  expect(await rootSize()).toBeGreaterThan(normalSize * 1.2);
  await expect(page.locator('#scenario-body')).toBeHidden();
  await expect(page.getByTestId('scenario-panel').getByRole('button', { name: '開く' })).toBeVisible();

  // Every step: the key moves on, the link says so, the step's element is in view, the live region names it.
  for (let n = 2; n <= STEPS; n++) {
    await page.keyboard.press(n % 2 ? 'PageDown' : 'ArrowRight');
    await expect(bar).toHaveAttribute('data-step', String(n));
    expect(param(page, 'step')).toBe(String(n));
    expect(param(page, 'view')).toBe(BRIEFING_STEPS[n - 1].view);
    await expect(page.locator(BRIEFING_STEPS[n - 1].target).first(), `step ${n}`).toBeInViewport();
    await expect(bar.getByTestId('briefing-announce')).toContainText(await bar.getByTestId('briefing-title').innerText());
  }
  await expect(bar.getByRole('button', { name: '次へ' })).toBeDisabled();
  await page.keyboard.press('ArrowRight'); // past the end: nothing
  expect(param(page, 'step')).toBe(String(STEPS));

  // The previous step with ←, then with PageUp; Back returns to the step before.
  await page.keyboard.press('ArrowLeft');
  await expect(bar).toHaveAttribute('data-step', String(STEPS - 1));
  await page.goBack();
  await expect(bar).toHaveAttribute('data-step', String(STEPS));
  await page.goBack();
  await expect(bar).toHaveAttribute('data-step', String(STEPS - 1));
  await expect(page.locator(BRIEFING_STEPS[STEPS - 2].target).first()).toBeInViewport();

  // Escape ends the briefing (the screen stays); Back returns to the step.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  expect(param(page, 'step')).toBe('0');
  await expect(page.getByRole('button', { name: '説明モード' })).toBeFocused();
  expect(await rootSize()).toBe(normalSize);
  await page.goBack();
  await expect(bar).toHaveAttribute('data-step', String(STEPS - 1));
});

test('keys typed into a field or used by a chart do not move the briefing', async ({ page }) => {
  await page.goto(`./?step=${stepOf('headline')}`);
  const bar = page.getByRole('region', { name: '説明モード' });
  await expect(bar).toHaveAttribute('data-step', '1');
  await page.locator('#year-number').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await expect(bar).toHaveAttribute('data-step', '1');
  expect(param(page, 'step')).toBe('1');
  // The Next button moves it.
  await bar.getByRole('button', { name: '次へ' }).click();
  await expect(bar).toHaveAttribute('data-step', '2');
});

test('a copied link at the simulation step reproduces the scenario and the same total', async ({ page, context }) => {
  const n = stepOf('simulation');
  await page.goto('./');
  await page.getByRole('button', { name: '説明モード' }).click();
  const bar = page.getByRole('region', { name: '説明モード' });
  for (let i = 1; i < n; i++) await bar.getByRole('button', { name: '次へ' }).click();
  await expect(bar).toHaveAttribute('data-step', String(n));
  await expect(bar.getByTestId('briefing-title')).toHaveText('シミュレーション1（出生率が上昇）と計画の前提');
  // The preset, applied by the presets' own code: the panel marks it, the link carries its TFR path.
  await expect(page.locator('[data-preset="sim1"]')).toHaveAttribute('aria-pressed', 'true');
  expect(param(page, 'tfr')).toBe('2021:0.99,2030:1.8,2040:2.07');
  const year = param(page, 'year')!;
  const headline = page.getByTestId('headline');
  await expect(headline).toContainText(`${year}（`);
  // The headline shows the simulation's total once it differs from the plan's assumptions.
  await expect(headline).not.toContainText('計画の前提と同じ');
  await expect(headline).toContainText('計画の前提より +');
  await expect(headline).toBeInViewport();
  const total = await page.getByTestId('headline-total').getAttribute('data-value');
  expect(Number(total)).toBeGreaterThan(0);

  const copy = await context.newPage();
  await holdDuckDB(copy);
  await copy.setViewportSize({ width: 1920, height: 1080 });
  await copy.goto(page.url());
  const copyBar = copy.getByRole('region', { name: '説明モード' });
  await expect(copyBar).toHaveAttribute('data-step', String(n));
  await expect(copyBar.getByTestId('briefing-title')).toHaveText('シミュレーション1（出生率が上昇）と計画の前提');
  await expect(copy.locator('[data-preset="sim1"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(copy.getByTestId('headline-total')).toHaveAttribute('data-value', total!);
  await expect(copy.getByTestId('headline')).toBeInViewport();
  await expect(copyBar).not.toContainText('表示をこのステップから変えています');
  expect(query(copy)).toBe(query(page));
  await copy.close();
});

test('a tampered step is named in a notice and shows no bar; the rest of the link is kept', async ({ page }) => {
  await page.goto('./?view=outlook&lang=en&year=2040&step=99');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText(`The link's "step=99" is out of range (allowed: 0–${STEPS}). Showing the default, 0, instead.`);
  await expect(page.getByRole('region', { name: 'Briefing mode' })).toHaveCount(0);
  await expect(page.locator('#year-number')).toHaveValue('2040');
  expect(param(page, 'step')).toBe('0');
  await page.goto('./?step=2.5');
  await expect(page.getByRole('region', { name: 'お知らせ' })).toContainText(
    `リンクの「step=2.5」は整数ではありません（範囲 0–${STEPS}）。代わりに既定値「0」を使います。`,
  );
  await expect(page.getByRole('region', { name: '説明モード' })).toHaveCount(0);
});

test('English: the header button, the bar and the plan step', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Briefing' }).click();
  const bar = page.getByRole('region', { name: 'Briefing mode' });
  await expect(bar.getByTestId('briefing-title')).toHaveText("The plan's final year: Suginami in 2030");
  await expect(bar.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await expect(bar.getByRole('button', { name: 'Exit briefing mode' })).toBeVisible();
  // Straight to the plan's children field by its link, as a presenter's bookmark would.
  const children = stepOf('children');
  await page.goto(`./?${new URL(page.url()).search.slice(1).replace(/step=\d+/, `step=${children - 1}`)}`);
  await expect(bar).toHaveAttribute('data-step', String(children - 1));
  await bar.getByRole('button', { name: 'Next' }).click();
  await expect(bar).toHaveAttribute('data-step', String(children));
  await expect(bar.getByTestId('briefing-title')).toHaveText('What the ward does: the children field');
  expect(param(page, 'view')).toBe('plan');
  expect(param(page, 'node')).toBe('f6');
  await expect(page.getByTestId('plan-details')).toHaveAttribute('data-node', 'f6');
  await expect(page.locator('[data-chart="plan-sunburst"]')).toBeInViewport();
  await bar.getByRole('button', { name: 'Exit briefing mode' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Comprehensive plan' })).toBeVisible();
});

for (const lang of ['ja', 'en'] as const) {
  test(`on a 360 px phone the bar fits and nothing scrolls sideways (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const n of [stepOf('ageGroups'), stepOf('children')]) {
      await page.goto(`./?lang=${lang}&step=${n}&view=${BRIEFING_STEPS[n - 1].view}`);
      const bar = page.getByTestId('briefing-bar');
      await expect(bar).toHaveAttribute('data-step', String(n));
      await expect(page.locator(BRIEFING_STEPS[n - 1].target).first()).toBeVisible();
      await page.waitForTimeout(300); // late panels lay out
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `step ${n}`).toBeLessThanOrEqual(360);
      for (const button of await bar.getByRole('button').all()) {
        const box = (await button.boundingBox())!;
        expect(box.x >= 0 && box.x + box.width <= 360, `${await button.innerText()} fits`).toBe(true);
      }
      // The bar leaves most of the screen to the page.
      expect((await bar.boundingBox())!.height).toBeLessThan(740 / 2);
    }
  });
}

for (const lang of ['ja', 'en'] as const) {
  test(`briefing mode (bar, larger type, folded panel) has no serious accessibility violation (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&step=${stepOf('ageGroups')}`);
    await expect(page.getByTestId('briefing-title')).toBeVisible();
    await expect(page.locator('[data-chart="age-groups"]')).toHaveAttribute('data-status', 'ready');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
