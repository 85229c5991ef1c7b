// The tables as one DuckDB database file, built from public/data/*.parquet at the start of every
// build (and of the dev server) into src/data/tables.duckdb, a build output that git ignores. The app
// imports it by URL (src/data/duckdb.ts: Vite emits it as a hashed asset), attaches it read-only and
// makes each of its tables a view (src/data/tables-file.ts), where decoding the Parquet files with
// hyparquet and inserting them as Arrow took 0.5–1.4 s on the data view (docs/performance.md).
//
// Fresh by construction (built from the very Parquet files the build ships, every time), and each
// column gets the type the app's own path (hyparquet → Arrow → DuckDB) gives it: the columns are
// decoded with src/data/parquet.ts and cast accordingly (an INT64 that fits becomes INTEGER…).
// scripts/build/duckdb-file.test.ts checks, with DuckDB-WASM itself, that the file's tables equal
// the inserted ones, types and rows.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Plugin } from 'vite';
import { decodeParquet, type ColumnType } from '../../src/data/parquet.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PUBLIC_DATA = path.join(ROOT, 'public', 'data');
export const TABLES_FILE = path.join(ROOT, 'src', 'data', 'tables.duckdb');

/** The DuckDB type DuckDB-WASM gives each decoded column type when it ingests the Arrow table (src/data/arrow.ts). */
const SQL_TYPE: Record<ColumnType, string> = {
  int32: 'INTEGER',
  float64: 'DOUBLE',
  string: 'VARCHAR',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP_MS',
};

/** DuckDB's smallest block size; DuckDB-WASM 1.32 (DuckDB 1.4.3) reads such files (duckdb-file.test.ts). */
export const BLOCK_SIZE = 16384;

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;
const quoteString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Writes a DuckDB file at `out` with one table per Parquet file in `dir`; returns the table names. */
export async function buildTablesFile(dir: string, out: string): Promise<string[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'tables-duckdb-'));
  const file = path.join(work, 'tables.duckdb');
  const names: string[] = [];
  try {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      // 16 KB blocks instead of DuckDB's default 256 KB: every table takes whole blocks, and ours are small,
      // so the file is 1.9 MB instead of 8.7 MB for the app to fetch, hand to DuckDB's worker and keep.
      await conn.run(`ATTACH ${quoteString(file)} AS out (BLOCK_SIZE ${BLOCK_SIZE})`);
      await conn.run('USE out');
      for (const f of readdirSync(dir)
        .filter((f) => f.endsWith('.parquet'))
        .sort()) {
        const name = f.slice(0, -'.parquet'.length);
        const bytes = readFileSync(path.join(dir, f));
        const decoded = await decodeParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), `data/${f}`);
        const columns = decoded.columns.map((c) => `CAST(${quoteIdent(c.name)} AS ${SQL_TYPE[c.type]}) AS ${quoteIdent(c.name)}`);
        await conn.run(
          `CREATE TABLE ${quoteIdent(name)} AS SELECT ${columns.join(', ')} FROM read_parquet(${quoteString(path.join(dir, f))})`,
        );
        names.push(name);
      }
      await conn.run('CHECKPOINT out');
      await conn.run('USE memory');
      await conn.run('DETACH out');
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
    writeFileSync(out, readFileSync(file));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return names;
}

/** Vite plugin: builds src/data/tables.duckdb before anything is bundled (build and dev). */
export function duckdbTablesFile(): Plugin {
  return {
    name: 'suginami:duckdb-tables-file',
    async buildStart() {
      await buildTablesFile(PUBLIC_DATA, TABLES_FILE);
    },
  };
}
