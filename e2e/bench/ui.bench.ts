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
//                  Dragged on a settled page (SETTLE ms after the charts drew: the other panels, tables,
//                  views' code and, on this wide screen, DuckDB's start have had their turn), bands off
//                  and on; the second also gives input → bands drawn and the bands worker's time. Then
//                  once more with bands on only EARLY ms after (those loads still running).
//   A vs A+B       the same drag without and with a comparison (b. parameters: two projections per move,
//                  B's outline, dashed lines, difference chart), alternating ROUNDS times each; medians of
//                  the p95s and their ratio
//   layout shift   cumulative layout shift (layout-shift entries without recent input, as Lighthouse sums
//                  them, in one session window) from navigation until the charts have drawn and 1 s more,
//                  at 1366×768, 1920×1080 and a 390×844 phone
//   DuckDB ratio   DuckDB's start in the app (the data view: duckdb:asked → duckdb:ready, catalog.svelte.ts:
//                  its JS chunk, worker, wasm, open, connect, every table inserted) against the floor, cold,
//                  alternating app and floor RUNS times: `duckdb ready ratio` is the app's median ÷ the
//                  floor's; the app runs in a fresh profile on disk, and loads the same page a second time
//                  (HTTP cache warm, and the code cache if the browser wrote one): `duckdb second visit
//                  ratio` is second ÷ first (medians)
//   build sizes    JS, CSS and wasm in dist/assets: raw, gzip, brotli (the files vite.config.ts writes)
//   serving        the Content-Type the wasm is served with (application/wasm allows streaming compilation)
//
// Env: RUNS (cold loads per view, default 3), ROUNDS (A vs A+B drags, default 3), PORT (default 4175),
//      SETTLE and EARLY (ms from the charts drawn to a drag: default 2500 and 500),
//      ONLY (a comma list of sections to run: cold, ratio, drag, compare, cls, sizes; default all).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { ROOT, startPreview } from '../preview-server.ts';
import { duckdbFloor } from './duckdb-floor.ts';
import { isOnDemand, TABLES } from '../../src/data/tables.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const PORT = Number(process.env.PORT ?? 4175);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
/** ms between the charts being drawn and a drag: a settled page (the idle-time loads done), and a busy one. */
const SETTLE = Number(process.env.SETTLE ?? 2500);
const EARLY = Number(process.env.EARLY ?? 500);
const ONLY = (process.env.ONLY ?? 'cold,ratio,drag,compare,cls,sizes').split(',');
/** A comparison for the A vs A+B drags: B is シミュレーション2 (fertility path, no migration). */
const COMPARE = 'b.tfr=2021:0.99,2030:1.8,2040:2.07&b.inMigration=0&b.outMigration=0';

