// DuckDB's worker, told to instantiate its wasm the moment it runs (duckdb-engine.ts, early.ts). A message
// posted to a worker that has not started yet is handed over by the page's main thread, which is busy while
// the page is built. So the page gives the files in this worker's name (worker=…&wasm=…, early.ts
// duckdbStarter; not in its URL: a worker served by the service worker does not see its URL's fragment), and
// this module loads DuckDB's worker script (DuckDB-WASM's, unchanged: it sets self.onmessage) and hands it the
// INSTANTIATE request itself, as if the page had sent it. Everything after that comes from the page as usual.
// A failure here is replied as DuckDB replies one (ERROR, with a message).
import { DUCKDB_INSTANTIATE_ID as INSTANTIATE_ID } from '../early.ts';

const params = new URLSearchParams(self.name);
const duckdbWorker = params.get('worker');
const wasm = params.get('wasm');

try {
  if (!duckdbWorker || !wasm) throw new Error('no worker or wasm URL in the starter’s name');
  // Our own origin only: the page builds these URLs from the build's assets.
  if (new URL(duckdbWorker).origin !== self.location.origin || new URL(wasm).origin !== self.location.origin)
    throw new Error('DuckDB’s files must come from this site');
  await import(/* @vite-ignore */ duckdbWorker);
  const dispatch = self.onmessage as ((event: { data: unknown }) => unknown) | null;
  if (!dispatch) throw new Error('DuckDB’s worker script did not register its handler');
  void dispatch({ data: { messageId: INSTANTIATE_ID, type: 'INSTANTIATE', data: [wasm, null] } });
} catch (error) {
  self.postMessage({
    messageId: -1,
    requestId: INSTANTIATE_ID,
    type: 'ERROR',
    data: { name: 'Error', message: error instanceof Error ? error.message : String(error) },
  });
}
