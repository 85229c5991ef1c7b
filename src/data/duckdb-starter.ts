// What DuckDB's starter worker does (duckdb-start.worker.ts runs it on its own global scope; the tests on a
// stand-in). A message posted to a worker that has not started yet is handed over by the page's main thread,
// which is busy while the page is built. So the page gives the files in the worker's name (worker=…&wasm=…,
// early.ts duckdbStarter; not in its URL: a worker served by the service worker does not see its URL's
// fragment), and this
//
// 1. starts the wasm's download at once. DuckDB's worker would ask for it only once its own script (773 KB)
//    has been fetched and run: on the data view's first load that was 0.3 s after the page asked for DuckDB,
//    against 0.1 s for DuckDB alone on a blank page, while the compile after the download took the same time
//    in both (docs/performance.md). DuckDB's own fetch of the wasm is answered with this download (the scope's
//    fetch, replaced for that one request), so the file is downloaded once.
// 2. reports a failed download itself (ERROR, naming the file): DuckDB-WASM 1.32's worker does not (its
//    promise rejects unhandled inside the worker) and would never reply.
// 3. loads DuckDB's worker script (DuckDB-WASM's, unchanged: it sets the scope's onmessage) and hands it the
//    INSTANTIATE request, as if the page had sent it. Everything after that comes from the page as usual.
// Any failure is replied as DuckDB replies one: ERROR, with a message.
import { DUCKDB_INSTANTIATE_ID as INSTANTIATE_ID } from '../early.ts';

/** The parts of a worker's global scope the starter uses. */
export interface StarterScope {
  readonly name: string;
  readonly location: { readonly origin: string };
  fetch: typeof fetch;
  postMessage(message: unknown): void;
  onmessage: unknown;
}

const urlOf = (input: RequestInfo | URL): string => (input instanceof Request ? input.url : String(input));

/** Runs the start in `scope`; `load` imports a script into it (import() in the worker). Never throws: it replies ERROR. */
export async function startDuckdb(scope: StarterScope, load: (url: string) => Promise<unknown>): Promise<void> {
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return; // one reply: the first reason
    failed = true;
    scope.postMessage({
      messageId: -1,
      requestId: INSTANTIATE_ID,
      type: 'ERROR',
      data: { name: 'Error', message: error instanceof Error ? error.message : String(error) },
    });
  };
  try {
    const params = new URLSearchParams(scope.name);
    const duckdbWorker = params.get('worker');
    const wasm = params.get('wasm');
    if (!duckdbWorker || !wasm) throw new Error('no worker or wasm URL in the starter’s name');
    // Our own origin only: the page builds these URLs from the build's assets.
    if (new URL(duckdbWorker).origin !== scope.location.origin || new URL(wasm).origin !== scope.location.origin)
      throw new Error('DuckDB’s files must come from this site');
    const wasmHref = new URL(wasm).href;
    const file = new URL(wasmHref).pathname.split('/').pop();
    // As DuckDB asks for it (new Request(url): same-origin credentials).
    const download = scope.fetch.call(undefined, wasmHref, { credentials: 'same-origin' });
    download.then(
      (response) => {
        if (!response.ok) fail(new Error(`its file (${file}) could not be downloaded: the server answered ${response.status}`));
      },
      (error: unknown) =>
        fail(new Error(`its file (${file}) could not be downloaded: ${error instanceof Error ? error.message : String(error)}`)),
    );
    const ownFetch = scope.fetch;
    scope.fetch = (input, init) => {
      if (urlOf(input) !== wasmHref) return ownFetch.call(undefined, input, init);
      scope.fetch = ownFetch; // once: a later fetch of the wasm (a retry inside DuckDB) is a new one
      return download;
    };
    await load(duckdbWorker);
    if (failed) return;
    const dispatch = scope.onmessage as ((event: { data: unknown }) => unknown) | null;
    if (typeof dispatch !== 'function') throw new Error('DuckDB’s worker script did not register its handler');
    void dispatch({ data: { messageId: INSTANTIATE_ID, type: 'INSTANTIATE', data: [wasmHref, null] } });
  } catch (error) {
    fail(error);
  }
}
