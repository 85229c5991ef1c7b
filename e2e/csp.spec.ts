// The built page's Content-Security-Policy (scripts/build/csp.ts) allows what the app does and nothing
// more: every view, the bands and a comparison, the data view with DuckDB answering SQL, a briefing step,
// embed mode and a chart's PNG and SVG export run without a single violation. A violation is caught
// twice: the page's `securitypolicyviolation` events (recorded from before the app's first script) and
// the console, where Chromium reports every blocked script, style, image, worker or connection.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, holdDuckDB, test } from './guard.ts';
import { inlineScripts, scriptHash } from '../scripts/build/csp.ts';

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Records CSP violations of the page (and console messages naming the policy); returns the list, filled as they come. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) seen.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('worker', (w) =>
    w.on('console', (m) => /Content[- ]Security[- ]Policy/i.test(m.text()) && seen.push(`worker console: ${m.text()}`)),
  );
  return seen;
}

async function violations(page: Page, console: string[]): Promise<string[]> {
  const events = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return [...events, ...console];
}

test('dist/index.html carries the policy: self only, no inline or eval script, the early script hashed', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'the CSP meta tag').not.toBeNull();
  expect(html.indexOf(meta![0]), 'before the first script').toBeLessThan(html.indexOf('<script'));
  const policy = new Map(
    meta![1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  const script = policy.get('script-src')!;
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  // Each inline script of the final page (the early one) is allowed by its own hash.
  const inline = inlineScripts(html);
  expect(inline.length).toBeGreaterThan(0);
  for (const text of inline) expect(script).toContain(`'${scriptHash(text)}'`);
  // No outside origin in any directive.
  for (const values of policy.values()) for (const v of values) expect(v).not.toMatch(/^(https?:|\*|wss?:)|\./);
});

test('the early inline script runs under the policy (its hash matches what the browser reads)', async ({ page }) => {
  const seen = await watchViolations(page);
  await holdDuckDB(page);
  await page.goto('./?view=outlook');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  // The session adopted the worker the inline script started: it took it out of window.
  expect(await page.evaluate(() => 'suginamiProjectionWorker' in window)).toBe(false);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /projection\.worker-/.test(e.name)))).toBe(true);
  expect(await violations(page, seen)).toEqual([]);
});

test('no CSP violation on any view: outlook with bands and a comparison, plan, town, briefing, embed, export', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = await watchViolations(page);
  await holdDuckDB(page);
  await page.goto('./?view=outlook&bands=on&b.tfr=1.5');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('[data-chart="difference"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('[data-area="total-band80"]').first()).toBeAttached({ timeout: 30_000 });

  // Export: PNG (an Image of the SVG as a data: URL, drawn on a canvas) and SVG, downloaded via blob: URLs.
  const total = page.locator('figure.chart[data-chart="total"]');
  const menu = total.getByTestId('chart-export');
  for (const kind of ['png', 'svg']) {
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${kind}"]`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
  }
  expect(await violations(page, seen), 'outlook and export').toEqual([]);

  await page.goto('./?view=plan');
  await expect(page.locator('[data-view="plan"]')).toBeVisible();
  await expect(page.locator('[data-view="plan"] svg').first()).toBeVisible({ timeout: 30_000 });
  expect(await violations(page, seen), 'plan').toEqual([]);

  await page.goto('./?view=town');
  await expect(page.locator('[data-chart="town-map"]')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  expect(await violations(page, seen), 'town').toEqual([]);

  await page.goto('./?view=outlook&step=1');
  await expect(page.locator('[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  expect(await violations(page, seen), 'briefing').toEqual([]);

  await page.goto('./?view=outlook&embed=1&chart=total');
  await expect(page.locator('[data-chart="total"]')).toHaveAttribute('data-status', 'ready');
  expect(await violations(page, seen), 'embed').toEqual([]);
});

test('no CSP violation on the data view with DuckDB loaded and a SQL query run', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = await watchViolations(page);
  await page.goto('./?view=data&lang=en');
  await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Plan projects per field' }).click();
  await expect(page.getByTestId('sql-summary')).toContainText('8 rows', { timeout: 45_000 });
  await expect(page.locator('[data-chart="query-chart"]')).toHaveAttribute('data-status', 'ready');
  expect(await violations(page, seen)).toEqual([]);
});
