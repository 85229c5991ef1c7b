// Loading state of every table and of DuckDB, for the views and the status line.
//
// Order of work: read data-files.json → fetch and decode, with hyparquet, each table when someone asks
// for it (table(name)), or every table (start()); or only download them (prefetch(): after the first view,
// the other views' tables are on the device, and decoded, on this thread, only when a view asks). A table decoded elsewhere (the projection worker
// decodes its own tables, src/projection/baseline.ts) is handed over with provide() and not fetched
// again. The catalog's own work can be held back (hold) while the first chart is drawn: reading
// data-files.json, downloading and decoding all cost this thread time. DuckDB loads separately (startDatabase): when the data view opens, or
// when the browser is idle after the first chart. A broken file marks only its own table as failed.
import type { Database } from './duckdb.ts';
import { startEngine } from './duckdb-engine.ts';
import { fetchManifest, type DataFile } from './manifest.ts';
import { DataFileError, decodeParquet, downloadParquet, type DecodedTable, type DownloadedFile, type FetchedTable } from './parquet.ts';
import { isOnDemand, TABLE_NAMES, type TableName } from './tables.ts';

export type TableLoad =
  | { readonly status: 'pending' }
  | { readonly status: 'unavailable' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly rows: number;
      readonly columns: number;
      readonly bytes: number;
      readonly ms: number;
      readonly decodeMs: number;
    }
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

const message = (error: unknown) =>
  error instanceof DataFileError ? error.reason : error instanceof Error ? error.message : String(error);

export class Catalog {
  /** One entry per table: replaced (never mutated) when its state changes. */
  entries = $state.raw<TableEntry[]>(
    TABLE_NAMES.map((name) => ({ name, file: null, known: true, load: { status: 'pending' }, sql: { status: 'waiting' } })),
  );
  database = $state.raw<DatabaseStatus>({ status: 'idle' });

  readonly #onProblem: (problem: DataProblem) => void;
  /** Files of this build by table name (after the manifest is read). */
  readonly #files = new Map<string, DataFile>();
  readonly #decoded = new Map<string, Promise<DecodedTable>>();
  /** Files downloaded ahead of need (prefetch), not decoded yet. */
  readonly #downloads = new Map<string, Promise<DownloadedFile>>();
  /** Tables being decoded elsewhere: null means "not loaded there, load it here". */
  readonly #provided = new Map<string, Promise<FetchedTable | null>>();
  /** The catalog's work waits for these (the first chart). */
  #holds: Promise<unknown>[] = [];
  #registered: Promise<void> | null = null;
  #started: Promise<void> | null = null;
  #db: Promise<Database> | null = null;
  /** DuckDB once open: tables decoded after that are inserted as they arrive (on-demand tables). */
  #database: Database | null = null;
  /** Tables handed to DuckDB (or on their way), so none is inserted twice. */
  readonly #inserting = new Set<string>();

  constructor(onProblem: (problem: DataProblem) => void) {
    this.#onProblem = onProblem;
  }

  /**
   * Hands over a table decoded elsewhere (the projection worker): once the manifest lists it, it is
   * taken as is instead of being downloaded again. A rejection (DataFileError) marks the table failed;
   * null means it was not loaded there after all, and the catalog loads it itself. Call before asking
   * for the table.
   */
  provide(name: string, loading: Promise<FetchedTable | null>): void {
    loading.catch(() => {}); // reported when the table is taken
    if (!this.#decoded.has(name)) this.#provided.set(name, loading);
  }

  /**
   * Nothing is read, downloaded or decoded on this thread until `until` settles (tables handed over with
   * provide() are not held): the first chart comes first.
   */
  hold(until: Promise<unknown>): void {
    this.#holds.push(until);
    const release = () => (this.#holds = this.#holds.filter((h) => h !== until));
    until.then(release, release);
  }

  async #held(): Promise<void> {
    while (this.#holds.length) await Promise.allSettled(this.#holds);
  }

  #update(name: string, change: Partial<TableEntry>): void {
    const i = this.entries.findIndex((e) => e.name === name);
    this.entries =
      i >= 0
        ? this.entries.with(i, { ...this.entries[i], ...change })
        : [...this.entries, { name, file: null, known: false, load: { status: 'pending' }, sql: { status: 'waiting' }, ...change }];
  }

  /** Downloads and decodes `file` on this thread (after any hold). */
  async #fetchAndDecode(file: DataFile): Promise<FetchedTable> {
    await this.#held();
    const ahead = this.#downloads.get(file.table);
    this.#downloads.delete(file.table);
    // A download ahead of need that failed is tried once more now, when the table is wanted.
    const { buffer, fetchMs } = await (ahead ? ahead.catch(() => downloadParquet(file.file)) : downloadParquet(file.file));
    const started = performance.now();
    const table = await decodeParquet(buffer, file.file);
    return { table, bytes: buffer.byteLength, fetchMs, decodeMs: performance.now() - started };
  }

