// Parquet → plain typed columns, with hyparquet alone: no DuckDB, no Arrow. The projection starts
// from these columns while DuckDB's 34 MB wasm is still loading (or never loads, on a phone).
//
// Decoding runs on the main thread: the tables are small (hundreds to a few thousand rows; the
// data view shows the measured time per table), so a worker round-trip would cost more than it saves.
// The catalog decodes the projection's tables before any other (catalog.svelte.ts).
import { parquetMetadata, parquetRead, type ColumnData, type FileMetaData, type SchemaElement } from 'hyparquet';

/**
 * One column. Numbers are typed arrays so they can be transferred to the projection worker.
 * `valid` is null when the column has no missing value, else 1 (present) or 0 (missing) per row.
 * INT64 columns (DuckDB writes counts as BIGINT) become int32 when every value fits, else float64
 * (exact up to 2^53); a value beyond that is an error rather than a silently rounded count.
 */
export type Column =
  | { readonly type: 'int32'; readonly values: Int32Array; readonly valid: Uint8Array | null }
  | { readonly type: 'float64'; readonly values: Float64Array; readonly valid: Uint8Array | null }
  /** Days since 1970-01-01. */
  | { readonly type: 'date'; readonly values: Int32Array; readonly valid: Uint8Array | null }
  /** Milliseconds since 1970-01-01T00:00Z. */
  | { readonly type: 'timestamp'; readonly values: Float64Array; readonly valid: Uint8Array | null }
  | { readonly type: 'string'; readonly values: readonly (string | null)[] }
  | { readonly type: 'boolean'; readonly values: readonly (boolean | null)[] };

export type ColumnType = Column['type'];
export type NamedColumn = Column & { readonly name: string };

export interface DecodedTable {
  /** The file it came from, e.g. data/survival.parquet (named in every error). */
  readonly file: string;
  readonly numRows: number;
  /** In file order. */
  readonly columns: readonly NamedColumn[];
}

/** A data file that could not be used. The message always starts with the file name. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

function hasMagic(bytes: Uint8Array, at: number): boolean {
  return MAGIC.every((b, i) => bytes[at + i] === b);
}

type Kind = ColumnType | 'int64' | 'number';

/** The column type a schema element decodes to, or a reason it is not supported. */
function kindOf(el: SchemaElement): Kind | { unsupported: string } {
  const logical = el.logical_type?.type;
  const converted = el.converted_type;
  if (el.num_children) return { unsupported: 'nested column (struct, list or map)' };
  if (logical === 'DECIMAL' || converted === 'DECIMAL') return 'number';
  switch (el.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
      if (logical === 'DATE' || converted === 'DATE') return 'date';
      if (logical === 'TIME' || converted === 'TIME_MILLIS') return { unsupported: 'TIME' };
      if (converted === 'UINT_32' || (el.logical_type?.type === 'INTEGER' && !el.logical_type.isSigned && el.logical_type.bitWidth === 32))
        return 'number';
      return 'int32';
    case 'INT64':
      if (logical === 'TIMESTAMP' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') return 'timestamp';
      if (logical === 'TIME' || converted === 'TIME_MICROS') return { unsupported: 'TIME' };
      return 'int64';
    case 'INT96':
      return 'timestamp';
    case 'FLOAT':
    case 'DOUBLE':
      return 'float64';
    case 'BYTE_ARRAY':
    case 'FIXED_LEN_BYTE_ARRAY':
      return 'string';
    default:
      return { unsupported: String(el.type) };
  }
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Fills a numeric column from decoded values; null/undefined become missing. */
function numeric<A extends Int32Array | Float64Array>(
  values: ArrayLike<unknown>,
  out: A,
  toNumber: (v: unknown, row: number) => number,
): { values: A; valid: Uint8Array | null } {
  let valid: Uint8Array | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      valid ??= new Uint8Array(values.length).fill(1);
      valid[i] = 0;
      out[i] = 0;
    } else {
      out[i] = toNumber(v, i);
    }
  }
  return { values: out, valid };
}

