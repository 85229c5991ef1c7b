// DuckDB's starter (duckdb-starter.ts) on a stand-in for the worker's global scope: DuckDB's worker script is
// played by `load`, which sets onmessage as DuckDB-WASM's does and, like its instantiateWasm, fetches the wasm.
import { describe, expect, it, vi } from 'vitest';
import { DUCKDB_INSTANTIATE_ID } from '../early.ts';
import { startDuckdb, type StarterScope } from './duckdb-starter.ts';

const ORIGIN = 'https://outlook.example';
const WASM = `${ORIGIN}/app/assets/duckdb-eh-abc.wasm`;
const WORKER = `${ORIGIN}/app/assets/duckdb-browser-eh.worker-abc.js`;

interface Stage {
  scope: StarterScope;
  posted: unknown[];
  /** Every request the network saw, in order. */
  requests: string[];
  /** What DuckDB's worker received, and what its own fetch of the wasm gave it. */
  dispatched: unknown[];
  duckdbGot: Promise<Response> | null;
}

function stage(
  network: (url: string) => Promise<Response> = async () => new Response('wasm', { status: 200 }),
  name = new URLSearchParams({ worker: WORKER, wasm: WASM }).toString(),
): { stage: Stage; load: (url: string) => Promise<unknown> } {
  const s: Stage = { scope: null as unknown as StarterScope, posted: [], requests: [], dispatched: [], duckdbGot: null };
  s.scope = {
    name,
    location: { origin: ORIGIN },
    fetch: (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      s.requests.push(url);
      return network(url);
    },
    postMessage: (message) => s.posted.push(message),
    onmessage: null,
  };
  const load = async (url: string) => {
    s.requests.push(`import ${url}`);
    s.scope.onmessage = (event: { data: { data: [string, null] } }) => {
      s.dispatched.push(event.data);
      // DuckDB-WASM 1.32's instantiateWasm: fetch(new Request(this.mainModuleURL)).
      s.duckdbGot = s.scope.fetch(new Request(event.data.data[0]));
    };
  };
  return { stage: s, load };
}

const errorOf = (s: Stage) => (s.posted[0] as { type: string; requestId: number; data: { message: string } } | undefined) ?? null;

describe('startDuckdb', () => {
  it('asks for the wasm before loading DuckDB’s worker script, then sends it INSTANTIATE', async () => {
    const { stage: s, load } = stage();
    await startDuckdb(s.scope, load);
    expect(s.requests).toEqual([WASM, `import ${WORKER}`]);
    expect(s.dispatched).toEqual([{ messageId: DUCKDB_INSTANTIATE_ID, type: 'INSTANTIATE', data: [WASM, null] }]);
    expect(s.posted).toEqual([]);
  });

  it('answers DuckDB’s own fetch of the wasm with that download: the file is downloaded once', async () => {
    const { stage: s, load } = stage();
    await startDuckdb(s.scope, load);
    expect(await (await s.duckdbGot!).text()).toBe('wasm');
    expect(s.requests.filter((r) => r === WASM)).toHaveLength(1);
    // Once: any later fetch, of the wasm too, goes to the network again.
    await s.scope.fetch(WASM);
    await s.scope.fetch(`${ORIGIN}/app/data-files.json`);
    expect(s.requests.slice(2)).toEqual([WASM, `${ORIGIN}/app/data-files.json`]);
  });

  it('replies ERROR naming the file when the server does not serve it (DuckDB’s worker would never reply)', async () => {
    const { stage: s, load } = stage(async () => new Response('not found', { status: 404 }));
    await startDuckdb(s.scope, load);
    await new Promise((r) => setTimeout(r, 0));
    expect(errorOf(s)).toMatchObject({ type: 'ERROR', requestId: DUCKDB_INSTANTIATE_ID });
    expect(errorOf(s)!.data.message).toBe('its file (duckdb-eh-abc.wasm) could not be downloaded: the server answered 404');
    expect(s.posted).toHaveLength(1);
  });

  it('replies ERROR when the download fails, and does not start DuckDB once it knows', async () => {
    const { stage: s, load } = stage(() => Promise.reject(new TypeError('Failed to fetch')));
    const slowLoad = async (url: string) => {
      await new Promise((r) => setTimeout(r, 5));
      await load(url);
    };
    await startDuckdb(s.scope, slowLoad);
    expect(errorOf(s)!.data.message).toBe('its file (duckdb-eh-abc.wasm) could not be downloaded: Failed to fetch');
    expect(s.dispatched).toEqual([]);
    expect(s.posted).toHaveLength(1);
  });

  it('replies ERROR when DuckDB’s worker script does not load or registers no handler', async () => {
    const broken = stage();
    await startDuckdb(broken.stage.scope, () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    expect(errorOf(broken.stage)!.data.message).toBe('Failed to fetch dynamically imported module');
    const silent = stage();
    await startDuckdb(silent.stage.scope, async () => {});
    expect(errorOf(silent.stage)!.data.message).toBe('DuckDB’s worker script did not register its handler');
  });

  it('takes its files from this site only, and says so when its name has none', async () => {
    for (const [name, message] of [
      [new URLSearchParams({ worker: WORKER, wasm: 'https://evil.example/x.wasm' }).toString(), 'DuckDB’s files must come from this site'],
      [new URLSearchParams({ worker: 'https://evil.example/w.js', wasm: WASM }).toString(), 'DuckDB’s files must come from this site'],
      ['', 'no worker or wasm URL in the starter’s name'],
    ]) {
      const { stage: s, load } = stage(undefined, name);
      const network = vi.spyOn(s.scope, 'fetch');
      await startDuckdb(s.scope, load);
      expect(errorOf(s)!.data.message).toBe(message);
      expect(network).not.toHaveBeenCalled();
      expect(s.requests).toEqual([]);
    }
  });
});
