// The bands worker: runs the fan (engine/fan.ts) for each request and answers with its quantiles.
// The draws are made once per seed for the most runs asked so far (1,000) and reused, so every request
// reads the same trajectories (common random numbers) and a request for fewer runs reads the first ones.
// After its first answer the worker loads the wasm kernel (worker/kernel/), which runs the fan's yearly
// loop about 3× faster with the same numbers. createBandsHandler is the whole behaviour, testable without a Worker.
import { fanBands, MAX_FAN_RUNS, runFan, shocksFor } from './engine/fan.ts';
import { installKernel, type CohortKernel } from './engine/kernel.ts';
import { loadKernel } from './kernel/load.ts';
import { prepare } from './engine/prepare.ts';
import type { Shocks } from './engine/sampler.ts';
import type { Prepared } from './engine/types.ts';
import type { BandsPayload, FromBandsWorker, ToBandsWorker } from './bands.protocol.ts';

export type BandsReply = (message: FromBandsWorker, transfer: Transferable[]) => void;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface BandsHandlerOptions {
  /**
   * Loads the wasm kernel (worker/kernel/load.ts) once, after the first bands have been sent; until it
   * is ready, and if it fails, the fan runs in TypeScript (the same numbers). Absent: TypeScript only.
   */
  readonly kernel?: () => Promise<CohortKernel | { error: string }>;
}

export function createBandsHandler(reply: BandsReply, options: BandsHandlerOptions = {}): (message: ToBandsWorker) => void {
  let prepared: Prepared | null = null;
  let kernelAsked = false;
  let shocks: Shocks | null = null;
  /** Values buffers by "horizon runs", reused across requests. */
  const buffers = new Map<string, Float64Array>();

  function draws(seed: number, runs: number): Shocks {
    if (!shocks || shocks.seed !== seed || shocks.runs < runs) shocks = shocksFor(prepared!, seed, Math.max(runs, 1000));
    return shocks;
  }

  return (message) => {
    switch (message?.type) {
      case 'init':
        try {
          prepared = prepare(message.inputs);
          shocks = null;
          buffers.clear();
          reply({ type: 'ready' }, []);
        } catch (error) {
          prepared = null;
          reply({ type: 'error', id: null, message: reason(error) }, []);
        }
        return;
      case 'bands':
        try {
          if (!prepared) throw new Error('the bands worker has no inputs yet (init first)');
          const { runs, seed, scenario } = message;
          if (!Number.isInteger(runs) || runs < 2 || runs > MAX_FAN_RUNS)
            throw new RangeError(`runs ${runs} must be a whole number from 2 to ${MAX_FAN_RUNS}`);
          const started = performance.now();
          const key = `${scenario.horizon} ${runs}`;
          const fan = runFan(prepared, scenario, draws(seed, runs), runs, buffers.get(key));
          buffers.set(key, fan.values);
          const b = fanBands(fan, seed);
          const bands: BandsPayload = { ...b, computeMs: performance.now() - started };
          reply({ type: 'bands', id: message.id, bands }, [bands.quantiles.buffer]);
          if (!kernelAsked && options.kernel) {
            kernelAsked = true;
            void options.kernel().then((kernel) => {
              if (!('error' in kernel)) installKernel(kernel);
            });
          }
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
  };
}

interface WorkerScope {
  postMessage(message: FromBandsWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToBandsWorker>) => void): void;
}

const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown; document?: unknown };
if (scope.WorkerGlobalScope !== undefined && scope.document === undefined && scope.postMessage && scope.addEventListener) {
  const post = scope.postMessage.bind(scope);
  const handle = createBandsHandler((message, transfer) => post(message, transfer), { kernel: () => loadKernel() });
  scope.addEventListener('message', (event) => handle(event.data));
}