function toColumn(name: string, kind: Kind, values: ArrayLike<unknown>, fail: (reason: string) => never): Column {
  const n = values.length;
  const wrongType = (v: unknown, row: number): never =>
    fail(`column "${name}" row ${row}: expected a ${kind} value, got ${typeof v} ${String(v).slice(0, 30)}`);
  switch (kind) {
    case 'int32':
      return { type: 'int32', ...numeric(values, new Int32Array(n), (v, row) => (typeof v === 'number' ? v : wrongType(v, row))) };
    case 'float64':
    case 'number':
      return {
        type: 'float64',
        ...numeric(values, new Float64Array(n), (v, row) =>
          typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : wrongType(v, row),
        ),
      };
    case 'int64': {
      let fitsInt32 = true;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === null || v === undefined) continue;
        if (typeof v !== 'bigint' && typeof v !== 'number') wrongType(v, i);
        const x = Number(v);
        // Number() of a bigint beyond 2^53 rounds; the rounded value is then no longer "safe".
        if (!Number.isSafeInteger(x)) {
          fail(`column "${name}" row ${i}: ${String(v)} is too large to represent exactly in JavaScript`);
        }
        if (x < INT32_MIN || x > INT32_MAX) fitsInt32 = false;
      }
      return fitsInt32
        ? { type: 'int32', ...numeric(values, new Int32Array(n), (v) => Number(v)) }
        : { type: 'float64', ...numeric(values, new Float64Array(n), (v) => Number(v)) };
    }
    case 'date':
      return {
        type: 'date',
        ...numeric(values, new Int32Array(n), (v, row) =>
          v instanceof Date ? Math.round(v.getTime() / 86_400_000) : typeof v === 'number' ? v : wrongType(v, row),
        ),
      };
    case 'timestamp':
      return {
        type: 'timestamp',
        ...numeric(values, new Float64Array(n), (v, row) => (v instanceof Date ? v.getTime() : wrongType(v, row))),
      };
    case 'string': {
      const out: (string | null)[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === null || v === undefined) out[i] = null;
        else if (typeof v === 'string') out[i] = v;
        else fail(`column "${name}" holds binary data, which the dashboard does not read`);
      }
      return { type: 'string', values: out };
    }
    case 'boolean': {
      const out: (boolean | null)[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = v === null || v === undefined ? null : typeof v === 'boolean' ? v : wrongType(v, i);
      }
      return { type: 'boolean', values: out };
    }
  }
}

/** Decodes a whole Parquet file (flat schema) into columns. Throws DataFileError naming the file. */
export async function decodeParquet(buffer: ArrayBuffer, file: string): Promise<DecodedTable> {
  const fail = (reason: string): never => {
    throw new DataFileError(file, reason);
  };
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 12 || !hasMagic(bytes, 0) || !hasMagic(bytes, bytes.length - 4)) {
    fail(`not a Parquet file (${bytes.length} bytes, no PAR1 marker at both ends)`);
  }
  let metadata!: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    fail(`damaged Parquet metadata (${(error as Error).message})`);
  }
  const numRows = Number(metadata.num_rows);
  const [root, ...elements] = metadata.schema;
  // A flat file has one leaf per top-level field; anything else is nested.
  if (elements.length !== (root.num_children ?? 0)) fail('nested columns (struct, list or map) are not supported');
  // hyparquet reads Snappy and uncompressed natively; others would need extra decompressors.
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const codec = chunk.meta_data?.codec;
      if (codec && codec !== 'UNCOMPRESSED' && codec !== 'SNAPPY') {
        fail(
          `column "${chunk.meta_data?.path_in_schema.join('.')}" is compressed with ${codec}; write the file with COMPRESSION 'snappy' (or uncompressed)`,
        );
      }
    }
  }
  const kinds = elements.map((el) => {
    const kind = kindOf(el);
    return typeof kind === 'string' ? kind : fail(`column "${el.name}": ${kind.unsupported} is not supported`);
  });

  const chunks = new Map<string, ColumnData[]>(elements.map((el) => [el.name, []]));
  try {
    await parquetRead({ file: buffer, metadata, onChunk: (chunk) => chunks.get(chunk.columnName)?.push(chunk) });
  } catch (error) {
    fail(`damaged Parquet data (${(error as Error).message})`);
  }

  const columns = elements.map((el, c): NamedColumn => {
    const values: unknown[] = new Array(numRows);
    let filled = 0;
    for (const { columnData, rowStart, rowEnd } of chunks.get(el.name) ?? []) {
      const end = Math.min(rowEnd, numRows);
      for (let r = rowStart; r < end; r++) values[r] = columnData[r - rowStart];
      filled += end - rowStart;
    }
    if (filled !== numRows) fail(`column "${el.name}": decoded ${filled} of ${numRows} rows`);
    return { name: el.name, ...toColumn(el.name, kinds[c], values, fail) };
  });
  return { file, numRows, columns };
}

