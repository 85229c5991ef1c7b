// What DuckDB may do once the app's tables are in it (src/data/duckdb.ts runs it at open; the Vitest helpers
// and scripts/build/duckdb-file.test.ts run it too, so their DuckDB is locked down as the browser's is).
/**
 * Run once per connection, in this order: nothing may install or load an extension (they come
 * from a remote server), nothing may read files or URLs outside the tables we insert and the build's
 * database file attached before (it stays readable: scripts/build/duckdb-file.test.ts), and no SQL
 * typed later in the analyst view may switch that back on.
 */
export const LOCKDOWN = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];
