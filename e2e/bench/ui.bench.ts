// UI load benchmark (npm run build && npm run bench:ui): cold loads of the production build in
// Chromium, printing how long the Parquet tables (hyparquet, main thread) and DuckDB take.
// Numbers, not pass/fail: each run uses a fresh browser context (empty cache) on this machine.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { startPreview } from '../preview-server.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const PORT = 4175;

interface TableTiming {
  name: string;
  load: { status: string; rows?: number; ms?: number; decodeMs?: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const rows: Record<string, number[]> = { firstPaint: [], firstTable: [], allTables: [], decodeSum: [], decodeMax: [], duckdbReady: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = Date.now();
      // The data view starts DuckDB at once (elsewhere it waits for an idle moment).
      await page.goto(`${server.url}?view=data`);
      await page.locator('h1').waitFor();
      rows.firstPaint.push(Date.now() - started);
      await page.locator('tr[data-table="base_population"][data-status="ready"]').waitFor();
      rows.firstTable.push(Date.now() - started);
      await page.locator('tr[data-status="loading"], tr[data-status="pending"]').first().waitFor({ state: 'detached' });
      rows.allTables.push(Date.now() - started);
      await page.locator('[role="status"][data-duckdb="ready"]').waitFor({ timeout: 120_000 });
      rows.duckdbReady.push(Date.now() - started);
      const tables = (await page.evaluate(() => (window as unknown as { suginamiOutlook: { tables: () => unknown } }).suginamiOutlook.tables())) as TableTiming[];
      const decode = tables.filter((t) => t.load.status === 'ready').map((t) => t.load.decodeMs ?? 0);
      rows.decodeSum.push(decode.reduce((a, b) => a + b, 0));
      rows.decodeMax.push(Math.max(0, ...decode));
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`UI cold load, ${RUNS} runs, median (all runs), from navigation:`);
  const label: Record<string, string> = {
    firstPaint: 'header rendered',
    firstTable: 'base_population decoded',
    allTables: 'every table decoded',
    decodeSum: 'hyparquet decode, all tables (sum)',
    decodeMax: 'hyparquet decode, slowest table',
    duckdbReady: 'DuckDB ready (wasm + tables inserted)',
  };
  for (const [key, values] of Object.entries(rows)) {
    console.log(`  ${label[key].padEnd(40)} ${ms(median(values)).padStart(8)}   (${values.map(ms).join(', ')})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
