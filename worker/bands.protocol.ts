// Messages between the app (src/projection/bands.svelte.ts) and the bands worker (bands.worker.ts),
// a second worker so that a fan of 1,000 trajectories never delays the projection worker's answers
// to a slider (the deterministic redraw).
//
//   app → worker  { type: 'init', inputs }                     once: the inputs (transferred), as the
//                                                              projection worker has them
//   worker → app  { type: 'ready' } | { type: 'error', id: null, message }
//   app → worker  { type: 'bands', id, scenario, runs, seed }  at most one in flight (throttle.ts)
//   worker → app  { type: 'bands', id, bands } | { type: 'error', id, message }
import type { Scenario } from './engine/types.ts';
import type { TransferInputs } from './projection.protocol.ts';

/** The bands of one scenario: quantiles by quantity, year and probability (engine/fan.ts FanBands). */
export interface BandsPayload {
  readonly baseYear: number;
  readonly horizon: number;
  readonly years: number;
  /** Trajectories the quantiles come from (fewer while a slider moves, then 1,000). */
  readonly runs: number;
  readonly seed: number;
  readonly scenario: Scenario;
  /** [(quantity × years + y) × 5 + p]: FAN_QUANTITIES × years × FAN_PROBABILITIES. */
  readonly quantiles: Float64Array;
  /** Milliseconds the worker spent (draws, runs, quantiles). */
  readonly computeMs: number;
}

export type ToBandsWorker =
  | { readonly type: 'init'; readonly inputs: TransferInputs }
  | { readonly type: 'bands'; readonly id: number; readonly scenario: Scenario; readonly runs: number; readonly seed: number };

export type FromBandsWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'bands'; readonly id: number; readonly bands: BandsPayload }
  | { readonly type: 'error'; readonly id: number | null; readonly message: string };
