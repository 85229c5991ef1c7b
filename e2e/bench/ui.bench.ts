// UI benchmark (npm run build && npm run bench:ui): the production build in Chromium on this machine.
// Numbers, not pass/fail; each cold run uses a fresh browser context (empty cache).
//
//   cold load      navigation → first contentful paint, first drawn pyramid (outlook:first-drawn mark:
//                  the pyramid's SVG is in the DOM), every table decoded, DuckDB ready: on the outlook
//                  (the projection worker starts from index.html and loads its own tables, src/early.ts;
//                  the other tables and DuckDB load after the first chart) and on the data view (DuckDB
//                  starts at once), with DuckDB's own marks: when it was asked for, instantiate,
//                  open+connect
//   DuckDB floor   DuckDB's worker alone on a blank page, new Worker() → connection open (duckdb-floor.ts):
//                  the least any page can take here, before inserting a table
//   slider drag    a pointer dragging the TFR slider at ~60 Hz: input event → DOM showing its result in
//                  the charts on screen (outlook:input→drawn; charts out of view catch up when the drag
//                  ends, views/outlook/held.svelte.ts), → the frame showing it painted
//                  (outlook:input→painted), result arrival → DOM (main-thread drawing), worker time. A
//                  request goes at once unless one was already sent in this frame (throttle.ts); the
//                  frame that shows the moved slider is drawn before the worker's answer is taken.
//   build sizes    JS, CSS and wasm in dist/assets: raw, gzip, brotli (the files vite.config.ts writes)
//   serving        the Content-Type the wasm is served with (application/wasm allows streaming compilation)
//
// Env: RUNS (cold loads per view, default 3), PORT (default 4175).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { ROOT, startPreview } from '../preview-server.ts';
import { duckdbFloor } from './duckdb-floor.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const PORT = Number(process.env.PORT ?? 4175);

interface TableTiming {
  name: string;
  load: { status: string; rows?: number; ms?: number; decodeMs?: number };
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : '—');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, values: number[]) =>
  console.log(`  ${label.padEnd(44)} ${ms(median(values)).padStart(9)}   (${values.map(ms).join(', ')})`);

type WithConsole = Window & { suginamiOutlook: { tables: () => TableTiming[] } };