/** Tables that load only when a view asks for them (src/data/tables.ts): not waited for on a cold load. */
const ON_DEMAND_TABLES = Object.keys(TABLES).filter(isOnDemand);

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
  const out: Record<string, number[]> = {
    firstPaint: [],
    fcp: [],
    firstDrawn: [],
    allTables: [],
    decodeSum: [],
    duckdbReady: [],
    duckdbStart: [],
    duckdbInstantiate: [],
    duckdbConnect: [],
  };
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
    // Every table the view loads by itself: the town view's (onDemand) load only when it is opened.
    await page.waitForFunction(
      (onDemand) =>
        (window as unknown as WithConsole).suginamiOutlook
          .tables()
          .every((t) => onDemand.includes(t.name) || (t.load.status !== 'loading' && t.load.status !== 'pending')),
      ON_DEMAND_TABLES,
    );
    out.allTables.push(Date.now() - started);
    await page.locator('[role="status"][data-duckdb="ready"]').waitFor({ timeout: 120_000 });
    out.duckdbReady.push(Date.now() - started);
    // Marks set by src/data/duckdb.ts: when DuckDB was asked for, and how long its wasm took to
    // instantiate (worker script, download, compile, start) and to open and connect.
    const [asked, instantiated, connected] = await page.evaluate(() =>
      ['duckdb:instantiate-start', 'duckdb:instantiated', 'duckdb:connected'].map(
        (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN,
      ),
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
  const [inputToDrawn, resultToDrawn, worker, inputToPainted, bandsDrawn, bandsWorker] = await page.evaluate(
    (names) => names.map((n) => performance.getEntriesByName(n).map((e) => e.duration)),
    ['outlook:input→drawn', 'outlook:result→drawn', 'outlook:worker', 'outlook:input→painted', 'bands:input→drawn', 'bands:worker'],
  );
  return { inputToDrawn, resultToDrawn, worker, inputToPainted, bandsDrawn, bandsWorker };
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
    .map((f) => ({
      file: f,
      raw: size(path.join(assets, f)),
      gzip: size(path.join(assets, `${f}.gz`)),
      brotli: size(path.join(assets, `${f}.br`)),
    }))
    .sort((a, b) => b.raw - a.raw);
}

/**
 * One drag on a fresh page of the outlook at `query`, DuckDB held back, `settle` ms after its first charts
 * (and bands) are drawn; its measures.
 */
async function dragAt(browser: Browser, url: string, query: string, settle = SETTLE): Promise<Record<string, number[]>> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.route('**/duckdb-eh*.wasm', () => {});
  await page.goto(`${url}?view=outlook${query}`);
  await page.locator('[data-chart="pyramid"][data-status="ready"]').waitFor();
  if (query.includes('b.')) await page.locator('[data-chart="difference"][data-status="ready"]').waitFor();
  if (!query.includes('bands=off')) await page.locator('[data-area="total-band80"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(settle);
  const dragged = await drag(page);
  await context.close();
  return dragged;
}

/** Cumulative layout shift of a cold load at a viewport (Lighthouse's sum: shifts without recent input). */
async function layoutShift(browser: Browser, url: string, viewport: { width: number; height: number }, mobile: boolean): Promise<number> {
  const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
  const page = await context.newPage();
  await page.route('**/duckdb-eh*.wasm', () => {});
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${url}?view=outlook`);
  await page.locator('[data-chart="total"][data-status="ready"]').waitFor();
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  await context.close();
  return cls;
}

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    if (ONLY.includes('cold')) await coldSection(browser, server.url);
    if (ONLY.includes('ratio')) await ratioSection(browser, server.url);
    // The drag: DuckDB held back, so the numbers are the outlook's own (DuckDB runs in its worker, but
    // inserting its tables takes main-thread time while it starts).
    // Bands off, then on (the default): the second also gives input event → DOM showing the bands for it
    // (bands:input→drawn: 200 runs while dragging, src/projection/bands.svelte.ts) and the bands worker's time.
    // Each on a settled page (SETTLE ms after the charts drew), and once more with bands on while the
    // page is still busy with what follows the first view (EARLY ms after: the other panels, tables and
    // views' code, DuckDB's start on a wide screen), which is what a reader who drags at once meets.
    if (ONLY.includes('drag')) {
      dragSection(await dragAt(browser, server.url, '&bands=off'), `bands off (bands=off), ${SETTLE} ms after the charts drew`);
      dragSection(await dragAt(browser, server.url, '&bands=on'), `bands on (the default), ${SETTLE} ms after the charts drew`, true);
      dragSection(
        await dragAt(browser, server.url, '&bands=on', EARLY),
        `bands on, only ${EARLY} ms after the charts drew (the idle-time loads still running)`,
        true,
      );
    }
    if (ONLY.includes('compare')) {
      const p95 = { a: [] as number[], ab: [] as number[] };
      const workers = { a: [] as number[], ab: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const key of ['a', 'ab'] as const) {
          const d = await dragAt(browser, server.url, key === 'ab' ? `&bands=off&${COMPARE}` : '&bands=off');
          p95[key].push(quantile(d.inputToDrawn, 0.95));
          workers[key].push(quantile(d.worker, 0.5));
        }
      }
      console.log(`\nA vs A+B: the TFR drag without and with a comparison (${COMPARE}), alternating, ${ROUNDS} rounds:`);
      row('A   input → charts redrawn, p95', p95.a);
      row('A+B input → charts redrawn, p95', p95.ab);
      console.log(`  ${'ratio of the medians (A+B ÷ A)'.padEnd(44)} ${(median(p95.ab) / median(p95.a)).toFixed(2).padStart(9)}`);
      row('A   worker time, p50', workers.a);
      row('A+B worker time (both projections), p50', workers.ab);
    }
    if (ONLY.includes('cls')) {
      console.log(`\nCumulative layout shift of a cold load of the outlook (until the charts drew, +1 s), ${RUNS} runs:`);
      for (const [w, h, mobile] of [
        [1366, 768, false],
        [1920, 1080, false],
        [390, 844, true],
      ] as const) {
        const xs: number[] = [];
        for (let run = 0; run < RUNS; run++) xs.push(await layoutShift(browser, server.url, { width: w, height: h }, mobile));
        console.log(
          `  ${`${w}×${h}${mobile ? ' (phone)' : ''}`.padEnd(44)} ${median(xs).toFixed(3).padStart(9)}   (${xs.map((x) => x.toFixed(3)).join(', ')})`,
        );
      }
    }
    if (ONLY.includes('sizes')) await sizesSection(server.url);
  } finally {
    await browser.close();
    server.stop();
  }
}

async function coldSection(browser: Browser, url: string): Promise<void> {
  const outlook = await coldLoads(browser, url, 'outlook');
  const data = await coldLoads(browser, url, 'data');
  const floor = await duckdbFloor(browser, url, RUNS);

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
  row(
    'instantiated (script, wasm, compile, start)',
    floor.map((f) => f.instantiated),
  );
  row(
    'connection open',
    floor.map((f) => f.connected),
  );
}

/** ms from duckdb:asked to duckdb:ready on the data view, loaded in `page` (its context's cache as it is). */
async function duckdbOnDataView(page: Page, url: string, parts: Record<string, number[]>): Promise<number> {
  await page.goto(`${url}?view=data`);
  await page.locator('[role="status"][data-duckdb="ready"]').waitFor({ timeout: 120_000 });
  const [asked, start, instantiated, opened, registered, attached, connected, ready] = await page.evaluate(() =>
    [
      'duckdb:asked',
      'duckdb:instantiate-start',
      'duckdb:instantiated',
      'duckdb:opened',
      'duckdb:registered',
      'duckdb:attached',
      'duckdb:connected',
      'duckdb:ready',
    ].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
  );
  // Builds before 2026-12-06 attached the file and listed its tables before this mark, and named it `attached`.
  const split = Number.isNaN(registered) ? attached : registered;
  (parts.code ??= []).push(start - asked);
  (parts.instantiate ??= []).push(instantiated - start);
  (parts.connect ??= []).push(connected - instantiated);
  // Marks a build before 2026-12-03's views of the tables file does not set: NaN, printed as —.
  (parts.open ??= []).push(opened - instantiated);
  (parts.attach ??= []).push(split - opened);
  (parts.lockdown ??= []).push(connected - split);
  (parts.insert ??= []).push(ready - connected);
  return ready - asked;
}

async function ratioSection(browser: Browser, url: string): Promise<void> {
  const first: number[] = [];
  const second: number[] = [];
  const floor: number[] = [];
  const parts: Record<string, number[]> = {};
  for (let run = 0; run < RUNS; run++) {
    // A profile on disk, as a returning visitor has (an incognito-like context keeps no code cache).
    const profile = mkdtempSync(path.join(tmpdir(), 'suginami-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1920, height: 1080 },
    });
    try {
      const page = await context.newPage();
      first.push(await duckdbOnDataView(page, url, parts));
      await page.waitForTimeout(3000); // time for the browser to write its caches
      second.push(await duckdbOnDataView(page, url, {}));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    floor.push((await duckdbFloor(browser, url, 1))[0].connected);
  }
  console.log(`
DuckDB asked for → ready on the data view vs the floor, alternating, ${RUNS} runs:`);
  row('app, first visit (cold: duckdb:asked → ready)', first);
  row("  asked → DuckDB's code loaded (its chunk)", parts.code);
  row('  instantiate: worker, wasm download+compile', parts.instantiate);
  row('  open, connect, the tables file, lock down', parts.connect);
  row('    open + connect', parts.open);
  row('    tables file: fetched, registered', parts.attach);
  row('    attached, a view per table, lock down', parts.lockdown);
  row('  tables inserted (any not in the tables file)', parts.insert);
  row('floor (blank page: new Worker() → connected)', floor);
  row('app, second visit (same profile, cache warm)', second);
  console.log(`  duckdb ready ratio: ${(median(first) / median(floor)).toFixed(2)}`);
  console.log(`  duckdb second visit ratio: ${(median(second) / median(first)).toFixed(2)}`);
}

function dragSection(dragged: Record<string, number[]>, title: string, bands = false): void {
  console.log(`\nTFR slider dragged at ~60 Hz (150 pointer moves), DuckDB held back, ${title}:`);
  const rows: [string, string][] = [
    ['input event → charts in view redrawn (DOM)', 'inputToDrawn'],
    ['input event → next frame painted', 'inputToPainted'],
    ['worker answer → charts redrawn', 'resultToDrawn'],
    ['worker time (projection + summary)', 'worker'],
  ];
  if (bands) rows.push(['input event → bands drawn (200 runs)', 'bandsDrawn'], ['bands worker time (fan + quantiles)', 'bandsWorker']);
  for (const [label, key] of rows) {
    const xs = dragged[key];
    if (xs.length === 0) {
      console.log(`  ${label.padEnd(44)} n=  0`);
      continue;
    }
    console.log(
      `  ${label.padEnd(44)} n=${String(xs.length).padStart(3)}  p50 ${ms(quantile(xs, 0.5)).padStart(8)}  p95 ${ms(quantile(xs, 0.95)).padStart(8)}  max ${ms(Math.max(...xs)).padStart(8)}`,
    );
  }
}

async function sizesSection(url: string): Promise<void> {
  const wasm = sizes().find((s) => s.file.endsWith('.wasm'));
  const served = wasm
    ? await fetch(`${url}assets/${wasm.file}`, { method: 'HEAD', headers: { 'Accept-Encoding': 'br, gzip' } }).then(
        (r) => `${r.headers.get('content-type')}, ${r.headers.get('content-encoding') ?? 'identity'}`,
      )
    : 'no wasm in dist/assets';
  console.log(`\nBuild (dist/assets), raw / gzip / brotli:`);
  let js = [0, 0, 0];
  for (const s of sizes()) {
    console.log(`  ${s.file.padEnd(44)} ${kb(s.raw).padStart(11)} ${kb(s.gzip).padStart(11)} ${kb(s.brotli).padStart(11)}`);
    if (s.file.endsWith('.js')) js = [js[0] + s.raw, js[1] + s.gzip, js[2] + s.brotli];
  }
  console.log(`  ${'all JS'.padEnd(44)} ${kb(js[0]).padStart(11)} ${kb(js[1]).padStart(11)} ${kb(js[2]).padStart(11)}`);
  console.log(`\nwasm served as: ${served}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
