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

/**
 * Checks that the wasm answers: DuckDB-WASM 1.32's worker does not report a failed download (its promise rejects
 * unhandled inside the worker), and would never reply. Only the response's head is read; the body is cancelled.
 */
async function checkWasm(href: string): Promise<void> {
  const file = new URL(href).pathname.split('/').pop();
  let response: Response;
  try {
    response = await fetch(href);
  } catch (error) {
    throw new Error(`DuckDB's engine (${file}) could not be downloaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  response.body?.cancel().catch(() => {});
  if (!response.ok) throw new Error(`DuckDB's engine (${file}) could not be downloaded: the server answered ${response.status}`);
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
  const wasmHref = new URL(wasmUrl, document.baseURI).href;
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
  // The check runs beside the worker's own download; a failed check fails the start (the worker would hang).
  const instantiated = Promise.all([replied, checkWasm(wasmHref)]).then(
    () => undefined,
    (error: unknown) => {
      worker.terminate();
      throw error;
    },
  );
  instantiated.catch(() => {}); // handled by whoever awaits it (duckdb.ts); not an unhandled rejection if nobody does
  void instantiated
    .finally(() => {
      worker.removeEventListener('message', listen);
      worker.removeEventListener('error', fail);
    })
    .catch(() => {});
  return { worker, instantiated, stop: () => worker.terminate() };
}