  #load(file: DataFile): Promise<DecodedTable> {
    this.#update(file.table, { file: file.file, load: { status: 'loading' } });
    const provided = this.#provided.get(file.table);
    this.#provided.delete(file.table);
    const loading = provided ? provided.then((done) => done ?? this.#fetchAndDecode(file)) : this.#fetchAndDecode(file);
    const decoded = loading.then(
      ({ table, bytes, fetchMs, decodeMs }) => {
        this.#update(file.table, {
          load: { status: 'ready', rows: table.numRows, columns: table.columns.length, bytes, ms: fetchMs + decodeMs, decodeMs },
        });
        if (this.#database) void this.#insert(this.#database, file.table, table);
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

  /** Reads the manifest: which tables this build has. Loads nothing. */
  async #register(): Promise<void> {
    await this.#held();
    let files: readonly DataFile[];
    try {
      const manifest = await fetchManifest();
      files = manifest.files;
      for (const reason of manifest.skipped) this.#onProblem({ kind: 'manifest', reason });
    } catch (error) {
      this.#onProblem({ kind: 'manifest', reason: message(error) });
      files = [];
    }
    for (const file of files) this.#files.set(file.table, file);
    for (const name of TABLE_NAMES)
      if (!this.#files.has(name)) this.#update(name, { load: { status: 'unavailable' }, sql: { status: 'skipped' } });
    for (const file of files) if (!TABLE_NAMES.includes(file.table as TableName)) this.#update(file.table, { file: file.file });
  }

  #registration(): Promise<void> {
    this.#registered ??= this.#register();
    return this.#registered;
  }

  /** Reads the manifest (once): the entries then say which tables this build has. Loads no table. */
  listFiles(): Promise<void> {
    return this.#registration();
  }

  /**
   * Loads every table of the build (once) except the on-demand ones (tables.ts), which load when asked for
   * (table(name), loadOnDemand()). Resolves when every table has loaded or failed.
   */
  start(): Promise<void> {
    this.#started ??= this.#registration().then(async () => {
      for (const file of this.#files.values()) if (!this.#decoded.has(file.table) && !isOnDemand(file.table)) this.#load(file);
      await Promise.allSettled(this.#decoded.values());
    });
    return this.#started;
  }

  /**
   * Downloads, without decoding, every table start() would load that nobody has loaded or asked for yet: the
   * files are then on the device for the view that needs them, which decodes them when it asks (table(name)).
   * Decoding a table costs this thread 5–60 ms on a phone, downloading almost nothing; the outlook after its
   * first chart decoded the plan's dozen tables it never shows (Lighthouse counted them as blocking time).
   * Resolves when every download has ended (failed ones are tried again when the table is asked for).
   */
  prefetch(): Promise<void> {
    return this.#registration().then(async () => {
      const downloads: Promise<unknown>[] = [];
      for (const file of this.#files.values()) {
        const name = file.table;
        if (this.#decoded.has(name) || this.#provided.has(name) || this.#downloads.has(name) || isOnDemand(name)) continue;
        const download = downloadParquet(file.file);
        download.catch(() => {}); // reported when the table is asked for
        this.#downloads.set(name, download);
        downloads.push(download);
      }
      await Promise.allSettled(downloads);
    });
  }

