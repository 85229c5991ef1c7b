// DuckDB-WASM for the analyst features. Import this module dynamically (import('./duckdb.ts')): it pulls
// in DuckDB's JS and Apache Arrow. Its engine (the 34 MB wasm in DuckDB's worker) is started before, by
// duckdb-engine.ts, so that the wasm compiles while this module loads.
//
// Only the EH bundle, served from our own origin through ?url imports: no CDN, no bundle
// selection. DuckDB-WASM 1.32 has no built-in Parquet reader and would fetch one from a remote
// extension server, so Parquet is decoded by hyparquet (parquet.ts) and inserted as Arrow, and
// extension installing/loading and external file access are switched off and locked.
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { DuckdbEngine } from './duckdb-engine.ts';
import type { Table } from 'apache-arrow';
// Every table of the build in one database file, built from the Parquet files at each build
// (scripts/build/duckdb-file.ts): attached at open, each table a view of it (tables-file.ts), instead of
// decoding and inserting each table.
import tablesUrl from './tables.duckdb?url';
import { toArrowTable } from './arrow.ts';
import type { DecodedTable } from './parquet.ts';
import { tableToRows } from './rows.ts';
import { LOCKDOWN } from './lockdown.ts';
import { dropSql, openSql, TABLES_FILE_NAME } from './tables-file.ts';
import { TABLE_NAMES } from './tables.ts';

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
  /** Creates table `name` from decoded Parquet columns (replacing a table or a view of that name). */
  insert(name: string, table: DecodedTable): Promise<void>;
  /** Removes table or view `name`, if there is one. */
  drop(name: string): Promise<void>;
  /**
   * The tables of the build's database file, each a view of the attached file (empty when it could not be
   * fetched: the catalog then inserts every table as it decodes). They are the build's Parquet files, as inserted.
   */
  readonly builtIn: ReadonlySet<string>;
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

async function open(engine: DuckdbEngine): Promise<Database> {
  // Fetched while DuckDB's wasm compiles (a few ms on its own; 1.9 MB, about 120 KB brotli).
  const tablesFile = fetchTablesFile(new URL(tablesUrl, document.baseURI).href);
  try {
    await engine.instantiated;
    // Marks for the UI benchmark (e2e/bench/ui.bench.ts): where DuckDB's start-up time goes.
    performance.mark('duckdb:instantiated');
    const db = new AsyncDuckDB(new VoidLogger(), engine.worker);
    await db.open({});
    const conn: AsyncDuckDBConnection = await db.connect();
    performance.mark('duckdb:opened');
    const bytes = await tablesFile;
    if (bytes) await db.registerFileBuffer(TABLES_FILE_NAME, bytes);
    performance.mark('duckdb:registered');
    // The attach, the views and the lockdown in one text (tables-file.ts): each reply from DuckDB's worker
    // waits for this thread, which is busy building the page. If any statement fails, open() fails as a whole:
    // DuckDB is never left without its lockdown. Without the file, only the lockdown: the tables are inserted.
    const names = bytes ? TABLE_NAMES : [];
    await conn.query(bytes ? openSql(names, LOCKDOWN) : LOCKDOWN.join(';\n')).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw bytes ? new Error(`DuckDB could not read the tables' database file (${tablesUrl.split('/').pop()}): ${reason}`) : error;
    });
    const builtIn: ReadonlySet<string> = new Set(names);
    /** The file's tables still shown as views (an insert of the same name replaces the view by a table). */
    const views = new Set(builtIn);
    const drop = async (name: string) => {
      await conn.query(dropSql(name, views.has(name) ? 'view' : 'table'));
      views.delete(name);
    };
    performance.mark('duckdb:connected');
    const version = await db.getVersion();
    const queryArrow = (sql: string): Promise<Table> => conn.query(sql);
    return {
      version,
      builtIn,
      queryArrow,
      query: async (sql) => tableToRows(await queryArrow(sql)),
      drop,
      async insert(name, table) {
        await drop(name);
        await conn.insertArrowTable(toArrowTable(table), { name, create: true });
      },
    };
  } catch (error) {
    engine.stop();
    throw error;
  }
}

let opening: Promise<Database> | null = null;

/**
 * Opens DuckDB once on the engine started for it (duckdb-engine.ts); later calls share it (and stop the engine
 * they brought). After a failure the next call tries again.
 */
export function openDatabase(engine: DuckdbEngine): Promise<Database> {
  if (opening) engine.stop();
  opening ??= open(engine).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}
