// DuckDB's engine started before DuckDB's code has loaded: its worker downloads and compiles the 34 MB wasm
// while this thread fetches and evaluates DuckDB's JS (duckdb.ts) and builds the page; duckdb.ts then attaches
// AsyncDuckDB to the instantiated worker. On a link to the data view, index.html's early script has already
// started it (early.ts), while the page's main thread still waited for the app's script: started from the app,
// DuckDB's download began 0.8–1.1 s after it was asked for, against 0.4 s on an idle page (docs/performance.md).
//
// Nothing here imports DuckDB-WASM: only its files' URLs (?url) and one message of its worker protocol,
// INSTANTIATE, which duckdb-start.worker.ts sends the way AsyncDuckDB.instantiate() does (DuckDB-WASM 1.32,
// pinned in package.json; e2e/bench/duckdb-floor.ts speaks the same protocol). Its reply is taken here, before
// AsyncDuckDB listens.
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import starterUrl from './duckdb-start.worker.ts?worker&url';
import { DUCKDB_INSTANTIATE_ID, duckdbStarter, takeEarlyDuckdb } from '../early.ts';

export interface DuckdbEngine {
  /** DuckDB's worker: hand it to AsyncDuckDB once `instantiated` has resolved (before, its replies are ours). */
  readonly worker: Worker;
  /** Resolves when the worker has compiled and started the wasm; rejects with a message that names the file. */
  readonly instantiated: Promise<void>;
  /** Stops the worker (a failure, or DuckDB's code could not load). */
  stop(): void;
}

function newStarter(): Worker {
  const { href, options } = duckdbStarter({ starter: starterUrl, worker: workerUrl, wasm: wasmUrl }, document.baseURI);
  return new Worker(href, options);
}

/**
 * DuckDB's worker, instantiating the wasm: the one index.html started (early.ts, on links to the data view), or
 * a new one (duckdb-start.worker.ts loads DuckDB's worker script and sends it INSTANTIATE from inside).
 */
export function startEngine(scope?: Record<string, unknown>): DuckdbEngine {
  const early = takeEarlyDuckdb(scope);
  if (!early) performance.mark('duckdb:instantiate-start');
  const worker = early?.worker ?? newStarter();
  let listen: (event: { data: unknown }) => void = () => {};
  let fail: (event: ErrorEvent) => void = () => {};
  const replied = new Promise<void>((resolve, reject) => {
    listen = (event) => {
      const reply = event.data as { requestId?: number; type?: string; data?: { message?: string } } | null;
      // Its progress (INSTANTIATE_PROGRESS) carries our id too; LOG carries none. Nobody else listens yet.
      if (reply?.requestId !== DUCKDB_INSTANTIATE_ID) return;
      if (reply.type === 'OK') resolve();
      else if (reply.type === 'ERROR') reject(new Error(`DuckDB's engine could not start: ${reply.data?.message ?? 'no reason given'}`));
    };
    fail = (event) => reject(new Error(`DuckDB's worker stopped: ${event.message || 'it could not start'}`));
  });
  worker.addEventListener('message', listen);
  worker.addEventListener('error', fail);
  if (early?.reply) listen({ data: early.reply }); // it replied before this page's script ran
  // A failed download is replied as an ERROR too: the starter checks it (duckdb-starter.ts).
  const instantiated = replied.catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  instantiated.catch(() => {}); // handled by whoever awaits it (duckdb.ts); not an unhandled rejection if nobody does
  void instantiated
    .finally(() => {
      worker.removeEventListener('message', listen);
      worker.removeEventListener('error', fail);
    })
    .catch(() => {});
  return { worker, instantiated, stop: () => worker.terminate() };
}
