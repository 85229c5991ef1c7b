// The outlook's projection, as reactive state. The worker downloads and decodes the baseline's tables
// itself (baseline.ts) while the main thread builds the page, and hands the decoded tables to the
// catalog; then every scenario the user shows is projected there, through the throttle (one request per
// animation frame, one in flight, the latest wins). The first request may go before the worker is
// ready: it waits there, so the first result is on its way while the page is still being built.
// If the worker could not load a table (not listed, or data-files.json unreadable), the inputs are
// assembled here from the catalog's tables instead, whose errors name what is missing.
// The plan's baseline is projected once per horizon and kept, for the outline and the comparisons.
// A comparison's scenario B travels with A through the same throttle: each request is the pair, projected
// one after the other in the worker, and both results are shown together (never an A with a stale B).
//
// Timing (performance.measure, read by e2e/bench/ui.bench.ts):
//   outlook:input→drawn    from the input event that asked for a scenario to the DOM showing its result
//   outlook:result→drawn   from the worker's answer arriving to the DOM showing it (main-thread drawing)
//   outlook:worker         the worker's own time for that answer (projection + summary)
//   outlook:input→painted  from the input event to just after the next frame (style, layout, paint included)
//   outlook:first-drawn    from navigation to the first drawn projection (a mark)
import type { Scenario } from '../../worker/engine/types.ts';
import type { ProjectionPayload } from '../../worker/projection.protocol.ts';
import type { Catalog } from '../data/catalog.svelte.ts';
import { DataFileError, type DecodedTable, type FetchedTable } from '../data/parquet.ts';
import type { TableName } from '../data/tables.ts';
import type { LoadedTable } from '../../worker/projection.protocol.ts';
import { BASELINE_TABLES } from './baseline.ts';
import { createProjectionClient, type Loading, type ProjectionClient } from './client.ts';
import { takeEarlyWorker } from '../early.ts';
import { assembleInputs, MIGRATION_HINT } from './inputs.ts';
import { createThrottle, type Throttle } from './throttle.ts';

export type SessionStatus =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'error'; readonly reason: string };

interface Asked {
  readonly scenario: Scenario;
  /** Scenario B of a comparison (null: none). */
  readonly compare: Scenario | null;
  /** performance.now() of the input that asked for it. */
  readonly at: number;
}

const MEASURES = ['outlook:input→drawn', 'outlook:result→drawn', 'outlook:worker', 'outlook:input→painted'];
const key = (s: Scenario) => JSON.stringify([s.tfr, s.srb, s.mortalityDecline, s.inMigration, s.outMigration, s.horizon]);
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The decoded table, or an error naming its file (and, for migration, where it comes from). */
async function table(catalog: Catalog, name: TableName): Promise<DecodedTable> {
  try {
    return await catalog.table(name);
  } catch (error) {
    const message = reasonOf(error);
    throw new Error(name === 'migration' ? `${message} — ${MIGRATION_HINT}` : message);
  }
}

async function optionalTable(catalog: Catalog, name: TableName): Promise<DecodedTable | null> {
  try {
    return await catalog.table(name);
  } catch (error) {
    if (error instanceof DataFileError && error.reason === 'not in this build') return null;
    throw error;
  }
}

export class ProjectionSession {
  status = $state.raw<SessionStatus>({ status: 'loading' });
  /** The latest projection of the scenario shown. */
  current = $state.raw<ProjectionPayload | null>(null);
  /** Scenario B's projection, asked and shown with `current` (null: no comparison). */
  compare = $state.raw<ProjectionPayload | null>(null);
  /** The plan's baseline at the current result's horizon (null until projected). */
  baseline = $state.raw<ProjectionPayload | null>(null);
  /** The last failed request's message (the previous result stays on screen). */
  requestError = $state.raw<string | null>(null);