  /** Loads the on-demand tables too (the data view: every table in SQL). Once DuckDB is open, each is inserted as it arrives. */
  async loadOnDemand(): Promise<void> {
    await this.#registration();
    for (const file of this.#files.values()) if (!this.#decoded.has(file.table)) this.#load(file);
    await Promise.allSettled(this.#decoded.values());
  }

  async #insert(db: Database, name: string, table: DecodedTable): Promise<void> {
    if (this.#inserting.has(name)) return;
    this.#inserting.add(name);
    try {
      await db.insert(name, table);
      this.#update(name, { sql: { status: 'inserted' } });
    } catch (error) {
      const reason = message(error);
      this.#update(name, { sql: { status: 'error', reason } });
      this.#onProblem({ kind: 'data-file', file: table.file, reason: `DuckDB: ${reason}` });
    }
  }

  /** A decoded table for the projection or a chart (loaded now if nobody asked before). Rejects with a message naming the file. */
  async table(name: TableName): Promise<DecodedTable> {
    await this.#registration();
    const loading = this.#decoded.get(name);
    if (loading) return loading;
    const file = this.#files.get(name);
    if (!file) throw new DataFileError(`data/${name}.parquet`, 'not in this build');
    return this.#load(file);
  }

  /**
   * Opens DuckDB (once) with every table of the build in it; resolves when each table that loads is in SQL.
   * The build's tables come from its database file (Database.builtIn); any other table (one only the
   * manifest knows, or all of them when the file could not be fetched) is inserted once decoded.
   */
  startDatabase(): Promise<Database> {
    this.#db ??= (async () => {
      this.database = { status: 'loading' };
      // Marks for the UI benchmark (e2e/bench/ui.bench.ts): from the moment DuckDB is asked for to ready.
      performance.mark('duckdb:asked');
      const started = performance.now();
      try {
        // The wasm compiles in DuckDB's worker while DuckDB's code loads here (duckdb-engine.ts).
        const engine = startEngine();
        const { openDatabase } = await import('./duckdb.ts').catch((error: unknown) => {
          engine.stop();
          throw error;
        });
        // The tables are decoded once DuckDB is open, not while it starts: SQL reads the build's database file,
        // and DuckDB's replies wait for this thread, which decoding kept busy (docs/performance.md).
        const db = await openDatabase(engine);
        void this.start();
        await this.#registration();
        // A table of the file that this build's manifest does not list is "not in this build" in SQL too.
        for (const name of db.builtIn) if (!this.#files.has(name)) await db.drop(name);
        for (const name of db.builtIn)
          if (this.#files.has(name)) {
            this.#inserting.add(name);
            this.#update(name, { sql: { status: 'inserted' } });
          }
        // From now on a table decoded later (on demand) is inserted when it arrives (#load).
        this.#database = db;
        // Every insert is sent at once: DuckDB's worker takes them in order while this thread
        // prepares the next (one round trip after another would leave both sides waiting).
        await Promise.all(
          [...this.#decoded]
            .filter(([name]) => !db.builtIn.has(name))
            .map(async ([name, decoded]) => {
              let table: DecodedTable;
              try {
                table = await decoded;
              } catch {
                this.#update(name, { sql: { status: 'skipped' } });
                return;
              }
              await this.#insert(db, name, table);
            }),
        );
        performance.mark('duckdb:ready');
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

  /**
   * Starts DuckDB ahead of need (the browser idle on a wide screen, the data tab hovered or focused), unless
   * it has failed: after a failure only the data view's retry or running SQL tries again, so the failure
   * box stays until the user asks (and a broken download is not repeated behind their back).
   */
  preloadDatabase(): void {
    if (this.database.status === 'error') return;
    void this.startDatabase().catch(() => {}); // failure is shown in the status line and the data view
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
