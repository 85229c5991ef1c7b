// Your own data: the data view's file input reads a registry table (Shift_JIS, 5-year groups), the
// outlook projects it with the file's name on every chart, and one click leads back to the ward's data.
// Every bad file is named with where it is wrong, and what was shown stays.
import { readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, holdDuckDB, test } from './guard.ts';

const EXAMPLE = 'suginami-2026-5sai-sjis.csv';
const examplePath = new URL(`../docs/examples/${EXAMPLE}`, import.meta.url);
const sjis = readFileSync(examplePath);

const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');
function fiveYear(edit: (rows: string[][]) => void = () => {}): string {
  const rows = [['年齢', '男', '女']];
  for (let g = 0; g < 21; g++) rows.push([g === 20 ? '100歳以上' : `${5 * g}～${5 * g + 4}歳`, String(1000 + g), String(1100 + g)]);
  edit(rows);
  return rows.map((r) => r.join(',')).join('\r\n');
}

/** The data view's first file input (the one the issue names). */
const fileInput = (page: Page) => page.locator('input[type=file]').first();

async function openDataView(page: Page, lang = 'ja') {
  await page.goto(`./?view=data&lang=${lang}`);
  await expect(page.getByTestId('own-inputs')).toHaveAttribute('data-status', 'none', { timeout: 45_000 });
}

test.beforeEach(async ({ page }) => {
  await holdDuckDB(page);
});

test('a Shift_JIS registry table in 5-year groups is read, projected on the outlook with its name on every chart, and one click leads back', async ({
  page,
}) => {
  await openDataView(page);
  const panel = page.getByTestId('own-inputs');
  await panel.getByTestId('own-base-year').fill('2026');
  await fileInput(page).setInputFiles({ name: EXAMPLE, mimeType: 'text/csv', buffer: sjis });
  await expect(panel).toHaveAttribute('data-status', 'ready');
  await expect(panel.getByTestId('own-inputs-name')).toHaveText(EXAMPLE);
  await expect(panel.getByTestId('own-inputs-format')).toContainText('CSV（Shift_JIS）');
  await expect(panel.getByTestId('own-inputs-ages')).toContainText('単調な3次補間（PCHIP）');
  await expect(panel.getByTestId('own-inputs-from-file')).toHaveText('基準人口');
  await expect(panel.getByTestId('own-inputs-from-ward')).toContainText('生残率');
  // The yearly table starts from the file's year and its total: the registry's 582,636 people.
  const first = panel.getByTestId('own-inputs-table').locator('tbody tr').first();
  await expect(first.locator('td').nth(0)).toHaveText('2026');
  await expect(first.locator('td').nth(1)).toHaveText('582,636');

  await panel.getByTestId('own-data-show').click();
  await expect(page.locator('[data-view="outlook"]')).toBeVisible();
  await expect(page.getByTestId('own-data-banner')).toContainText(`自分のデータ「${EXAMPLE}」`);
  // The panels are built one per task (stagger.svelte.ts), the ones near the screen first: the list is
  // checked once the last of them is built, not at whichever moment one of them is.
  const charts = page.locator('figure.chart');
  await expect
    .poll(() => charts.evaluateAll((all) => all.map((f) => f.getAttribute('data-chart')).sort()))
    .toEqual(['age-groups', 'aging', 'change', 'family', 'past-outlooks', 'pyramid', 'shares', 'total']);
  const count = await charts.count();
  for (let i = 0; i < count; i++)
    await expect(charts.nth(i).getByTestId('chart-data-name')).toHaveText(`データ：${EXAMPLE}（利用者のファイル）`);
  // The plan's published figures (the ward's) are not set beside it.
  await expect(page.locator('[data-chart="published"]')).toHaveCount(0);
  // The pyramid starts at the file's year: its table's total is the file's.
  await expect(page.getByTestId('headline')).toContainText('2030');

  await page.getByTestId('own-data-back').click();
  await expect(page.getByTestId('own-data-banner')).toHaveCount(0);
  await expect(page.getByTestId('chart-data-name')).toHaveCount(0);
  await expect(page.locator('[data-chart="published"]')).toHaveAttribute('data-status', 'ready');
});