  readonly #catalog: Catalog;
  readonly #makeWorker: () => Worker;
  #worker: Worker | null = null;
  #client: ProjectionClient | null = null;
  #throttle: Throttle<Asked> | null = null;
  #kept = new Map<string, Promise<ProjectionPayload>>();
  #started = false;
  #wanted: Asked | null = null;
  #lastKey = '';
  #baselines = new Map<number, Promise<ProjectionPayload>>();
  #shown: { at: number; arrived: number } | null = null;
  #firstDrawn = false;
  #measured = 0;
  #settle!: () => void;
  /**
   * Resolves once the first projection is drawn, or the session has failed or needs the catalog's
   * tables: the time to load whatever else the page wants.
   */
  readonly settled = new Promise<void>((resolve) => (this.#settle = resolve));

  /** `makeWorker`: by default the worker index.html started (src/early.ts), else a new one. */
  constructor(catalog: Catalog, makeWorker?: () => Worker) {
    this.#catalog = catalog;
    this.#makeWorker = makeWorker ?? (() => takeEarlyWorker() ?? new Worker(new URL('../../worker/projection.worker.ts', import.meta.url), { type: 'module', name: 'projection' }));
  }

  /** Starts the worker, which loads the inputs (once). Failures end in status 'error', with the file named. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    try {
      this.#worker = this.#makeWorker();
    } catch (error) {
      this.#fail(error);
      return;
    }
    this.#worker.addEventListener('error', (event) => this.#fail(`projection worker: ${event.message || 'failed to start'}`));
    const client = createProjectionClient(this.#worker);
    this.#client = client;
    const loading = client.load(document.baseURI);
    for (const name of BASELINE_TABLES) this.#catalog.provide(name, loading.tables.then((tables) => taken(tables, name), () => null));
    this.#throttle = createThrottle<Asked, Pair>({
      send: async (asked) => {
        const [a, b] = await Promise.all([client.project(asked.scenario), asked.compare ? client.project(asked.compare) : null]);
        return { a, b };
      },
      onResult: (result, asked) => this.#show(result, asked),
      // Before the worker is ready, a failure only means it had no inputs: #boot asks again once it has.
      onError: (error) => {
        if (this.status.status === 'ready') this.requestError = reasonOf(error);
      },
    });
    if (this.#wanted) this.#throttle.request(this.#wanted);
    void this.#boot(client, loading);
  }

  #fail(error: unknown): void {
    this.status = { status: 'error', reason: reasonOf(error) };
    this.#settle();
  }

  async #boot(client: ProjectionClient, loading: Loading): Promise<void> {
    try {
      try {
        await loading.ready;
      } catch (error) {
        const tables = await loading.tables.catch(() => null);
        if (tables && !tables.some((t) => t.status === 'skipped' && t.name !== 'assumptions')) throw error;
        // The worker did not have every table: assemble the inputs here, from the catalog (which
        // loads what it can and names what is missing; it may be holding its work for us).
        this.#settle();
        const catalog = this.#catalog;
        const [population, survival, fertility, migration, assumptions] = await Promise.all([
          table(catalog, 'base_population'), table(catalog, 'survival'), table(catalog, 'fertility'),
          table(catalog, 'migration'), optionalTable(catalog, 'assumptions'),
        ]);
        await client.init(assembleInputs({ population, survival, fertility, migration, assumptions }));
        if (this.#wanted) this.#throttle?.request(this.#wanted); // the one sent before was refused
      }
      if (this.status.status !== 'error') this.status = { status: 'ready' };
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The plan's baseline at a horizon, projected once and kept. */
  #baselineAt(horizon: number): Promise<ProjectionPayload> {
    let found = this.#baselines.get(horizon);
    if (!found) {
      found = this.#client!.project({ horizon } as Scenario); // the inputs' tfr and srb are the plan's
      found.catch(() => this.#baselines.delete(horizon));
      this.#baselines.set(horizon, found);
    }
    return found;
  }

  /**
   * A scenario projected once and kept (e.g. a preset for the family chart): not through the throttle,
   * so it never replaces what the sliders asked for.
   */
  projectOnce(scenario: Scenario): Promise<ProjectionPayload> {
    if (!this.#client) return Promise.reject(new Error('the projection has not started'));
    const k = key(scenario);
    let found = this.#kept.get(k);
    if (!found) {
      found = this.#client.project(scenario);
      found.catch(() => this.#kept.delete(k));
      this.#kept.set(k, found);
    }
    return found;
  }

  #show({ a: result, b }: Pair, asked: Asked): void {
    this.requestError = null;
    this.current = result;
    this.compare = b;
    // Settled at the latest a frame after the first result, should no view draw it (the outlook was left).
    if (!this.#firstDrawn) requestAnimationFrame(() => setTimeout(() => this.#settle(), 0));
    const arrived = performance.now();
    this.#shown = { at: asked.at, arrived };
    const computeMs = result.computeMs + (b?.computeMs ?? 0); // a comparison: both projections of the pair
    performance.measure('outlook:worker', { start: Math.max(0, arrived - computeMs), duration: computeMs });
    if (this.baseline?.horizon !== result.horizon) {
      this.#baselineAt(result.horizon).then(
        (baseline) => {
          if (this.current?.horizon === baseline.horizon) this.baseline = baseline;
        },
        (error: unknown) => (this.requestError = reasonOf(error)),
      );
    }
  }

  /**
   * Asks for a scenario (the same scenario twice in a row is asked once). `at`: the input event's time.
   * Before start() the latest is kept and sent then; before the worker is ready it waits in the worker.
   */
  request(scenario: Scenario, at = performance.now(), compare: Scenario | null = null): void {
    const k = `${key(scenario)}|${compare ? key(compare) : ''}`;
    if (k === this.#lastKey) return;
    this.#lastKey = k;
    this.#wanted = { scenario, compare, at };
    this.#throttle?.request(this.#wanted);
  }

  /** Call once the DOM shows `current` (from an $effect): records the timings. */
  drawn(): void {
    const shown = this.#shown;
    if (!shown) return;
    this.#shown = null;
    const now = performance.now();
    // User timing keeps every entry: start over now and then so a long session does not grow it.
    if (++this.#measured % 2000 === 0) for (const name of MEASURES) performance.clearMeasures(name);
    performance.measure('outlook:input→drawn', { start: shown.at, end: now });
    performance.measure('outlook:result→drawn', { start: shown.arrived, end: now });
    // The frame that shows it: a task queued from the next animation frame runs after its paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.measure('outlook:input→painted', { start: shown.at, end: performance.now() });
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
    if (!this.#firstDrawn) {
      this.#firstDrawn = true;
      performance.mark('outlook:first-drawn');
      this.#settle();
    }
  }

  dispose(): void {
    this.#throttle?.dispose();
    this.#client?.dispose();
    this.#worker?.terminate();
  }
}

/** One request's results: A's projection and, in a comparison, B's. */
interface Pair {
  readonly a: ProjectionPayload;
  readonly b: ProjectionPayload | null;
}

/** A table the worker loaded, as the catalog takes it (null: not loaded there; an error names the file). */
function taken(tables: readonly LoadedTable[], name: string): FetchedTable | null {
  const t = tables.find((x) => x.name === name);
  if (!t || t.status === 'skipped') return null;
  if (t.status === 'error') throw new DataFileError(t.file, t.reason);
  return { table: t.table, bytes: t.bytes, fetchMs: t.fetchMs, decodeMs: t.decodeMs };
}

const sessions = new WeakMap<Catalog, ProjectionSession>();

/** One session per catalog: leaving the outlook and coming back keeps the worker and its results. */
export function projectionSession(catalog: Catalog): ProjectionSession {
  let session = sessions.get(catalog);
  if (!session) sessions.set(catalog, (session = new ProjectionSession(catalog)));
  return session;
}
