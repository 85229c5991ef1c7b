// DuckDB-WASM for the analyst features. Import this module dynamically (import('./duckdb.ts')):
// it pulls in DuckDB's JS, Apache Arrow and, when opened, the 34 MB wasm.
//
// Only the EH bundle, served from our own origin through ?url imports: no CDN, no bundle
// selection. DuckDB-WASM 1.32 has no built-in Parquet reader and would fetch one from a remote
// extension server, so Parquet is decoded by hyparquet (parquet.ts) and inserted as Arrow, and
// extension installing/loading and external file access are switched off and locked.
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
// Every table of the build in one database file, built from the Parquet files at each build
// (scripts/build/duckdb-file.ts): copied in at open, instead of decoding and inserting each table.
import tablesUrl from './tables.duckdb?url';
import { toArrowTable } from './arrow.ts';
import type { DecodedTable } from './parquet.ts';
import { tableToRows } from './rows.ts';

/**
 * Run once per connection, in this order: nothing may install or load an extension (they come
 * from a remote server), nothing may read files or URLs outside the tables we insert, and no SQL
 * typed later in the analyst view may switch that back on.
 */
export const LOCKDOWN = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];

export interface Database {
  /** DuckDB's version string, e.g. v1.4.1. */
  readonly version: string;
  /**
   * Runs SQL and returns plain objects. BIGINT and DECIMAL result columns are rejected with a message
   * naming the column: cast in SQL (count(*)::INTEGER, sum(x)::DOUBLE) so values are plain numbers.
   * `T` describes the rows you expect; it is not checked at run time.
   */
  query<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Runs SQL and returns the Arrow table as DuckDB produced it (any column type). */
  queryArrow(sql: string): Promise<Table>;
  /** Creates table `name` from decoded Parquet columns (replacing one of that name). */
  insert(name: string, table: DecodedTable): Promise<void>;
  /**
   * The tables copied from the build's database file at open (empty when it could not be fetched: the
   * catalog then inserts every table as it decodes). They are the build's Parquet files, as inserted.
   */
  readonly builtIn: ReadonlySet<string>;
}

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * Checks that the wasm answers before DuckDB is given its URL: DuckDB-WASM 1.32's worker does not report
 * a failed download (its promise rejects unhandled inside the worker) and instantiate() would wait forever.
 * Only the response's head is read; the body is cancelled, and DuckDB's own download follows.
 */
async function checkWasm(href: string): Promise<void> {
  const file = new URL(href).pathname.split('/').pop();
  let response: Response;
  try {
    response = await fetch(href);
  } catch (error) {
    throw new Error(`DuckDB's engine (${file}) could not be downloaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  response.body?.cancel().catch(() => {});
  if (!response.ok) throw new Error(`DuckDB's engine (${file}) could not be downloaded: the server answered ${response.status}`);
}

/** The build's database file, or null (with a warning) when it cannot be fetched: DuckDB still opens, the tables are inserted instead. */
async function fetchTablesFile(href: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(href);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    console.warn(
      `DuckDB: the tables' database file could not be fetched (${error instanceof Error ? error.message : String(error)}); inserting the tables instead`,
    );
    return null;
  }
}

/**
 * Copies every table of the database file into the in-memory database, before the lockdown forbids
 * ATTACH: read-only, then detached and dropped, so later SQL sees only ordinary tables it may replace.
 */
async function copyTables(db: AsyncDuckDB, conn: AsyncDuckDBConnection, bytes: Uint8Array): Promise<Set<string>> {
  await db.registerFileBuffer('tables.duckdb', bytes);
  try {
    await conn.query(`ATTACH 'tables.duckdb' AS built (READ_ONLY)`);
    await conn.query('COPY FROM DATABASE built TO memory');
    const names = await conn.query(`SELECT table_name FROM duckdb_tables() WHERE database_name = 'built'`);
    await conn.query('DETACH built');
    return new Set(tableToRows(names).map((row) => String(row.table_name)));
  } finally {
    await db.dropFile('tables.duckdb');
  }
}

/** Rejects when DuckDB's worker reports an error (it could not start, or failed while instantiating). */
function workerFailure(worker: Worker): Promise<never> {
  return new Promise((_, reject) =>
    worker.addEventListener('error', (event) => reject(new Error(`DuckDB's worker stopped: ${event.message || 'it could not start'}`)), {
      once: true,
    }),
  );
}

async function open(): Promise<Database> {
  const wasmHref = new URL(wasmUrl, document.baseURI).href;
  // Fetched while DuckDB's wasm downloads and compiles (a few ms on its own; 8 MB, about 80 KB brotli).
  const tablesFile = fetchTablesFile(new URL(tablesUrl, document.baseURI).href);
  await checkWasm(wasmHref);
  // The worker script and the wasm are our own files; new Worker() needs an absolute URL to
  // resolve the wasm against the page (not against the worker script).
  const worker = new Worker(new URL(workerUrl, document.baseURI));
  const failed = workerFailure(worker);
  failed.catch(() => {}); // only raced while instantiating
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    // Marks for the UI benchmark (e2e/bench/ui.bench.ts): where DuckDB's start-up time goes.
    performance.mark('duckdb:instantiate-start');
    await Promise.race([db.instantiate(wasmHref), failed]);
    performance.mark('duckdb:instantiated');
    await db.open({});
    const conn: AsyncDuckDBConnection = await db.connect();
    const bytes = await tablesFile;
    const builtIn = bytes ? await copyTables(db, conn, bytes) : new Set<string>();
    for (const statement of LOCKDOWN) await conn.query(statement);
    performance.mark('duckdb:connected');
    const version = await db.getVersion();
    const queryArrow = (sql: string): Promise<Table> => conn.query(sql);
    return {
      version,
      builtIn,
      queryArrow,
      query: async (sql) => tableToRows(await queryArrow(sql)),
      async insert(name, table) {
        await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
        await conn.insertArrowTable(toArrowTable(table), { name, create: true });
      },
    };
  } catch (error) {
    await db.terminate();
    throw error;
  }
}

let opening: Promise<Database> | null = null;

/** Opens DuckDB once; later calls share it. After a failure the next call tries again. */
export function openDatabase(): Promise<Database> {
  opening ??= open().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}