export interface FetchedTable {
  readonly table: DecodedTable;
  readonly bytes: number;
  readonly fetchMs: number;
  readonly decodeMs: number;
}

export interface DownloadedFile {
  readonly buffer: ArrayBuffer;
  readonly fetchMs: number;
}

/**
 * Downloads data/<table>.parquet from our own origin (or takes `response`, a download already begun
 * for the same file, see early.ts). Throws DataFileError naming the file.
 */
export async function downloadParquet(
  file: string,
  base: string | URL = document.baseURI,
  response?: Promise<Response>,
): Promise<DownloadedFile> {
  const started = performance.now();
  let answer: Response;
  try {
    answer = await (response ?? fetch(new URL(file, base)));
  } catch (error) {
    throw new DataFileError(file, `could not be downloaded (${(error as Error).message})`);
  }
  if (!answer.ok) throw new DataFileError(file, `the server answered HTTP ${answer.status}`);
  // A static host's single-page fallback answers a missing file with index.html and 200.
  if (answer.headers.get('content-type')?.includes('text/html')) {
    throw new DataFileError(file, 'the server sent a web page instead of the file (is the file missing?)');
  }
  let buffer: ArrayBuffer;
  try {
    buffer = await answer.arrayBuffer();
  } catch (error) {
    throw new DataFileError(file, `could not be downloaded (${(error as Error).message})`);
  }
  return { buffer, fetchMs: performance.now() - started };
}

/** Downloads data/<table>.parquet from our own origin and decodes it. Throws DataFileError. */
export async function fetchParquet(
  file: string,
  base: string | URL = document.baseURI,
  response?: Promise<Response>,
): Promise<FetchedTable> {
  const { buffer, fetchMs } = await downloadParquet(file, base, response);
  const decodeStarted = performance.now();
  const table = await decodeParquet(buffer, file);
  return { table, bytes: buffer.byteLength, fetchMs, decodeMs: performance.now() - decodeStarted };
}

/** The named column, or an error naming the file and the column. */
export function getColumn(table: DecodedTable, name: string): NamedColumn {
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw new DataFileError(table.file, `has no column "${name}" (columns: ${table.columns.map((c) => c.name).join(', ')})`);
  return column;
}

/** A numeric column as float64 with no missing value, e.g. for the projection engine. */
export function getNumbers(table: DecodedTable, name: string): Float64Array {
  const column = getColumn(table, name);
  if (column.type !== 'int32' && column.type !== 'float64') {
    throw new DataFileError(table.file, `column "${name}" is ${column.type}, not numeric`);
  }
  const missing = column.valid?.indexOf(0) ?? -1;
  if (missing >= 0) throw new DataFileError(table.file, `column "${name}" has a missing value at row ${missing}`);
  return Float64Array.from(column.values);
}

/** A string column with no missing value. */
export function getStrings(table: DecodedTable, name: string): string[] {
  const column = getColumn(table, name);
  if (column.type !== 'string') throw new DataFileError(table.file, `column "${name}" is ${column.type}, not text`);
  const missing = column.values.indexOf(null);
  if (missing >= 0) throw new DataFileError(table.file, `column "${name}" has a missing value at row ${missing}`);
  return column.values as string[];
}
