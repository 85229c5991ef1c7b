// The projection worker (a module worker): the engine runs here, off the main thread.
//
// load: the worker downloads and decodes the baseline's tables itself (src/projection/baseline.ts),
// sends the decoded tables back (the app's catalog and DuckDB use them) and prepares the inputs; or
// init: the inputs arrive ready-made, transferred. project: each request is answered with the charts'
// numbers (src/projection/summarize.ts), in fresh arrays that are transferred back. Messages that
// arrive while a load is under way wait their turn, so the first request can be sent before the
// worker is ready.
//
// prefetch: started by index.html (src/early.ts) before the app's script has run,
// the worker does the load's work at once, and also projects the link's scenario and the plan's
// baseline at its horizon, which the page will ask for first; the later load and requests find them
// done. (It also warms the engine up while the main thread is busy building the page.)
//
// Results and component buffers are kept per horizon and reused, so a slider drag allocates only
// the arrays it sends.
//
// createProjectionHandler is the whole behaviour, testable without a Worker; the last lines attach it
// to the worker's scope when this file runs as a worker.
import { createComponents } from './engine/components.ts';
import { createResult, project, scenarioFor } from './engine/cohort.ts';
import { installKernel, type CohortKernel } from './engine/kernel.ts';
import { prepare } from './engine/prepare.ts';
import type { AgeComponents, Prepared, ProjectionResult, Scenario } from './engine/types.ts';
import { MANIFEST_URL } from '../src/data/manifest.ts';
import { loadBaseline, type Fetch, type LoadedBaseline } from '../src/projection/baseline.ts';
import { prefetchBase } from '../src/early.ts';
import { loadKernel } from './kernel/load.ts';
import { summarize } from '../src/projection/summarize.ts';
import { decodeUrlState } from '../src/state/url.ts';
import {
  transferList,
  type FromWorker,
  type LoadedTable,
  type ProjectionPayload,
  type ToWorker,
  type TransferInputs,
} from './projection.protocol.ts';

export type Reply = (message: FromWorker, transfer: Transferable[]) => void;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface HandlerOptions {
  /** How the worker downloads (defaults to fetch; injected in tests). */
  readonly fetch?: Fetch;
  /**
   * Loads the wasm kernel (worker/kernel/load.ts), called once, after the first result has been sent,
   * so that neither its bytes nor its compilation delay the first pyramid. Until it is ready, and if
   * it fails, projections run in TypeScript (the same numbers). Absent: TypeScript only.
   */
  readonly kernel?: () => Promise<CohortKernel | { error: string }>;
}

/** The column buffers of decoded tables: nothing in the worker keeps them once the inputs are made. */
function tableBuffers(tables: readonly LoadedTable[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const t of tables) {
    if (t.status !== 'ready') continue;
    for (const c of t.table.columns) {
      if (ArrayBuffer.isView(c.values) && c.values.buffer instanceof ArrayBuffer) buffers.add(c.values.buffer);
      if ('valid' in c && c.valid?.buffer instanceof ArrayBuffer) buffers.add(c.valid.buffer);
    }
  }
  return [...buffers];
}

/** Whether two page URLs read the same data-files.json (the app rewrites its query string as it starts). */
function sameFiles(a: string, b: string): boolean {
  try {
    return new URL(MANIFEST_URL, a).href === new URL(MANIFEST_URL, b).href;
  } catch {
    return false;
  }
}

/** A load's outcome: the tables to send, and the prepared inputs or why there are none. */
interface Loaded {
  readonly tables: readonly LoadedTable[];
  readonly prepared: Prepared | { readonly error: string };
}

