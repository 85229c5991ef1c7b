// The engine's start listens for one reply of DuckDB-WASM's worker protocol: these tests play the worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DUCKDB_INSTANTIATE_ID, EARLY_DUCKDB_GLOBAL, EARLY_REPLY } from '../early.ts';
import { startEngine } from './duckdb-engine.ts';

const BASE = 'https://outlook.example/app/';

/** A stand-in for DuckDB's worker: records what it is sent and replies when told. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  readonly sent: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  crash(message: string): void {
    const event = new Event('error') as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }
}

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: BASE });
  vi.stubGlobal('Worker', FakeWorker);
  // The page downloads nothing for DuckDB: the starter does (duckdb-starter.test.ts).
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new Error('the page fetched'))),
  );
});
afterEach(() => vi.unstubAllGlobals());

const worker = () => FakeWorker.last!;

const ok = { messageId: 0, requestId: DUCKDB_INSTANTIATE_ID, type: 'OK', data: null };

describe('startEngine', () => {
  it("starts DuckDB's starter worker from our origin, its files named by absolute URL, and sends it nothing", () => {
    startEngine({});
    expect(worker().url).toMatch(/^https:\/\/outlook\.example\/.*duckdb-start\.worker.*$/);
    expect(worker().options.type).toBe('module');
    const files = new URLSearchParams(worker().options.name);
    expect(files.get('worker')).toMatch(/^https:\/\/outlook\.example\/.*duckdb-browser-eh\.worker.*\.js$/);
    expect(files.get('wasm')).toMatch(/^https:\/\/outlook\.example\/.*duckdb-eh.*\.wasm$/);
    expect(worker().sent).toEqual([]); // the starter sends INSTANTIATE itself (duckdb-start.worker.ts)
  });

  it('resolves on the reply to its own request only, ignoring progress and logs', async () => {
    const engine = startEngine({});
    let done = false;
    void engine.instantiated.then(() => (done = true));
    worker().reply({ messageId: 0, requestId: DUCKDB_INSTANTIATE_ID, type: 'INSTANTIATE_PROGRESS', data: {} });
    worker().reply({ messageId: 1, requestId: 7, type: 'OK', data: null }); // not ours
    worker().reply({ type: 'LOG', data: 'x' });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    worker().reply(ok);
    await engine.instantiated;
    expect(worker().terminated).toBe(false);
    expect(fetch).not.toHaveBeenCalled(); // the wasm is the starter's to download and check
  });

  it("adopts the worker index.html started, and its reply if it came before this page's script", async () => {
    const early = new FakeWorker('https://outlook.example/app/assets/duckdb-start.worker-x.js', { type: 'module' });
    const scope: Record<string, unknown> = { [EARLY_DUCKDB_GLOBAL]: Object.assign(early, { [EARLY_REPLY]: ok }) };
    const engine = startEngine(scope);
    expect(engine.worker).toBe(early);
    expect(FakeWorker.last).toBe(early); // no second worker
    await engine.instantiated;
    expect(scope[EARLY_DUCKDB_GLOBAL]).toBeUndefined(); // taken once
  });

  it("rejects with DuckDB's reason when the worker replies ERROR, and stops the worker", async () => {
    const engine = startEngine({});
    worker().reply({
      messageId: 0,
      requestId: DUCKDB_INSTANTIATE_ID,
      type: 'ERROR',
      data: { message: 'WebAssembly.instantiate(): out of memory' },
    });
    await expect(engine.instantiated).rejects.toThrow("DuckDB's engine could not start: WebAssembly.instantiate(): out of memory");
    expect(worker().terminated).toBe(true);
  });

  it('rejects when the worker script fails', async () => {
    const engine = startEngine({});
    worker().crash('Uncaught SyntaxError');
    await expect(engine.instantiated).rejects.toThrow("DuckDB's worker stopped: Uncaught SyntaxError");
  });

  it('stop() terminates the worker', () => {
    startEngine({}).stop();
    expect(worker().terminated).toBe(true);
  });
});
