// The uncertainty bands of the outlook, as reactive state: a second worker (worker/bands.worker.ts)
// runs the fan for the scenario shown, through the same throttle as the projection (one request per
// frame, one in flight, the latest wins), so the deterministic lines never wait for it. While a
// slider is dragged the bands are drawn from the first PREVIEW_RUNS trajectories (the same ones, so
// they do not jump), and refined to FULL_RUNS as soon as nothing newer is waiting.
// Loaded with a dynamic import once the first chart is drawn, and only when the link has bands=on.
// A crash of the worker (restarts.ts): the bands drawn stay, a new worker gets the inputs and the latest
// request; after CRASH_LIMIT crashes in a short while the status is an error saying so (the lines stay).
//
// Timing (performance.measure, read by e2e/bench/ui.bench.ts):
//   bands:input→drawn    from the input event that asked for a scenario to the DOM showing its bands
//                        (measured by the view that draws them, with inputTimeOf)
//   bands:worker         the worker's own time for those bands
import type { BandsPayload, FromBandsWorker, ToBandsWorker } from '../../worker/bands.protocol.ts';
import type { Scenario } from '../../worker/engine/types.ts';
import type { TransferInputs } from '../../worker/projection.protocol.ts';
import { transferList } from '../../worker/projection.protocol.ts';
import type { Catalog } from '../data/catalog.svelte.ts';
import { DataFileError } from '../data/parquet.ts';
import { assembleInputs } from './inputs.ts';
import { CrashCounter, onCrash, WorkerCrashed, type WorkerHealth } from './restarts.ts';
import { createThrottle, type Throttle } from './throttle.ts';

export const FULL_RUNS = 1000;
export const PREVIEW_RUNS = 200;
/** The seed of the dashboard's draws (engine/fan.ts DEFAULT_BANDS_SEED, also the CLI's default). */
export const BANDS_SEED = 1;

export type BandsStatus =
  { readonly status: 'loading' } | { readonly status: 'ready' } | { readonly status: 'error'; readonly reason: string };

interface Asked {
  readonly scenario: Scenario;
  readonly runs: number;
  /** performance.now() of the input behind it (null for a refinement). */
  readonly at: number | null;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const keyOf = (s: Scenario, runs: number) =>
  JSON.stringify([s.tfr, s.srb, s.mortalityDecline, s.inMigration, s.outMigration, s.horizon, runs]);

/** The engine's inputs from the catalog's tables (decoded once already, for the projection worker). */
export async function inputsFromCatalog(catalog: Catalog): Promise<TransferInputs> {
  const optional = catalog.table('assumptions').catch((error: unknown) => {
    if (error instanceof DataFileError && error.reason === 'not in this build') return null;
    throw error;
  });
  const [population, survival, fertility, migration, assumptions] = await Promise.all([
    catalog.table('base_population'),
    catalog.table('survival'),
    catalog.table('fertility'),
    catalog.table('migration'),
    optional,
  ]);
  return assembleInputs({ population, survival, fertility, migration, assumptions });
}

const inputTimes = new WeakMap<BandsPayload, number>();
/** performance.now() of the input behind these bands (undefined for a refinement). */
export const inputTimeOf = (bands: BandsPayload): number | undefined => inputTimes.get(bands);

export class BandsSession {
  status = $state.raw<BandsStatus>({ status: 'loading' });
  /** The latest bands drawn (their scenario may lag the lines' by a frame or two while dragging). */
  current = $state.raw<BandsPayload | null>(null);
  /** Whether the bands' worker crashed (and was restarted, or no longer is). */
  health = $state.raw<WorkerHealth>({ status: 'running' });

  readonly #inputs: () => Promise<TransferInputs>;
  readonly #makeWorker: () => Worker;
  #worker: Worker | null = null;
  #throttle: Throttle<Asked> | null = null;
  #waiting = new Map<number, { resolve: (b: BandsPayload) => void; reject: (e: Error) => void }>();
  #nextId = 1;
  #wanted: Asked | null = null;
  #lastKey = '';
  #disposed = false;
  readonly #crashes: CrashCounter;
  #unwatch: (() => void) | null = null;

  constructor(inputs: () => Promise<TransferInputs>, makeWorker?: () => Worker, now?: () => number) {
    this.#inputs = inputs;
    this.#makeWorker =
      makeWorker ?? (() => new Worker(new URL('../../worker/bands.worker.ts', import.meta.url), { type: 'module', name: 'bands' }));
    this.#crashes = new CrashCounter(now);
  }