/** Handles one message at a time, in order; answers through `reply`. */
export function createProjectionHandler(reply: Reply, options: HandlerOptions = {}): (message: ToWorker) => void {
  let prepared: Prepared | null = null;
  const buffers = new Map<number, { result: ProjectionResult; scratch: AgeComponents }>();
  /** Results computed before anyone asked (prefetch), by resolved scenario; each is handed out once. */
  const ahead = new Map<string, ProjectionPayload>();
  /** The load under way and the messages queued behind it (null: none, messages are handled at once). */
  let tail: Promise<void> | null = null;
  /** What a prefetch began, for the load that follows. */
  let prefetched: { base: string; loading: Promise<Loaded> } | null = null;

  /** Whether the kernel's load has been started (once per worker). */
  let kernelAsked = false;

  function startKernel(): void {
    if (kernelAsked || !options.kernel) return;
    kernelAsked = true;
    void options.kernel().then((kernel) => {
      if ('error' in kernel) return; // stays on the TypeScript path
      installKernel(kernel);
      buffers.clear(); // the next result of each horizon is made in the kernel's memory
    });
  }

  function use(next: Prepared | null): void {
    prepared = next;
    buffers.clear();
    ahead.clear();
  }

  function init(inputs: TransferInputs): void {
    try {
      use(prepare(inputs));
      reply({ type: 'ready' }, []);
    } catch (error) {
      use(null);
      reply({ type: 'error', id: null, message: reason(error) }, []);
    }
  }

  async function loadPrepared(base: string): Promise<Loaded> {
    const { tables, inputs }: LoadedBaseline = await loadBaseline(base, options.fetch);
    if (inputs === null) return { tables, prepared: { error: 'the baseline tables were not all loaded in the worker' } };
    if ('error' in inputs) return { tables, prepared: inputs };
    try {
      return { tables, prepared: prepare(inputs) };
    } catch (error) {
      return { tables, prepared: { error: reason(error) } };
    }
  }

  /** The load's work now, plus the first results the page at `base` will ask for. */
  function prefetch(base: string): void {
    const loading = loadPrepared(base).then((loaded) => {
      if (prefetched?.loading !== loading || 'error' in loaded.prepared) return loaded;
      try {
        const scenario = decodeUrlState(new URL(base).search).state.scenario;
        const first = compute(loaded.prepared, scenario);
        const plan = compute(loaded.prepared, { horizon: first.horizon } as Scenario); // the inputs' tfr and srb are the plan's
        ahead.clear();
        ahead.set(keyOf(loaded.prepared, scenario), first);
        ahead.set(keyOf(loaded.prepared, { horizon: first.horizon } as Scenario), plan);
      } catch {
        ahead.clear(); // a scenario the engine refuses is answered (with its error) when asked for
      }
      return loaded;
    });
    prefetched = { base, loading };
  }

  async function load(base: string): Promise<void> {
    try {
      const early = prefetched && sameFiles(prefetched.base, base) ? prefetched.loading : null;
      const keep = early !== null;
      prefetched = null;
      const { tables, prepared: ready } = await (early ?? loadPrepared(base));
      reply({ type: 'tables', tables }, tableBuffers(tables));
      if ('error' in ready) {
        use(null);
        reply({ type: 'error', id: null, message: ready.error }, []);
        return;
      }
      const computed = keep ? new Map(ahead) : null;
      use(ready);
      if (computed) for (const [key, payload] of computed) ahead.set(key, payload);
      reply({ type: 'ready' }, []);
    } catch (error) {
      use(null);
      reply({ type: 'error', id: null, message: reason(error) }, []);
    }
  }

  const keyOf = (inputs: Prepared, scenario: unknown) => JSON.stringify(scenarioFor(inputs, scenario));

  /** One projection with `inputs`, reusing the buffers of its horizon. */
  function compute(inputs: Prepared, scenario: unknown): ProjectionPayload {
    const started = performance.now();
    const resolved = scenarioFor(inputs, scenario); // throws naming the parameter and its range
    let held = buffers.get(resolved.horizon);
    if (!held) {
      const result = createResult(inputs, resolved.horizon);
      held = { result, scratch: createComponents(result) };
      buffers.set(resolved.horizon, held);
    }
    const result = project(inputs, resolved, held.result);
    const { summary, peaks, maxCell } = summarize(result, held.scratch);
    return {
      baseYear: result.baseYear,
      horizon: result.horizon,
      years: result.years,
      scenario: result.scenario,
      population: result.population.slice(), // a copy: the result's buffer is reused by the next request
      summary,
      peaks,
      maxCell,
      cappedCells: result.cappedCells,
      computeMs: performance.now() - started,
    };
  }

  function run(scenario: unknown): ProjectionPayload {
    if (!prepared) throw new Error('the worker has no inputs yet (init first)');
    const key = keyOf(prepared, scenario);
    const done = ahead.get(key);
    if (done) {
      ahead.delete(key); // its arrays are about to be transferred
      return done;
    }
    return compute(prepared, scenario);
  }

  /** Handles a message now; a load returns its promise. */
  function dispatch(message: ToWorker): Promise<void> | void {
    switch (message?.type) {
      case 'prefetch':
        return prefetch(message.base);
      case 'load':
        return load(message.base);
      case 'init':
        prefetched = null;
        return init(message.inputs);
      case 'project':
        try {
          const result = run(message.scenario);
          reply({ type: 'result', id: message.id, result }, transferList(result));
          startKernel();
        } catch (error) {
          reply({ type: 'error', id: message.id, message: reason(error) }, []);
        }
        return;
      default: {
        const id = (message as { id?: unknown } | null)?.id;
        reply(
          {
            type: 'error',
            id: typeof id === 'number' ? id : null,
            message: `unknown message ${JSON.stringify((message as { type?: unknown } | null)?.type)}`,
          },
          [],
        );
      }
    }
  }

  function queue(work: Promise<void>): void {
    const done = () => {
      if (tail === settled) tail = null;
    };
    const settled: Promise<void> = work.then(done, done);
    tail = settled;
  }

  return (message) => {
    if (tail) return queue(tail.then(() => dispatch(message)));
    const pending = dispatch(message);
    if (pending) queue(pending);
  };
}

/** The scope of a dedicated worker, as far as this file needs it (typed here: tsconfig.node.json has no WebWorker lib). */
interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  /** The name the page gave the worker (index.html's early script: the page's URL, early.ts). */
  name?: string;
}

const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown; document?: unknown };
if (scope.WorkerGlobalScope !== undefined && scope.document === undefined && scope.postMessage && scope.addEventListener) {
  const post = scope.postMessage.bind(scope);
  const handle = createProjectionHandler((message, transfer) => post(message, transfer), { kernel: () => loadKernel() });
  scope.addEventListener('message', (event) => handle(event.data));
  // Started by index.html: begin at once (a message from the page would wait for its busy main thread).
  const base = prefetchBase(String(scope.name ?? ''));
  if (base) handle({ type: 'prefetch', base });
}
