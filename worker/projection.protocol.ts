// Messages between the app (src/projection/client.ts) and the projection worker.
//
//   app → worker  { type: 'init', inputs }            once; the typed arrays are transferred (moved, not copied)
//   worker → app  { type: 'ready' }                   inputs validated and prepared
//   app → worker  { type: 'project', id, scenario }   small; sent at most once per animation frame (throttle.ts)
//   worker → app  { type: 'result', id, result }      typed arrays transferred back
//   worker → app  { type: 'error', id, message }      id null: init failed
//
// The worker entry itself (worker/projection.worker.ts: prepare() on init, project() on each
// request) is written when the engine's projection step lands in worker/engine/; this file only
// fixes the contract so both sides can be built and tested against it.
import type { BySex, ProjectionInputs, Scenario } from './engine/types.ts';

/** ProjectionInputs with every per-age array as a Float64Array, so it can be transferred. */
export type TransferInputs = {
  [K in keyof ProjectionInputs]: ProjectionInputs[K] extends BySex<ArrayLike<number>>
    ? BySex<Float64Array>
    : ProjectionInputs[K] extends ArrayLike<number>
      ? Float64Array
      : ProjectionInputs[K];
};

/** The arrays of a ProjectionResult (layouts as documented there), without the engine's internals. */
export interface ProjectionPayload {
  readonly baseYear: number;
  readonly horizon: number;
  readonly years: number;
  readonly scenario: Scenario;
  readonly population: Float64Array;
  readonly births: Float64Array;
  readonly birthDeaths: Float64Array;
  readonly birthInMigrants: Float64Array;
  readonly birthOutMigrants: Float64Array;
  readonly cappedCells: number;
}

export type ToWorker =
  | { readonly type: 'init'; readonly inputs: TransferInputs }
  | { readonly type: 'project'; readonly id: number; readonly scenario: Scenario };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: ProjectionPayload }
  | { readonly type: 'error'; readonly id: number | null; readonly message: string };

/** The ArrayBuffers of every typed array directly inside `value` or one level down (BySex). */
export function transferList(value: object): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
    else if (v && typeof v === 'object' && depth < 2) for (const child of Object.values(v)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...buffers];
}