test('every bad file gets a message naming the problem and where; the data shown stays', async ({ page }) => {
  await openDataView(page, 'en');
  const panel = page.getByTestId('own-inputs');
  await fileInput(page).setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: csv(fiveYear()) });
  await expect(panel.getByTestId('own-inputs-name')).toHaveText('good.csv');
  await panel.getByTestId('own-data-show').click();
  await expect(page.getByTestId('own-data-banner')).toContainText('good.csv');
  await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
  await expect(panel).toHaveAttribute('data-status', 'ready', { timeout: 45_000 });

  const big = path.join(os.tmpdir(), `suginami-big-${process.pid}.csv`);
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x31));
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const cases: [string, Parameters<Page['setInputFiles']>[1], RegExp][] = [
    [
      'empty',
      { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      /empty\.csv: The file is empty\. The data shown stays as it was\./,
    ],
    [
      'header only',
      { name: 'header.csv', mimeType: 'text/csv', buffer: csv('年齢,男,女\r\n') },
      /header\.csv: row 1 — There is a header but no rows of data\./,
    ],
    ['image renamed', { name: 'chart.csv', mimeType: 'text/csv', buffer: png }, /chart\.csv: This is an image \(PNG\), not a table\./],
    [
      'wrong encoding',
      {
        name: 'euc.csv',
        mimeType: 'text/csv',
        buffer: Buffer.concat([Buffer.from('age,male,female\r\n0,1,2\r\n'), Buffer.from([0x31, 0x2c, 0xff, 0xfe, 0x0d, 0x0a])]),
      },
      /euc\.csv: row 3 — The text is neither UTF-8 nor Shift_JIS \(byte 0xFF\)/,
    ],
    [
      'negative',
      { name: 'neg.csv', mimeType: 'text/csv', buffer: csv(fiveYear((r) => (r[4][1] = '-5'))) },
      /neg\.csv: row 5, column “男”, age “15～19歳” — A negative count: -5\./,
    ],
    [
      'not a number',
      { name: 'nan.csv', mimeType: 'text/csv', buffer: csv(fiveYear((r) => (r[8][2] = 'abc'))) },
      /nan\.csv: row 9, column “女”, age “35～39歳” — Not a number: “abc”\./,
    ],
    [
      'missing ages',
      { name: 'gap.csv', mimeType: 'text/csv', buffer: csv(fiveYear((r) => r.splice(9, 1))) },
      /gap\.csv: No row for ages 40–44/,
    ],
    [
      'duplicated age',
      { name: 'dup.csv', mimeType: 'text/csv', buffer: csv(fiveYear((r) => r.push(['10～14歳', '1', '1']))) },
      /dup\.csv: row 23, column “年齢”, age “10～14歳” — Age 10 appears twice \(also in row 4\)\./,
    ],
    [
      'unknown columns',
      { name: 'cols.csv', mimeType: 'text/csv', buffer: csv('x,y,z\r\n1,2,3\r\n') },
      /cols\.csv: row 1 — No columns for age, male and female were found .*First row: “x \| y \| z”/,
    ],
    [
      'corrupt Parquet',
      { name: 'broken.parquet', mimeType: 'application/octet-stream', buffer: Buffer.from('PAR1 not really parquet PAR1') },
      /broken\.parquet: The Parquet file is damaged/,
    ],
    ['over 50 MB', big, /suginami-big-\d+\.csv: The file is too large \(50(\.0)? MB; up to 50(\.0)? MB\)\. It was not read\./],
  ];
  for (const [what, file, message] of cases) {
    await test.step(what, async () => {
      await fileInput(page).setInputFiles(file);
      await expect(panel.getByTestId('own-inputs-error')).toContainText(message);
      // The file shown before stays, here and on the outlook.
      await expect(panel.getByTestId('own-inputs-name')).toHaveText('good.csv');
    });
  }
  // Text from a file is shown as text, never as markup.
  await fileInput(page).setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: csv('<img src=x onerror=alert(1)>,y\r\n1,2\r\n') });
  await expect(panel.getByTestId('own-inputs-error')).toContainText('<img src=x onerror=alert(1)> | y');
  await expect(panel.locator('img')).toHaveCount(0);

  await page.getByRole('navigation').getByRole('link', { name: 'Population outlook' }).click();
  await expect(page.getByTestId('own-data-banner')).toContainText('good.csv');
  await expect(page.locator('figure.chart[data-chart="pyramid"]')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('figure.chart[data-chart="pyramid"]').getByTestId('chart-data-name')).toContainText('good.csv');
});
