// The outlook's projection, as reactive state. The worker downloads and decodes the baseline's tables
// itself (baseline.ts) while the main thread builds the page, and hands the decoded tables to the
// catalog; then every scenario the user shows is projected there, through the throttle (one request per
// animation frame, one in flight, the latest wins). The first request may go before the worker is
// ready: it waits there, so the first result is on its way while the page is still being built.
// If the worker could not load a table (not listed, or data-files.json unreadable), the inputs are
// assembled here from the catalog's tables instead, whose errors name what is missing.
// The plan's baseline is projected once per horizon and kept, for the outline and the comparisons.
// Own data (src/own-data/, chosen on the data view): a second worker gets those inputs (init) and
// answers every request while it is in use; the ward's worker and its results stay for the way back.
// A comparison's scenario B travels with A through the same throttle: each request is the pair, projected
// one after the other in the worker, and both results are shown together (never an A with a stale B).
// A worker that crashes (restarts.ts) is replaced: what is shown stays, `health` says what happened, the new
// worker gets its inputs (the ward's from the catalog's tables, own data from the session's copy) and the
// latest request; after CRASH_LIMIT crashes in a short while it is not restarted again.
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
import { CrashCounter, onCrash, WorkerCrashed, type WorkerHealth } from './restarts.ts';
import { createThrottle, type Throttle } from './throttle.ts';
import { afterPaint } from '../ui/after-paint.ts';
import type { OwnData } from '../own-data/own-inputs.ts';
import type { TransferInputs } from '../../worker/projection.protocol.ts';

/** A worker projecting one set of inputs. */
interface Channel {
  readonly worker: Worker | null;
  readonly client: ProjectionClient;
  readonly throttle: Throttle<Asked>;
  readonly baselines: Map<number, Promise<ProjectionPayload>>;
  /** Stops watching the worker for crashes. */
  readonly unwatch: () => void;
}

export interface SessionOptions {
  /** The worker for own data (default: a new projection worker). */
  readonly makeOwnWorker?: () => Worker;
  /** The clock of the crash counter (tests). */
  readonly now?: () => number;
}

const newWorker = (name: string) => new Worker(new URL('../../worker/projection.worker.ts', import.meta.url), { type: 'module', name });

export type SessionStatus =
  { readonly status: 'loading' } | { readonly status: 'ready' } | { readonly status: 'error'; readonly reason: string };

interface Asked {
  readonly scenario: Scenario;
  /** Scenario B of a comparison (null: none). */
  readonly compare: Scenario | null;
  /** performance.now() of the input that asked for it. */
  readonly at: number;
}

const MEASURES = ['outlook:input→drawn', 'outlook:result→drawn', 'outlook:worker', 'outlook:input→painted'];
const key = (s: Scenario) => JSON.stringify([s.tfr, s.srb, s.mortalityDecline, s.inMigration, s.outMigration, s.horizon]);
const pairKey = (a: Scenario, b: Scenario | null) => `${key(a)}|${b ? key(b) : ''}`;

/** One request's results: A's projection and, in a comparison, B's. */
interface Pair {
  readonly a: ProjectionPayload;
  readonly b: ProjectionPayload | null;
}