/** Cold loads of one view; returns the timings by name. */
async function coldLoads(browser: Browser, url: string, view: 'outlook' | 'data'): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = { firstPaint: [], fcp: [], firstDrawn: [], allTables: [], decodeSum: [], duckdbReady: [], duckdbStart: [], duckdbInstantiate: [], duckdbConnect: [] };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${url}?view=${view}`);
    await page.locator('h1').waitFor();
    out.firstPaint.push(Date.now() - started);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    out.fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
    if (view === 'outlook') {
      await page.locator('[data-chart="pyramid"][data-status="ready"]').waitFor();
      const drawn = await page.evaluate(() => performance.getEntriesByName('outlook:first-drawn')[0]?.startTime ?? NaN);
      out.firstDrawn.push(drawn);
    }
    await page.waitForFunction(() => (window as unknown as WithConsole).suginamiOutlook.tables().every((t) => t.load.status !== 'loading' && t.load.status !== 'pending'));
    out.allTables.push(Date.now() - started);
    await page.locator('[role="status"][data-duckdb="ready"]').waitFor({ timeout: 120_000 });
    out.duckdbReady.push(Date.now() - started);
    // Marks set by src/data/duckdb.ts: when DuckDB was asked for, and how long its wasm took to
    // instantiate (worker script, download, compile, start) and to open and connect.
    const [asked, instantiated, connected] = await page.evaluate(() =>
      ['duckdb:instantiate-start', 'duckdb:instantiated', 'duckdb:connected'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
    );
    out.duckdbStart.push(asked);
    out.duckdbInstantiate.push(instantiated - asked);
    out.duckdbConnect.push(connected - instantiated);
    const tables = await page.evaluate(() => (window as unknown as WithConsole).suginamiOutlook.tables());
    out.decodeSum.push(tables.filter((t) => t.load.status === 'ready').reduce((s, t) => s + (t.load.decodeMs ?? 0), 0));
    await context.close();
  }
  return out;
}

/** Drags the TFR slider across its range at about 60 Hz and returns the measures. */
async function drag(page: Page): Promise<Record<string, number[]>> {
  const slider = page.locator('#tfr-range');
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const thumb = box.x + box.width * (0.99 / 3);
  await page.evaluate(() => performance.clearMeasures());
  await page.mouse.move(thumb, y);
  await page.mouse.down();
  const steps = 150;
  for (let i = 1; i <= steps; i++) {
    // Out to the right end and back: every step changes the value.
    const f = i <= steps / 2 ? i / (steps / 2) : 2 - i / (steps / 2);
    await page.mouse.move(thumb + (box.x + box.width - thumb) * f, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
  const [inputToDrawn, resultToDrawn, worker, inputToPainted] = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n).map((e) => e.duration)), [
    'outlook:input→drawn', 'outlook:result→drawn', 'outlook:worker', 'outlook:input→painted',
  ]);
  return { inputToDrawn, resultToDrawn, worker, inputToPainted };
}

function sizes(): { file: string; raw: number; gzip: number; brotli: number }[] {
  const assets = path.join(ROOT, 'dist', 'assets');
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return NaN;
    }
  };
  return readdirSync(assets)
    .filter((f) => /\.(js|css|wasm)$/.test(f))
    .map((f) => ({ file: f, raw: size(path.join(assets, f)), gzip: size(path.join(assets, `${f}.gz`)), brotli: size(path.join(assets, `${f}.br`)) }))
    .sort((a, b) => b.raw - a.raw);
}

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const outlook = await coldLoads(browser, server.url, 'outlook');
    const data = await coldLoads(browser, server.url, 'data');
    const floor = await duckdbFloor(browser, server.url, RUNS);

    // The drag: DuckDB held back, so the numbers are the outlook's own (DuckDB runs in its worker, but
    // inserting its tables takes main-thread time while it starts).
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.route('**/duckdb-eh*.wasm', () => {});
    await page.goto(`${server.url}?view=outlook`);
    await page.locator('[data-chart="pyramid"][data-status="ready"]').waitFor();
    await page.waitForTimeout(500);
    const dragged = await drag(page);
    await context.close();

    const wasm = sizes().find((s) => s.file.endsWith('.wasm'));
    const served = wasm
      ? await fetch(`${server.url}assets/${wasm.file}`, { method: 'HEAD', headers: { 'Accept-Encoding': 'br, gzip' } }).then((r) => `${r.headers.get('content-type')}, ${r.headers.get('content-encoding') ?? 'identity'}`)
      : 'no wasm in dist/assets';

    console.log(`\nUI cold loads, ${RUNS} runs each, median (all runs), ms from navigation, 1920×1080:`);
    console.log(' outlook view (?view=outlook)');
    row('header rendered (seen by the test)', outlook.firstPaint);
    row('first contentful paint', outlook.fcp);
    row('first pyramid drawn (outlook:first-drawn)', outlook.firstDrawn);
    row('every table decoded (hyparquet)', outlook.allTables);
    row('hyparquet decode, all tables (sum)', outlook.decodeSum);
    row('DuckDB ready (started with the first chart)', outlook.duckdbReady);
    row('  DuckDB asked for (mark)', outlook.duckdbStart);
    console.log(' data view (?view=data: DuckDB starts at once)');
    row('first contentful paint', data.fcp);
    row('every table decoded', data.allTables);
    row('DuckDB ready (wasm + tables inserted)', data.duckdbReady);
    row('  DuckDB asked for (mark)', data.duckdbStart);
    row('  instantiate: worker, wasm download+compile', data.duckdbInstantiate);
    row('  open, connect, lock down', data.duckdbConnect);
    console.log(' DuckDB alone on a blank page of ours (the floor: no app, no tables; from new Worker())');
    row('instantiated (script, wasm, compile, start)', floor.map((f) => f.instantiated));
    row('connection open', floor.map((f) => f.connected));

    console.log(`\nTFR slider dragged at ~60 Hz (150 pointer moves), DuckDB held back:`);
    for (const [label, key] of [
      ['input event → charts in view redrawn (DOM)', 'inputToDrawn'],
      ['input event → next frame painted', 'inputToPainted'],
      ['worker answer → charts redrawn', 'resultToDrawn'],
      ['worker time (projection + summary)', 'worker'],
    ] as const) {
      const xs = dragged[key];
      console.log(`  ${label.padEnd(44)} n=${String(xs.length).padStart(3)}  p50 ${ms(quantile(xs, 0.5)).padStart(8)}  p95 ${ms(quantile(xs, 0.95)).padStart(8)}  max ${ms(Math.max(...xs)).padStart(8)}`);
    }

    console.log(`\nBuild (dist/assets), raw / gzip / brotli:`);
    let js = [0, 0, 0];
    for (const s of sizes()) {
      console.log(`  ${s.file.padEnd(44)} ${kb(s.raw).padStart(11)} ${kb(s.gzip).padStart(11)} ${kb(s.brotli).padStart(11)}`);
      if (s.file.endsWith('.js')) js = [js[0] + s.raw, js[1] + s.gzip, js[2] + s.brotli];
    }
    console.log(`  ${'all JS'.padEnd(44)} ${kb(js[0]).padStart(11)} ${kb(js[1]).padStart(11)} ${kb(js[2]).padStart(11)}`);
    console.log(`\nwasm served as: ${served}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
