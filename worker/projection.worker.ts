// The projection worker (a module worker): the engine runs here, off the main thread.
// init: the inputs arrive once, transferred, and are prepared; project: each request is answered with
// the charts' numbers (src/projection/summarize.ts), in fresh arrays that are transferred back.
// Results and component buffers are kept per horizon and reused, so a slider drag allocates only
// the arrays it sends.
//
// createProjectionHandler is the whole behaviour, testable without a Worker; the last lines attach it
// to the worker's scope when this file runs as a worker.
import { createComponents } from './engine/components.ts';
import { createResult, project, scenarioFor } from './engine/cohort.ts';
import { prepare } from './engine/prepare.ts';
import type { AgeComponents, Prepared, ProjectionResult } from './engine/types.ts';
import { summarize } from '../src/projection/summarize.ts';
import { transferList, type FromWorker, type ProjectionPayload, type ToWorker } from './projection.protocol.ts';

export type Reply = (message: FromWorker, transfer: Transferable[]) => void;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Handles one message at a time; answers through `reply`. */
export function createProjectionHandler(reply: Reply): (message: ToWorker) => void {
  let prepared: Prepared | null = null;
  const buffers = new Map<number, { result: ProjectionResult; scratch: AgeComponents }>();

  function run(scenario: unknown): ProjectionPayload {
    if (!prepared) throw new Error('the worker has no inputs yet (init first)');
    const started = performance.now();
    const resolved = scenarioFor(prepared, scenario); // throws naming the parameter and its range
    let held = buffers.get(resolved.horizon);
    if (!held) {
      const result = createResult(prepared, resolved.horizon);
      held = { result, scratch: createComponents(result) };
      buffers.set(resolved.horizon, held);
    }
    const result = project(prepared, resolved, held.result);
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

  return (message) => {
    switch (message?.type) {
      case 'init':
        try {
          prepared = prepare(message.inputs);
          buffers.clear();
          reply({ type: 'ready' }, []);
        } catch (error) {
          prepared = null;
          reply({ type: 'error', id: null, message: reason(error) }, []);
        }
        return;
      case 'project':
        try {
          const result = run(message.scenario);
          reply({ type: 'result', id: message.id, result }, transferList(result));
        } catch (error) {
          reply({ type: 'error', id: message.id, message: reason(error) }, []);
        }
        return;
      default: {
        const id = (message as { id?: unknown } | null)?.id;
        reply({ type: 'error', id: typeof id === 'number' ? id : null, message: `unknown message ${JSON.stringify((message as { type?: unknown } | null)?.type)}` }, []);
      }
    }
  };
}

/** The scope of a dedicated worker, as far as this file needs it (typed here: tsconfig.node.json has no WebWorker lib). */
interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown; document?: unknown };
if (scope.WorkerGlobalScope !== undefined && scope.document === undefined && scope.postMessage && scope.addEventListener) {
  const post = scope.postMessage.bind(scope);
  const handle = createProjectionHandler((message, transfer) => post(message, transfer));
  scope.addEventListener('message', (event) => handle(event.data));
}
