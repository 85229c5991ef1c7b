// The baseline's tables, downloaded and decoded by the projection worker itself: the main thread is busy
// building the page at that moment, the worker is not. Same files, same checks and same messages as the
// catalog's (manifest.ts, parquet.ts, inputs.ts): only tables listed in data-files.json are requested,
// and every problem names its file. The decoded tables go back to the app (protocol 'tables') so the
// catalog and DuckDB use them without a second download.
import type { LoadedTable, TransferInputs } from '../../worker/projection.protocol.ts';
import { MANIFEST_URL, parseManifest, type DataFile } from '../data/manifest.ts';
import { DataFileError, fetchParquet, type DecodedTable } from '../data/parquet.ts';
import { assembleInputs } from './inputs.ts';

/** The tables the baseline is made of: the first pyramid waits for these and nothing else. */
export const BASELINE_TABLES = ['base_population', 'survival', 'fertility', 'migration', 'assumptions'] as const;
export type BaselineTable = (typeof BASELINE_TABLES)[number];

export interface LoadedBaseline {
  /** One entry per BASELINE_TABLES name, in that order. */
  readonly tables: readonly LoadedTable[];
  /**
   * The inputs; or why there are none (a message naming the file); or null when a table was not
   * loaded here (not listed, or data-files.json unreadable): the app then goes through its catalog,
   * which loads what it can and explains what is missing.
   */
  readonly inputs: TransferInputs | { readonly error: string } | null;
}

export type Fetch = (url: URL) => Promise<Response>;

const reasonOf = (error: unknown) =>
  error instanceof DataFileError ? error.reason : error instanceof Error ? error.message : String(error);

/** data-files.json's files, or null when it cannot be read (the catalog will say why). */
async function listed(base: string, fetcher: Fetch): Promise<Map<string, DataFile> | null> {
  try {
    const response = await fetcher(new URL(MANIFEST_URL, base));
    if (!response.ok) return null;
    return new Map(parseManifest(await response.json()).files.map((f) => [f.table, f]));
  } catch {
    return null;
  }
}

/** Downloads and decodes the baseline's tables (in parallel), then assembles the inputs. Never throws. */
export async function loadBaseline(base: string, fetcher: Fetch = (url) => fetch(url)): Promise<LoadedBaseline> {
  const files = await listed(base, fetcher);
  const tables = await Promise.all(
    BASELINE_TABLES.map(async (name): Promise<LoadedTable> => {
      const file = files?.get(name);
      if (!file) return { name, status: 'skipped' };
      try {
        const { table, bytes, fetchMs, decodeMs } = await fetchParquet(file.file, base, fetcher(new URL(file.file, base)));
        return { name, status: 'ready', table, bytes, fetchMs, decodeMs };
      } catch (error) {
        return { name, status: 'error', file: file.file, reason: reasonOf(error) };
      }
    }),
  );
  return { tables, inputs: inputsOf(tables) };
}

function inputsOf(tables: readonly LoadedTable[]): TransferInputs | { error: string } | null {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const required = (name: BaselineTable) => byName.get(name)!.status !== 'skipped';
  if (!required('base_population') || !required('survival') || !required('fertility') || !required('migration')) return null;
  const get = (name: BaselineTable): DecodedTable | null => {
    const t = byName.get(name)!;
    if (t.status === 'error') throw new Error(`${t.file}: ${t.reason}`);
    return t.status === 'ready' ? t.table : null;
  };
  try {
    return assembleInputs({
      population: get('base_population')!,
      survival: get('survival')!,
      fertility: get('fertility')!,
      migration: get('migration')!,
      assumptions: get('assumptions'), // optional: the plan's defaults stand in
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
