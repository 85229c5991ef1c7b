// The SQL that puts the build's database file (scripts/build/duckdb-file.ts) in front of the reader: the
// file stays attached read-only as `built`, and each of its tables is a view of the same name in the
// in-memory database, so `SELECT … FROM actuals` reads the file where it lies. Nothing is copied: a copy
// of the 8.7 MB file (COPY FROM DATABASE) cost 0.1–1 s of DuckDB's start (docs/performance.md).
//
// Its tables are the build's Parquet files, one each: the app's TABLE_NAMES (tables.ts). So the attach, the
// views and the lockdown go to DuckDB as one text, without asking the file for its list first (that query
// and its round trip were about 0.15 s of DuckDB's start); scripts/build/duckdb-file.test.ts checks the file holds
// exactly TABLE_NAMES.
//
// The lockdown (LOCKDOWN in duckdb.ts, run after these) does not stop DuckDB reading a file attached
// before it, nor a buffer registered with DuckDB-WASM; it does stop any new file or URL.
// scripts/build/duckdb-file.test.ts runs these statements and the lockdown in DuckDB-WASM itself.
//
// A view is replaced by dropping the view (DROP TABLE on a view's name is an error in DuckDB), so the
// code that inserts a table of the same name (duckdb.ts) asks dropSql() which statement it needs.

/** The name under which the file is registered with DuckDB-WASM (registerFileBuffer). */
export const TABLES_FILE_NAME = 'tables.duckdb';
/** The attached database's name: the views read `built.main.<table>`. */
export const ATTACHED = 'built';

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;

export const ATTACH_SQL = `ATTACH '${TABLES_FILE_NAME}' AS ${ATTACHED} (READ_ONLY)`;

/** One text, every view at once (one round trip to DuckDB's worker): `<name>` in the default (in-memory) database reads `built.main.<name>`. */
export function viewsSql(names: readonly string[]): string {
  return names.map((name) => `CREATE VIEW ${quoteIdent(name)} AS SELECT * FROM ${ATTACHED}.main.${quoteIdent(name)}`).join(';\n');
}

/**
 * One text: attach the file, a view per table, then `after` (the lockdown). A statement that fails stops the
 * rest, and the caller's query fails as a whole: DuckDB is never left open without what follows.
 */
export function openSql(names: readonly string[], after: readonly string[]): string {
  return [ATTACH_SQL, viewsSql(names), ...after].join(';\n');
}

/** The statement that removes `name` from the default (in-memory) database: a view of the file or a table. */
export function dropSql(name: string, kind: 'view' | 'table'): string {
  return `DROP ${kind === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS ${quoteIdent(name)}`;
}
