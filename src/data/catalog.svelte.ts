// Loading state of every table and of DuckDB, for the views and the status line.
//
// Order of work: read data-files.json → fetch and decode every listed Parquet file with hyparquet
// (projection inputs first) → the projection can start. DuckDB loads separately (startDatabase):
// when the data view opens, or when the browser is idle after the tables are decoded. A broken
// file marks only its own table as failed.
import type { Database } from './duckdb.ts';
import { fetchManifest, type DataFile } from './manifest.ts';
import { DataFileError, fetchParquet, type DecodedTable } from './parquet.ts';
import { isKnownTable, TABLE_NAMES, TABLES, type TableName } from './tables.ts';

export type TableLoad =
  | { readonly status: 'pending' }
  | { readonly status: 'unavailable' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly rows: number; readonly columns: number; readonly bytes: number; readonly ms: number; readonly decodeMs: number }
  | { readonly status: 'error'; readonly reason: string };

/** Whether the table is in DuckDB. */
export type SqlLoad =
  | { readonly status: 'waiting' }
  | { readonly status: 'inserted' }
  | { readonly status: 'skipped' }
  | { readonly status: 'error'; readonly reason: string };

export interface TableEntry {
  readonly name: string;
  /** data/<name>.parquet when the build has it. */
  readonly file: string | null;
  /** Listed in tables.ts (false: a file only the manifest knows). */
  readonly known: boolean;
  readonly load: TableLoad;
  readonly sql: SqlLoad;
}

export type DatabaseStatus =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly version: string; readonly seconds: number }
  | { readonly status: 'error'; readonly reason: string };

export type DataProblem = { kind: 'data-file'; file: string; reason: string } | { kind: 'manifest'; reason: string };

const message = (error: unknown) => (error instanceof DataFileError ? error.reason : error instanceof Error ? error.message : String(error));

export class Catalog {
  entries = $state<TableEntry[]>(
    TABLE_NAMES.map((name) => ({ name, file: null, known: true, load: { status: 'pending' }, sql: { status: 'waiting' } })),
  );
  database = $state.raw<DatabaseStatus>({ status: 'idle' });

  readonly #onProblem: (problem: DataProblem) => void;
  readonly #decoded = new Map<string, Promise<DecodedTable>>();
  #registered: Promise<void> | null = null;
  #started: Promise<void> | null = null;
  #db: Promise<Database> | null = null;

  constructor(onProblem: (problem: DataProblem) => void) {
    this.#onProblem = onProblem;
  }

  #update(name: string, change: Partial<TableEntry>): void {
    const i = this.entries.findIndex((e) => e.name === name);
    if (i >= 0) this.entries[i] = { ...this.entries[i], ...change };
    else this.entries.push({ name, file: null, known: false, load: { status: 'pending' }, sql: { status: 'waiting' }, ...change });
  }

  #load(file: DataFile): Promise<DecodedTable> {
    this.#update(file.table, { file: file.file, load: { status: 'loading' } });
    const started = performance.now();
    const decoded = fetchParquet(file.file).then(
      ({ table, bytes, decodeMs }) => {
        this.#update(file.table, {
          load: { status: 'ready', rows: table.numRows, columns: table.columns.length, bytes, ms: performance.now() - started, decodeMs },
        });
        return table;
      },
      (error: unknown) => {
        const reason = message(error);
        this.#update(file.table, { load: { status: 'error', reason } });
        this.#onProblem({ kind: 'data-file', file: file.file, reason });
        throw error;
      },
    );
    decoded.catch(() => {}); // reported above; callers of table() still see the rejection
    this.#decoded.set(file.table, decoded);
    return decoded;
  }

  /** Reads the manifest and starts loading every listed table; resolves once all loads are registered. */
  async #register(): Promise<void> {
    let files: readonly DataFile[];
    try {
      const manifest = await fetchManifest();
      files = manifest.files;
      for (const reason of manifest.skipped) this.#onProblem({ kind: 'manifest', reason });
    } catch (error) {
      this.#onProblem({ kind: 'manifest', reason: message(error) });
      files = [];
    }
    const present = new Set(files.map((f) => f.table));
    for (const name of TABLE_NAMES) if (!present.has(name)) this.#update(name, { load: { status: 'unavailable' }, sql: { status: 'skipped' } });
    // Projection inputs first: they gate the first chart.
    const rank = (f: DataFile) => (isKnownTable(f.table) && TABLES[f.table].role === 'projection' ? 0 : 1);
    for (const file of [...files].sort((a, b) => rank(a) - rank(b))) this.#load(file);
  }

  /** Starts loading (once). Resolves when every table has loaded or failed. */
  start(): Promise<void> {
    this.#registered ??= this.#register();
    this.#started ??= this.#registered.then(async () => {
      await Promise.allSettled(this.#decoded.values());
    });
    return this.#started;
  }

  /** A decoded table for the projection or a chart. Rejects with a message naming the file. */
  async table(name: TableName): Promise<DecodedTable> {
    this.start();
    await this.#registered;
    const decoded = this.#decoded.get(name);
    if (!decoded) throw new DataFileError(`data/${name}.parquet`, 'not in this build');
    return decoded;
  }

  /** Opens DuckDB (once) and inserts every table that decoded. */
  startDatabase(): Promise<Database> {
    this.#db ??= (async () => {
      this.database = { status: 'loading' };
      const started = performance.now();
      try {
        const { openDatabase } = await import('./duckdb.ts');
        const [db] = await Promise.all([openDatabase(), this.start()]);
        for (const [name, decoded] of this.#decoded) {
          let table: DecodedTable;
          try {
            table = await decoded;
          } catch {
            this.#update(name, { sql: { status: 'skipped' } });
            continue;
          }
          try {
            await db.insert(name, table);
            this.#update(name, { sql: { status: 'inserted' } });
          } catch (error) {
            const reason = message(error);
            this.#update(name, { sql: { status: 'error', reason } });
            this.#onProblem({ kind: 'data-file', file: table.file, reason: `DuckDB: ${reason}` });
          }
        }
        this.database = { status: 'ready', version: db.version, seconds: (performance.now() - started) / 1000 };
        return db;
      } catch (error) {
        this.database = { status: 'error', reason: message(error) };
        this.#db = null; // allow a retry
        throw error;
      }
    })();
    return this.#db;
  }

  /** The entries as plain objects (for the console and tests). */
  snapshot(): TableEntry[] {
    return $state.snapshot(this.entries) as TableEntry[];
  }

  /** Runs SQL once DuckDB is ready (see Database.query: cast BIGINT/DECIMAL in SQL). */
  async query<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
    return (await this.startDatabase()).query<T>(sql);
  }
}
