// The analyst's own inputs, projected in the page: the text of an inputs file (docs/inputs.md, the
// CLI's --inputs) → the engine's validation → its yearly summary, and that summary as the CSV of
// `npm run project -- --inputs FILE.json --format csv` (same columns and numbers; UTF-8 with BOM and
// CRLF like every CSV the dashboard saves). Pure: no DOM, no Svelte.
import { SUMMARY_COLUMNS } from '../../../worker/cli/output.ts';
import {
  parseInputsJson,
  prepare,
  project,
  summary,
  type ProjectionInputs,
  type Scenario,
  type SummaryRow,
} from '../../../worker/engine/index.ts';
import { toCsv } from '../../export/csv.ts';
import { FILE_PREFIX, scenarioSlug } from '../../export/names.ts';

/** Larger files are refused before they are read (a real inputs file is a few kilobytes). */
export const MAX_INPUTS_BYTES = 5 * 1024 * 1024;

/** What is needed of a chosen file (a DOM File is one). */
export interface InputsFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface OwnProjection {
  readonly fileName: string;
  /** The file's own `description` and `source`, as given (text as is, anything else as JSON); null when absent. */
  readonly description: string | null;
  readonly source: string | null;
  readonly baseYear: number;
  /** The scenario the engine resolved: the inputs' tfr and srb, the plan's other defaults, the horizon asked for. */
  readonly scenario: Scenario;
  /** The engine's summary rows, unrounded, base year to horizon. */
  readonly rows: readonly SummaryRow[];
}

export type OwnProblem =
  /** Refused unread: `size` bytes, more than `limit`. */
  | { readonly kind: 'too-large'; readonly fileName: string; readonly size: number; readonly limit: number }
  /** The browser could not read the file. */
  | { readonly kind: 'unreadable'; readonly fileName: string; readonly message: string }
  /** Not JSON, not the schema, a value out of range, or a horizon the engine refuses: "<file>: <engine's message>". */
  | { readonly kind: 'invalid'; readonly fileName: string; readonly message: string };

export type OwnOutcome = { readonly ok: true; readonly projection: OwnProjection } | { readonly ok: false; readonly problem: OwnProblem };

const asGiven = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * Projects the JSON text of an inputs file to `horizon` (undefined: the engine's default). The engine's
 * messages are passed on as they are, prefixed by the file name.
 */
export function projectInputsText(fileName: string, text: string, horizon?: number): OwnOutcome {
  try {
    const inputs = parseInputsJson(text);
    // Parsed a second time for the fields the engine ignores (the engine keeps its own message for non-JSON).
    const raw = JSON.parse(text) as Record<string, unknown>;
    const result = project(prepare(inputs), horizon === undefined ? {} : { horizon });
    return {
      ok: true,
      projection: {
        fileName,
        description: asGiven(raw.description),
        source: asGiven(raw.source),
        baseYear: result.baseYear,
        scenario: result.scenario,
        rows: summary(result).rows,
      },
    };
  } catch (error) {
    return { ok: false, problem: { kind: 'invalid', fileName, message: `${fileName}: ${(error as Error).message}` } };
  }
}

/** Projects inputs already read and checked (src/own-data/): the same summary as for a JSON file. */
export function projectOwnInputs(
  fileName: string,
  inputs: ProjectionInputs,
  meta: { description: string | null; source: string | null },
  horizon?: number,
): OwnOutcome {
  try {
    const result = project(prepare(inputs), horizon === undefined ? {} : { horizon });
    return {
      ok: true,
      projection: { fileName, ...meta, baseYear: result.baseYear, scenario: result.scenario, rows: summary(result).rows },
    };
  } catch (error) {
    return { ok: false, problem: { kind: 'invalid', fileName, message: `${fileName}: ${(error as Error).message}` } };
  }
}

/** Reads a chosen file (refusing one over MAX_INPUTS_BYTES unread) and projects it. */
export async function projectInputsFile(file: InputsFile, horizon?: number): Promise<OwnOutcome> {
  if (file.size > MAX_INPUTS_BYTES) {
    return { ok: false, problem: { kind: 'too-large', fileName: file.name, size: file.size, limit: MAX_INPUTS_BYTES } };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', fileName: file.name, message: (error as Error).message } };
  }
  return projectInputsText(file.name, text, horizon);
}

/** The summary as the CLI's --format csv writes it (its columns, unrounded numbers, empty cells for null). */
export function ownSummaryCsv(projection: OwnProjection): string {
  return toCsv(
    SUMMARY_COLUMNS,
    projection.rows.map((row) => SUMMARY_COLUMNS.map((column) => row[column])),
  );
}

/** e.g. suginami-outlook_own-inputs-summary_inputs_tfr-1_srb-105_…_horizon-2065.csv: the file's name and the whole scenario. */
export function ownSummaryFileName(projection: OwnProjection): string {
  const stem =
    projection.fileName
      .replace(/\.(json|csv|tsv|txt|xlsx|parquet)$/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 60) || 'inputs';
  return `${FILE_PREFIX}_own-inputs-summary_${stem}_${scenarioSlug(projection.scenario)}.csv`;
}
