// Take every chart away: the chart frame's export menu gives a PNG (≥ 1,000 px wide, white), a
// standalone SVG (fonts, title, source and scenario inside) and the chart's data as CSV (UTF-8 with
// BOM); print media puts no chart across a page; embed mode shows one chart alone with a link back.
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, holdDuckDB, test } from './guard.ts';

test.beforeEach(async ({ page }) => {
  await holdDuckDB(page);
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function exported(page: Page, chart: Locator, kind: 'png' | 'svg' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  const menu = chart.getByTestId('chart-export');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${kind}"]`).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await (download as Download).path()) };
}

test('every chart of the outlook exports PNG, SVG and CSV, named by what and when', async ({ page }) => {
  const sim1 = 'tfr=2021:0.99,2030:1.8,2040:2.07&srb=105.1&mortalityDecline=0&inMigration=1&outMigration=1&horizon=2065';
  await page.goto(`./?view=outlook&lang=ja&year=2030&focus=none&${sim1}`);
  const total = page.locator('figure.chart[data-chart="total"]');
  await expect(total).toHaveAttribute('data-status', 'ready');
  await expect(total.getByTestId('chart-export').locator('summary')).toHaveText('書き出し');

  const png = await exported(page, total, 'png');
  expect(png.name).toBe(`suginami-total-population-sim1-${today()}.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1000);
  expect(height).toBeGreaterThan(300);
  // White background: the first pixel of the decoded image is white (decoded by the browser).
  const corner = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const dark = context.getImageData(0, 0, image.width, image.height).data.filter((v, i) => i % 4 === 0 && v < 100).length;
    return { pixel: [...context.getImageData(2, 2, 1, 1).data], dark };
  }, png.bytes.toString('base64'));
  expect(corner.pixel).toEqual([255, 255, 255, 255]);
  expect(corner.dark).toBeGreaterThan(1000); // text and lines were drawn, not a blank page

  const svg = await exported(page, total, 'svg');
  expect(svg.name).toBe(`suginami-total-population-sim1-${today()}.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('<title>総人口の推移</title>');
  expect(text).toMatch(/font-family:'Noto Sans CJK JP'/);
  expect(text).toContain('前提：シミュレーション1');
  expect(text).toContain('住民基本台帳');
  expect(text).toContain('view=outlook');
  expect(text).not.toContain('var(--'); // every style inlined: nothing depends on the page's CSS
  // It parses as a standalone SVG document.
  const parsed = await page.evaluate(
    (t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null,
    text,
  );
  expect(parsed).toBe(true);

  const csv = await exported(page, total, 'csv');
  expect(csv.name).toBe(`suginami-total-population-sim1-${today()}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toContain('年');
  expect(lines[1]).toMatch(/^2021,573504,/); // 2021年 / 573,504人 as numbers

  // Every other chart offers the same menu.
  // Once every panel is built and drawn (they are built one per task, stagger.svelte.ts).
  const charts = page.locator('figure.chart[data-status="ready"]');
  await expect
    .poll(() => charts.evaluateAll((all) => all.map((f) => f.getAttribute('data-chart')).sort()))
    .toEqual(['age-groups', 'aging', 'change', 'family', 'past-outlooks', 'published', 'pyramid', 'shares', 'total']);
  const count = await charts.count();
  for (let i = 0; i < count; i++) await expect(charts.nth(i).getByTestId('chart-export')).toHaveCount(1);
  const pyramid = await exported(page, page.locator('figure.chart[data-chart="pyramid"]'), 'svg');
  expect(pyramid.name).toBe(`suginami-population-pyramid-sim1-${today()}.svg`);
});

test('the export code is not loaded until a chart is exported', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('./?view=outlook&lang=en');
  await expect(page.locator('figure.chart[data-chart="change"]')).toHaveAttribute('data-status', 'ready');
  await page.waitForTimeout(500);
  expect(scripts.filter((s) => /chart-export|hyparquet-writer|xlsx|read-/.test(s))).toEqual([]);
  await exported(page, page.locator('figure.chart[data-chart="aging"]'), 'csv');
  expect(scripts.some((s) => /chart-export/.test(s))).toBe(true);
});

test('print: A4 landscape pages, no chart taller than a page or allowed to break, the link and the date printed', async ({ page }) => {
  // A4 landscape at 96 dpi less 10 mm margins: 1047 × 718 CSS px.
  await page.setViewportSize({ width: 1047, height: 718 });
  await page.goto('./?view=outlook&lang=ja');
  await expect(page.locator('figure.chart[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  // At this width the panels far from the first screen wait for the reader's first scroll; printing builds
  // them all at once.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('figure.chart[data-chart="change"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('print-link')).toBeVisible();
  await expect(page.getByTestId('print-link')).toContainText('view=outlook');
  await expect(page.getByTestId('print-link')).toContainText(/印刷日：\d{4}-\d{2}-\d{2}/);
  const charts = await page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((f) => ({
      id: f.getAttribute('data-chart'),
      drawing: f.querySelector('.body svg') !== null,
      breakInside: getComputedStyle(f).breakInside,
      bodyBreak: getComputedStyle(f.querySelector('.body')!).breakInside,
      captionBreak: getComputedStyle(f.querySelector('figcaption')!).breakAfter,
      hasNote: f.querySelector('.note') !== null,
      height: f.getBoundingClientRect().height,
      // Caption, key and drawing: what must stay on one page (the notes below may run on).
      drawn: (f.querySelector('.body')?.getBoundingClientRect().bottom ?? 0) - f.getBoundingClientRect().top,
      rows: [...f.querySelectorAll('tr')].map((r) => getComputedStyle(r).breakInside),
    })),
  );
  expect(charts.filter((c) => c.drawing).length).toBeGreaterThanOrEqual(6);
  for (const chart of charts) {
    if (chart.drawing) {
      // A drawing fits on one page with its caption and is never cut; a frame without notes is kept whole.
      expect(chart.bodyBreak, chart.id!).toBe('avoid');
      expect(chart.captionBreak, chart.id!).toBe('avoid');
      expect(chart.drawn, chart.id!).toBeLessThanOrEqual(718);
      if (!chart.hasNote) {
        expect(chart.breakInside, chart.id!).toBe('avoid');
        expect(chart.height, chart.id!).toBeLessThanOrEqual(718);
      }
    }
    // A table may run over pages, but never through a row.
    expect(
      chart.rows.every((r) => r === 'avoid'),
      chart.id!,
    ).toBe(true);
  }
  await expect(page.getByTestId('chart-export').first()).toBeHidden();
  await expect(page.locator('nav').first()).toBeHidden();
  // The same page as a PDF: Chromium lays it out on A4 landscape pages.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
});

test('embed: one chart alone with its title, source and a link back; the embed button gives the iframe code; a bad chart is a notice', async ({
  page,
}) => {
  await page.goto('./?view=outlook&lang=ja');
  const total = page.locator('figure.chart[data-chart="total"]');
  await expect(total).toHaveAttribute('data-status', 'ready');
  await total.getByTestId('chart-export').locator('summary').click();
  await total.locator('[data-export="embed"]').click();
  const code = await total.getByTestId('embed-code').locator('textarea').inputValue();
  expect(code).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/\?view=outlook&amp;lang=ja&amp;.*&amp;embed=1&amp;chart=total" title="総人口の推移（杉並区 将来人口ダッシュボード）"/,
  );
  const src = code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');

  await page.goto(src);
  await expect(page.locator('figure.chart')).toHaveCount(1);
  const alone = page.locator('figure.chart[data-chart="total"]');
  await expect(alone).toHaveAttribute('data-status', 'ready');
  await expect(alone.getByRole('heading', { name: '総人口の推移' })).toBeVisible();
  await expect(alone.locator('.note')).toContainText('住民基本台帳');
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(page.locator('nav')).toHaveCount(0);
  const back = alone.getByRole('link', { name: /ダッシュボードで開く/ });
  await expect(back).toHaveAttribute('href', /view=outlook/);
  expect(await back.getAttribute('href')).not.toContain('embed=1');

  await page.goto('./?view=outlook&embed=1&chart=pie');
  await expect(page.getByRole('region', { name: 'お知らせ' })).toContainText('chart=pie');
  await expect(page.locator('figure.chart')).toHaveCount(1);
  await expect(page.locator('figure.chart[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
});
