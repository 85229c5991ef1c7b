// data-files.json: the Parquet files present in this build (written by the dataFiles plugin in
// vite.config.ts). Reading it first means an absent table is never requested.
import { TABLE_NAME_PATTERN } from './tables.ts';

export interface DataFile {
  /** Table name: the file name without .parquet. */
  readonly table: string;
  /** Path relative to the app, e.g. data/base_population.parquet. */
  readonly file: string;
  readonly bytes: number;
}

export interface Manifest {
  readonly files: readonly DataFile[];
  /** Entries that were skipped, each with the reason (shown to the user, never fatal). */
  readonly skipped: readonly string[];
}

export const MANIFEST_URL = 'data-files.json';

/** Validates the parsed JSON of data-files.json. Throws only when the whole file is unusable. */
export function parseManifest(json: unknown): Manifest {
  if (json === null || typeof json !== 'object' || !Array.isArray((json as { files?: unknown }).files)) {
    throw new Error(`${MANIFEST_URL}: expected {"files": [...]}`);
  }
  const files: DataFile[] = [];
  const skipped: string[] = [];
  for (const entry of (json as { files: unknown[] }).files) {
    const e = entry as Partial<Record<keyof DataFile, unknown>> | null;
    const table = e?.table;
    if (typeof table !== 'string' || !TABLE_NAME_PATTERN.test(table)) {
      skipped.push(`${JSON.stringify(table ?? entry)}: not a valid table name (lower-case letters, digits, _)`);
    } else if (e?.file !== `data/${table}.parquet`) {
      skipped.push(`${table}: file must be data/${table}.parquet, got ${JSON.stringify(e?.file)}`);
    } else if (typeof e.bytes !== 'number' || !Number.isInteger(e.bytes) || e.bytes < 0) {
      skipped.push(`${table}: bytes must be a whole number, got ${JSON.stringify(e.bytes)}`);
    } else if (files.some((f) => f.table === table)) {
      skipped.push(`${table}: listed twice`);
    } else {
      files.push({ table, file: e.file, bytes: e.bytes });
    }
  }
  return { files, skipped };
}

/** Fetches and parses data-files.json from the app's own origin. */
export async function fetchManifest(base: string | URL = document.baseURI): Promise<Manifest> {
  const url = new URL(MANIFEST_URL, base);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${MANIFEST_URL}: could not be downloaded (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${MANIFEST_URL}: the server answered HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`${MANIFEST_URL}: not valid JSON`);
  }
  return parseManifest(json);
}
