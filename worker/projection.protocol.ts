// Messages between the app (src/projection/client.ts) and the projection worker (projection.worker.ts).
//
//   page → worker { type: 'prefetch', base }          from index.html (src/early.ts): start
//                                                     loading the baseline now; nothing is answered
//   app → worker  { type: 'load', base }              once: the worker downloads and decodes the baseline's
//                                                     tables itself (src/projection/baseline.ts), off the main
//                                                     thread, or takes what a prefetch of the same base loaded
//   worker → app  { type: 'tables', tables }          what it decoded (copies, for the app's catalog and DuckDB)
//   app → worker  { type: 'init', inputs }            or once, inputs made elsewhere; the typed arrays are transferred
//   worker → app  { type: 'ready' }                   inputs validated and prepared
//   Requests sent before 'ready' wait in the worker until it is.
//   app → worker  { type: 'project', id, scenario }   small; sent at most once per animation frame (throttle.ts)
//   worker → app  { type: 'result', id, result }      typed arrays transferred back
//   worker → app  { type: 'error', id, message }      id null: init failed
//
// A result carries what the charts draw, computed in the worker: the population of every year by sex
// and single age (every year's pyramid), the yearly summary (totals, age groups, aging rate,
// components of change) and the peaks. The main thread only draws.
import type { DecodedTable } from '../src/data/parquet.ts';
import type { Peaks } from './engine/summary.ts';
import type { BySex, ProjectionInputs, Scenario } from './engine/types.ts';

/** ProjectionInputs with every per-age array as a Float64Array, so it can be transferred. */
export type TransferInputs = {
  [K in keyof ProjectionInputs]: ProjectionInputs[K] extends BySex<ArrayLike<number>>
    ? BySex<Float64Array>
    : ProjectionInputs[K] extends ArrayLike<number>
      ? Float64Array
      : ProjectionInputs[K];
};

/** The yearly summary's columns (engine/summary.ts SummaryRow), in the order the worker writes them. */
export const SUMMARY_FIELDS = [
  'total',
  'male',
  'female',
  'age0_14',
  'age15_64',
  'age65plus',
  /** Percent of the total in each age group; aging_rate is the 65+ share (高齢化率). */
  'share0_14',
  'share15_64',
  'aging_rate',
  'births',
  'deaths',
  'in_migrants',
  'out_migrants',
  'natural_change',
  'social_change',
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/**
 * One Float64Array per field, one value per reported year (index y = year − baseYear). The components
 * of change (births … social_change) are those of the year y → y+1, NaN in the horizon's row.
 */
export type SummaryColumns = Readonly<Record<SummaryField, Float64Array>>;

/** One projection, as the charts need it. Every array is the receiver's own (transferred, never shared). */
export interface ProjectionPayload {
  readonly baseYear: number;
  readonly horizon: number;
  /** Reported Jan 1 populations: horizon − baseYear + 1. */
  readonly years: number;
  /** The scenario as resolved by the engine (defaults filled in). */
  readonly scenario: Scenario;
  /** Population at Jan 1, [(y × 2 + sex) × 101 + age] (engine layout): every year's pyramid. */
  readonly population: Float64Array;
  readonly summary: SummaryColumns;
  readonly peaks: Peaks;
  /** The largest sex × age cell over every year: a pyramid axis that holds still while years play. */
  readonly maxCell: number;
  /** Cells where out-migration was capped (0 for realistic scenarios; see docs/method.md). */
  readonly cappedCells: number;
  /** Milliseconds the worker spent (projection + summary), for the benchmark. */
  readonly computeMs: number;
}

/** One table of the baseline as the worker loaded it. */
export type LoadedTable =
  | {
      readonly name: string;
      readonly status: 'ready';
      readonly table: DecodedTable;
      readonly bytes: number;
      readonly fetchMs: number;
      readonly decodeMs: number;
    }
  /** Could not be used: `reason` starts with the file's name. */
  | { readonly name: string; readonly status: 'error'; readonly file: string; readonly reason: string }
  /** Not loaded there (not in data-files.json, or data-files.json itself failed): whoever needs it loads it. */
  | { readonly name: string; readonly status: 'skipped' };

export type ToWorker =
  /** `base`: the page's URL, against which data-files.json and data/*.parquet are resolved. */
  | { readonly type: 'prefetch'; readonly base: string }
  | { readonly type: 'load'; readonly base: string }
  | { readonly type: 'init'; readonly inputs: TransferInputs }
  | { readonly type: 'project'; readonly id: number; readonly scenario: Scenario };

export type FromWorker =
  | { readonly type: 'tables'; readonly tables: readonly LoadedTable[] }
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
