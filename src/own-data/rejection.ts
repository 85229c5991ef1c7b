// What a reader answers: the data it found, or one rejection that names the problem and where it is.
// Readers never throw (src/own-data/read.ts): every failure becomes a Rejection, worded per language
// by the UI (i18n `ownData.problems`). Plain data, so it crosses a worker boundary as it is.
import type { ProjectionInputs } from '../../worker/engine/types.ts';

/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const REJECTION_REASONS = [
  'too-large',
  'empty',
  'no-rows',
  'image',
  'binary',
  'old-excel',
  'zip-not-xlsx',
  'encoding',
  'corrupt-parquet',
  'corrupt-xlsx',
  'invalid-inputs',
  'no-header',
  'ambiguous-column',
  'not-a-number',
  'negative',
  'empty-cell',
  'unknown-age',
  'duplicate-age',
  'missing-ages',
  'open-group',
  'total-mismatch',
  'rate-out-of-range',
  'unreadable',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** One thing wrong with a file, and where. Text fields are the file's own text, shown as text only. */
export interface Rejection {
  readonly reason: RejectionReason;
  readonly fileName: string;
  /** 1-based row of the file (for CSV/TSV: the line; for XLSX: the sheet's row; for Parquet: the data row). */
  readonly row?: number;
  /** The column's header as written in the file. */
  readonly column?: string;
  /** The age label as written (e.g. 0～4歳), or the ages concerned (e.g. 40–44). */
  readonly age?: string;
  /** The offending value as written (cut to 40 characters). */
  readonly value?: string;
  /** More detail in the reader's own words (English; e.g. the engine's or the Parquet reader's message). */
  readonly detail?: string;
  /** Rows where the same age was found before (duplicate-age). */
  readonly otherRow?: number;
}

export type FileFormat = 'csv' | 'tsv' | 'xlsx' | 'parquet' | 'json';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'utf-16';

/** Rates a population file may carry (single years, or 5-year groups used for each age in the group). */
export interface GivenRates {
  survival?: Partial<Record<'male' | 'female', Float64Array>>;
  inMigrationRate?: Partial<Record<'male' | 'female', Float64Array>>;
  outMigrationRate?: Partial<Record<'male' | 'female', Float64Array>>;
  /** Births per woman by age (sum = TFR). */
  asfr?: Float64Array;
}

/** A base population by sex and single age 0..99, 100+, as read from a table. */
export interface PopulationRead {
  readonly kind: 'population';
  readonly fileName: string;
  readonly format: Exclude<FileFormat, 'json'>;
  /** For CSV/TSV: how the text was decoded. */
  readonly encoding: TextEncoding | null;
  /** 'groups': some ages came in groups (e.g. 0～4歳) and were split into single years (worker/engine/age-groups.ts). */
  readonly ageForm: 'single' | 'groups';
  readonly population: { readonly male: Float64Array; readonly female: Float64Array };
  readonly rates: GivenRates;
  /** The headers used, as written. */
  readonly columns: { readonly age: string; readonly male: string; readonly female: string; readonly total: string | null };
  /** Columns not used, as written (shown on screen). */
  readonly ignored: readonly string[];
  /** Age rows read (without total rows). */
  readonly ageRows: number;
  /** The 総数 / total row matched the sum of the ages (null: there was none). */
  readonly totalChecked: boolean | null;
  /** People in rows of unknown age (不詳), not included. */
  readonly unknownAge: number;
  /** The sheet read, for XLSX. */
  readonly sheet: string | null;
}

/** A JSON inputs file (docs/inputs.md): every rate given. */
export interface InputsRead {
  readonly kind: 'inputs';
  readonly fileName: string;
  readonly format: 'json';
  readonly inputs: ProjectionInputs;
  readonly description: string | null;
  readonly source: string | null;
}

export type ReadResult =
  { readonly ok: true; readonly data: PopulationRead | InputsRead } | { readonly ok: false; readonly rejection: Rejection };

export const reject = (rejection: Rejection): ReadResult => ({ ok: false, rejection });

/** Cuts a value to 40 characters for a message. */
export const shown = (value: unknown): string => {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};
