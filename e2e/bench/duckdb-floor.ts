// The least time DuckDB-WASM takes to start on this machine, whatever the app does: on a blank page of
// our origin (already loaded, nothing else running), from creating DuckDB's worker to an open
// connection. Any "DuckDB ready" measured from navigation, with tables to insert, is above it.
//
// Talks to DuckDB's worker in its own message protocol (INSTANTIATE, OPEN, CONNECT: what
// AsyncDuckDB sends), because the page has no bundle to import AsyncDuckDB from. A reply of type
// ERROR, or none within the timeout, fails the benchmark with DuckDB's message.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { ROOT } from '../preview-server.ts';

export interface DuckdbFloor {
  /** ms from new Worker() to DuckDB's reply to INSTANTIATE (worker script, wasm download, compile, start). */
  instantiated: number;
  /** … to the reply to OPEN (an in-memory database). */
  opened: number;
  /** … to the reply to CONNECT. */
  connected: number;
}

/** One cold start (a fresh browser context: empty cache) per run. */
export async function duckdbFloor(browser: Browser, origin: string, runs: number): Promise<DuckdbFloor[]> {
  const assets = readdirSync(path.join(ROOT, 'dist', 'assets'));
  const wasm = assets.find((f) => /^duckdb-eh-[\w-]+\.wasm$/.test(f));
  const worker = assets.find((f) => /^duckdb-browser-eh\.worker-[\w-]+\.js$/.test(f));
  if (!wasm || !worker) throw new Error('duckdbFloor: no DuckDB wasm or worker in dist/assets');
  const out: DuckdbFloor[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}data-files.json`); // a small file of our origin: the page is ours and idle
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    const times = (await page.evaluate(`new Promise((resolve, reject) => {
      const t0 = performance.now();
      const times = {};
      const steps = ['instantiated', 'opened', 'connected'];
      const worker = new Worker('/assets/${worker}');
      const send = (id, type, data) => worker.postMessage({ messageId: id, type, data });
      setTimeout(() => reject(new Error('DuckDB did not reply within 60 s')), 60000);
      worker.onerror = (event) => reject(new Error('DuckDB worker: ' + event.message));
      worker.onmessage = (event) => {
        const reply = event.data;
        if (reply.type === 'LOG' || reply.type === 'INSTANTIATE_PROGRESS') return;
        if (reply.type === 'ERROR') return reject(new Error('DuckDB replied ERROR to message ' + reply.requestId + ': ' + JSON.stringify(reply.data)));
        const step = steps[reply.requestId - 1];
        if (!step || times[step] !== undefined) return;
        times[step] = performance.now() - t0;
        if (step === 'instantiated') send(2, 'OPEN', {});
        else if (step === 'opened') send(3, 'CONNECT', null);
        else resolve(times);
      };
      send(1, 'INSTANTIATE', [location.origin + '/assets/${wasm}', null]);
    })`)) as DuckdbFloor;
    out.push(times);
    await context.close();
  }
  return out;
}