async function projectPair(client: ProjectionClient, asked: Asked): Promise<Pair> {
  const [a, b] = await Promise.all([client.project(asked.scenario), asked.compare ? client.project(asked.compare) : null]);
  return { a, b };
}
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
  /** The plan's baseline at the current result's horizon (null until projected). */
  baseline = $state.raw<ProjectionPayload | null>(null);
  /** Scenario B's projection, asked and shown with `current` (null: no comparison). */
  compare = $state.raw<ProjectionPayload | null>(null);
  /** The last failed request's message (the previous result stays on screen). */
  requestError = $state.raw<string | null>(null);
  /** The analyst's own data, projected instead of the ward's (null: the ward's data). */
  own = $state.raw<OwnData | null>(null);
  /** Whether a worker crashed (and was restarted, or no longer is): the notice above the charts. */
  health = $state.raw<WorkerHealth>({ status: 'running' });
  #own: Channel | null = null;
  readonly #crashes: CrashCounter;
  readonly #makeOwnWorker: () => Worker;
  #unwatch: (() => void) | null = null;
  /** Requests to the ward's worker wait for this: a restarted worker must have its inputs first. */
  #inputsSent: Promise<void> = Promise.resolve();

  readonly #catalog: Catalog;
  readonly #makeWorker: () => Worker;
  #worker: Worker | null = null;
  #client: ProjectionClient | null = null;
  #throttle: Throttle<Asked> | null = null;
  #started = false;
  #wanted: Asked | null = null;
  #lastKey = '';
  #baselines = new Map<number, Promise<ProjectionPayload>>();
  #kept = new Map<string, Promise<ProjectionPayload>>();
  #shown: { at: number; arrived: number } | null = null;
  #firstDrawn = false;
  #measured = 0;
  #settle!: () => void;
  /**
   * Resolves once the first projection is drawn and painted, or the session has failed or needs the catalog's
   * tables: the time to load whatever else the page wants.
   */
  readonly settled = new Promise<void>((resolve) => (this.#settle = resolve));

  /**
   * `makeWorker`: by default the worker index.html started (src/early.ts), else a new one; it is called
   * again for each restart after a crash (the early worker is taken once, so a restart gets a new one).
   */
  constructor(catalog: Catalog, makeWorker?: () => Worker, options: SessionOptions = {}) {
    this.#catalog = catalog;
    this.#makeWorker = makeWorker ?? (() => takeEarlyWorker() ?? newWorker('projection'));
    this.#makeOwnWorker = options.makeOwnWorker ?? (() => newWorker('projection-own'));
    this.#crashes = new CrashCounter(options.now);
  }

  /** Starts the worker, which loads the inputs (once). Failures end in status 'error', with the file named. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    const client = this.#spawn(Promise.resolve()); // requests may go before 'load' is done: they wait in the worker
    if (!client) return;
    const loading = client.load(document.baseURI);
    for (const name of BASELINE_TABLES)
      this.#catalog.provide(
        name,
        loading.tables.then(
          (tables) => taken(tables, name),
          () => null,
        ),
      );
    if (this.#wanted && !this.#own) this.#throttle!.request(this.#wanted);
    void this.#boot(client, loading);
  }

  /** A new ward worker, its client and throttle, watched for crashes (null: it could not be started). */
  #spawn(inputsSent: Promise<void>): ProjectionClient | null {
    let worker: Worker;
    try {
      worker = this.#makeWorker();
    } catch (error) {
      this.#fail(error);
      return null;
    }
    this.#worker = worker;
    this.#unwatch = onCrash(worker, 'projection worker', (reason) => this.#crashed(reason));
    const client = createProjectionClient(worker);
    this.#client = client;
    this.#inputsSent = inputsSent;
    this.#throttle = createThrottle<Asked, Pair>({
      send: async (asked) => {
        await inputsSent;
        return projectPair(client, asked);
      },
      onResult: (result, asked) => {
        if (!this.#own) this.#show(result, asked);
      },
      // Before the worker is ready, a failure only means it had no inputs: #boot asks again once it has.
      onError: (error) => {
        if (this.status.status === 'ready' && !this.#own && !(error instanceof WorkerCrashed)) this.requestError = reasonOf(error);
      },
    });
    return client;
  }

  /**
   * The ward's worker crashed: what is shown stays; a new worker gets the inputs from the catalog's
   * tables (the first worker handed them over, or the catalog loads them) and the latest request.
   */
  #crashed(reason: string): void {
    const crash = new WorkerCrashed(reason);
    this.#unwatch?.();
    this.#throttle?.dispose();
    this.#client?.dispose(crash);
    this.#worker?.terminate();
    this.#throttle = null;
    this.#client = null;
    this.#worker = null;
    if (!this.#recordCrash(reason)) {
      if (!this.current) this.#fail(reason); // nothing was ever shown: the charts say why
      return;
    }
    let sent!: () => void;
    const client = this.#spawn(new Promise<void>((resolve) => (sent = resolve)));
    if (client) void this.#reboot(client).finally(sent);
  }

  /** Counts a crash and says so; false once no more restarts are allowed. */
  #recordCrash(reason: string): boolean {
    const restart = this.#crashes.record();
    this.health = { status: restart ? 'restarted' : 'stopped', reason, crashes: this.#crashes.count };
    return restart;
  }

  /** Hides the crash notice (the worker's state does not change). */
  dismissHealth(): void {
    this.health = { status: 'running' };
  }

  /** A restarted ward worker: its inputs from the catalog, then the latest request. */
  async #reboot(client: ProjectionClient): Promise<void> {
    this.#settle(); // the catalog may be holding its work for the first chart
    try {
      await client.init(await this.#catalogInputs());
    } catch (error) {
      if (client === this.#client && !(error instanceof WorkerCrashed)) this.#fail(error);
      return;
    }
    if (client !== this.#client) return;
    if (this.status.status !== 'error') this.status = { status: 'ready' };
    if (this.#wanted && !this.#own) this.#throttle?.request({ ...this.#wanted, at: performance.now() });
  }

  /** The ward's inputs assembled from the catalog's tables (their errors name the file). */
  async #catalogInputs(): Promise<TransferInputs> {
    const catalog = this.#catalog;
    const [population, survival, fertility, migration, assumptions] = await Promise.all([
      table(catalog, 'base_population'),
      table(catalog, 'survival'),
      table(catalog, 'fertility'),
      table(catalog, 'migration'),
      optionalTable(catalog, 'assumptions'),
    ]);
    return assembleInputs({ population, survival, fertility, migration, assumptions });
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
        if (error instanceof WorkerCrashed) throw error;
        const tables = await loading.tables.catch(() => null);
        if (tables && !tables.some((t) => t.status === 'skipped' && t.name !== 'assumptions')) throw error;
        // The worker did not have every table: assemble the inputs here, from the catalog (which
        // loads what it can and names what is missing; it may be holding its work for us).
        this.#settle();
        const inputs = await this.#catalogInputs();
        if (client !== this.#client) return; // crashed meanwhile: the restart sends its own
        await client.init(inputs);
        if (this.#wanted && !this.#own) this.#throttle?.request(this.#wanted); // the one sent before was refused
      }
      if (this.status.status !== 'error') this.status = { status: 'ready' };
    } catch (error) {
      // A crash while loading is not the data's fault: the restart (#crashed) boots the next worker.
      if (client === this.#client && !(error instanceof WorkerCrashed)) this.#fail(error);
    }
  }

  /** The plan's baseline at a horizon, projected once and kept. */
  #baselineAt(horizon: number): Promise<ProjectionPayload> {
    const baselines = this.#own?.baselines ?? this.#baselines;
    let found = baselines.get(horizon);
    if (!found) {
      const client = this.#own?.client ?? this.#client;
      if (!client) return Promise.reject(new Error('the projection worker stopped'));
      // The inputs' tfr and srb are the plan's.
      found = (this.#own ? Promise.resolve() : this.#inputsSent).then(() => client.project({ horizon } as Scenario));
      found.catch(() => baselines.delete(horizon));
      baselines.set(horizon, found);
    }
    return found;
  }

  /**
   * A scenario projected once and kept (e.g. a preset for the family chart): not through the throttle,
   * so it never replaces what the sliders asked for. Always the ward's data.
   */
  projectOnce(scenario: Scenario): Promise<ProjectionPayload> {
    if (!this.#client) return Promise.reject(new Error('the projection has not started'));
    const k = key(scenario);
    let found = this.#kept.get(k);
    if (!found) {
      // Asked once more of the restarted worker if this one crashed meanwhile.
      const ask = (again: boolean): Promise<ProjectionPayload> => {
        const client = this.#client;
        if (!client) return Promise.reject(new Error('the projection worker stopped'));
        return this.#inputsSent
          .then(() => client.project(scenario))
          .catch((error: unknown) => {
            if (again && error instanceof WorkerCrashed) return ask(false);
            throw error;
          });
      };
      found = ask(true);
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
    if (!this.#firstDrawn) afterPaint(() => this.#settle());
    const arrived = performance.now();
    this.#shown = { at: asked.at, arrived };
    const computeMs = result.computeMs + (b?.computeMs ?? 0); // a comparison: both projections of the pair
    performance.measure('outlook:worker', { start: Math.max(0, arrived - computeMs), duration: computeMs });
    if (this.baseline?.horizon !== result.horizon) {
      const own = this.#own;
      this.#baselineAt(result.horizon).then(
        (baseline) => {
          if (this.current?.horizon === baseline.horizon && this.#own === own) this.baseline = baseline;
        },
        (error: unknown) => {
          if (!(error instanceof WorkerCrashed)) this.requestError = reasonOf(error); // a crash: asked again after the restart
        },
      );
    }
  }

  /**
   * Asks for a scenario (the same scenario twice in a row is asked once). `at`: the input event's time.
   * Before start() the latest is kept and sent then; before the worker is ready it waits in the worker.
   */
  request(scenario: Scenario, at = performance.now(), compare: Scenario | null = null): void {
    const k = pairKey(scenario, compare);
    if (k === this.#lastKey) return;
    this.#lastKey = k;
    this.#wanted = { scenario, compare, at };
    (this.#own?.throttle ?? this.#throttle)?.request(this.#wanted);
  }

  /**
   * Projects the analyst's own inputs from now on (a worker of their own), until useWard(). Resolves
   * once the worker has accepted them; rejects with the engine's message (nothing changes then).
   */
  async useOwn(own: OwnData): Promise<void> {
    const channel = await this.#openOwn(own);
    this.#closeOwn();
    this.#own = channel;
    this.own = own;
    this.#switched();
  }

  /** A worker with the own data's inputs, once it has accepted them (rejects with the engine's message). */
  async #openOwn(own: OwnData): Promise<Channel> {
    const worker = this.#makeOwnWorker();
    const client = createProjectionClient(worker);
    // A crash before the inputs are accepted rejects init (useOwn fails with the reason); after, it restarts.
    let crashed = (reason: string) => client.dispose(new WorkerCrashed(reason));
    const unwatch = onCrash(worker, 'projection worker (own data)', (reason) => crashed(reason));
    try {
      await client.init(copyInputs(own.inputs)); // transferred: the session keeps its own copy
    } catch (error) {
      unwatch();
      client.dispose();
      worker.terminate();
      throw error;
    }
    const channel: Channel = {
      worker,
      client,
      unwatch,
      baselines: new Map(),
      throttle: createThrottle<Asked, Pair>({
        send: (asked) => projectPair(client, asked),
        onResult: (result, asked) => {
          if (this.#own === channel) this.#show(result, asked);
        },
        onError: (error) => {
          if (this.#own === channel && !(error instanceof WorkerCrashed)) this.requestError = reasonOf(error);
        },
      }),
    };
    crashed = (reason) => this.#ownCrashed(channel, own, reason);
    return channel;
  }

  /**
   * The own data's worker crashed: the dead channel stays in place (requests keep updating #wanted, nothing
   * is shown from the ward) until a new worker has the inputs; then it gets the latest request.
   */
  #ownCrashed(channel: Channel, own: OwnData, reason: string): void {
    channel.unwatch();
    channel.throttle.dispose();
    channel.client.dispose(new WorkerCrashed(reason));
    channel.worker?.terminate();
    if (this.#own !== channel || !this.#recordCrash(reason)) return;
    this.#openOwn(own).then(
      (fresh) => {
        if (this.#own !== channel) return void this.#closeChannel(fresh);
        this.#own = fresh;
        if (this.#wanted) fresh.throttle.request({ ...this.#wanted, at: performance.now() });
      },
      (error: unknown) => {
        if (this.#own === channel)
          this.health = { status: 'stopped', reason: `${reason}; ${reasonOf(error)}`, crashes: this.#crashes.count };
      },
    );
  }

  /** Back to the ward's data (its worker never stopped). */
  useWard(): void {
    if (!this.#own) return;
    this.#closeOwn();
    this.own = null;
    this.#switched();
  }

  #closeOwn(): void {
    const channel = this.#own;
    this.#own = null;
    if (channel) this.#closeChannel(channel);
  }

  #closeChannel(channel: Channel): void {
    channel.unwatch();
    channel.throttle.dispose();
    channel.client.dispose();
    channel.worker?.terminate();
  }

  /** Other inputs: what is shown goes, and the scenario shown is asked for again. */
  #switched(): void {
    this.current = null;
    this.baseline = null;
    this.compare = null;
    this.requestError = null;
    // Back to the ward's worker after it stopped restarting (it crashed while own data was shown).
    if (!this.#own && !this.#throttle && this.#started && this.health.status === 'stopped') this.#fail(this.health.reason);
    this.#lastKey = '';
    if (this.#wanted) {
      this.#lastKey = pairKey(this.#wanted.scenario, this.#wanted.compare);
      (this.#own?.throttle ?? this.#throttle)?.request({ ...this.#wanted, at: performance.now() });
    }
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
      // Settled once that frame is painted, not when the DOM has it: the tables and chunks the catalog holds
      // for us would otherwise be asked for before the page's first (and largest) paint, and Lighthouse counts
      // every request before it on the way to that paint.
      afterPaint(() => {
        performance.mark('outlook:first-painted');
        this.#settle();
      });
    }
  }

  dispose(): void {
    this.#closeOwn();
    this.#unwatch?.();
    this.#throttle?.dispose();
    this.#client?.dispose();
    this.#worker?.terminate();
  }
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

/** A copy whose buffers can be transferred. */
function copyInputs(inputs: TransferInputs): TransferInputs {
  const bySex = (v: { male: Float64Array; female: Float64Array }) => ({ male: v.male.slice(), female: v.female.slice() });
  return {
    ...inputs,
    population: bySex(inputs.population),
    survival: bySex(inputs.survival),
    birthSurvival: { ...inputs.birthSurvival },
    fertilityShape: inputs.fertilityShape.slice(),
    inMigrationRate: bySex(inputs.inMigrationRate),
    outMigrationRate: bySex(inputs.outMigrationRate),
  };
}