  /** Starts the worker and sends it the inputs. */
  start(): void {
    if (this.#worker || this.#disposed) return;
    let worker: Worker;
    try {
      worker = this.#worker = this.#makeWorker();
    } catch (error) {
      this.status = { status: 'error', reason: reasonOf(error) };
      return;
    }
    this.#unwatch = onCrash(worker, 'bands worker', (reason) => this.#crashed(reason));
    worker.addEventListener('message', (event: MessageEvent<FromBandsWorker>) => this.#onMessage(event.data));
    this.#throttle = createThrottle<Asked, BandsPayload>({
      send: (asked) => this.#send(asked),
      onResult: (bands, asked, latest) => this.#show(bands, asked, latest),
      onError: (error) => {
        if (!(error instanceof WorkerCrashed)) this.status = { status: 'error', reason: reasonOf(error) };
      },
    });
    this.#inputs().then(
      (inputs) => {
        if (this.#disposed) return;
        const message: ToBandsWorker = { type: 'init', inputs };
        worker.postMessage(message, transferList(inputs));
      },
      (error) => (this.status = { status: 'error', reason: reasonOf(error) }),
    );
  }

  /** Asks for the bands of a scenario; `dragging`: draw from fewer runs first. */
  request(scenario: Scenario, at: number, dragging: boolean): void {
    const asked: Asked = { scenario, runs: dragging ? PREVIEW_RUNS : FULL_RUNS, at };
    const key = keyOf(scenario, asked.runs);
    if (key === this.#lastKey || (!dragging && this.current && keyOf(this.current.scenario, this.current.runs) === key)) return;
    this.#lastKey = key;
    this.#wanted = asked;
    if (this.status.status === 'ready') this.#throttle?.request(asked);
  }

  dispose(): void {
    this.#disposed = true;
    this.#stop(new Error('bands closed'));
  }

  /** Hides the crash notice. */
  dismissHealth(): void {
    this.health = { status: 'running' };
  }

  #stop(error: Error): void {
    this.#unwatch?.();
    this.#unwatch = null;
    this.#throttle?.dispose();
    this.#throttle = null;
    this.#worker?.terminate();
    this.#worker = null;
    for (const w of this.#waiting.values()) w.reject(error);
    this.#waiting.clear();
  }

  /** The worker crashed: the bands drawn stay; a new worker gets the inputs, then the latest request (on 'ready'). */
  #crashed(reason: string): void {
    this.#stop(new WorkerCrashed(reason));
    if (this.#disposed) return;
    const restart = this.#crashes.record();
    this.health = { status: restart ? 'restarted' : 'stopped', reason, crashes: this.#crashes.count };
    if (!restart) {
      this.status = { status: 'error', reason };
      return;
    }
    this.status = { status: 'loading' };
    this.#lastKey = ''; // the latest request is sent again once the new worker is ready
    this.start();
  }

  #send(asked: Asked): Promise<BandsPayload> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      const message: ToBandsWorker = {
        type: 'bands',
        id,
        scenario: $state.snapshot(asked.scenario) as Scenario,
        runs: asked.runs,
        seed: BANDS_SEED,
      };
      this.#worker!.postMessage(message);
    });
  }

  #onMessage(message: FromBandsWorker): void {
    if (message.type === 'ready') {
      this.status = { status: 'ready' };
      if (this.#wanted) this.#throttle?.request(this.#wanted);
    } else if (message.type === 'error' && message.id === null) {
      this.status = { status: 'error', reason: `bands worker: ${message.message}` };
    } else if (message.id !== null) {
      const w = this.#waiting.get(message.id);
      if (!w) return;
      this.#waiting.delete(message.id);
      if (message.type === 'bands') w.resolve(message.bands);
      else w.reject(new Error(`bands: ${message.message}`));
    }
  }

  #show(bands: BandsPayload, asked: Asked, latest: boolean): void {
    this.current = bands;
    if (asked.at !== null) inputTimes.set(bands, asked.at);
    try {
      performance.measure('bands:worker', { start: 0, duration: bands.computeMs });
    } catch {
      // measures are for the benchmark only
    }
    // Refine: the same scenario from every trajectory, once nothing newer waits.
    if (latest && asked.runs < FULL_RUNS) {
      const full: Asked = { scenario: asked.scenario, runs: FULL_RUNS, at: null };
      this.#lastKey = keyOf(asked.scenario, FULL_RUNS);
      this.#wanted = full;
      this.#throttle?.request(full);
    }
  }
}
