// The tables' database file (duckdb-file.ts) holds what the app's own path would insert: for every
// Parquet file of the build, DuckDB-WASM (its Node build, the engine the browser runs) sees the same
// column names, the same types and the same rows in the attached file as in the table inserted from
// hyparquet → Arrow (src/data/arrow.ts). The file is rebuilt at every build, so it cannot be stale;
// this test fails when the two paths would give different tables.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArrowTable } from '../../src/data/arrow.ts';
import { decodeParquet } from '../../src/data/parquet.ts';
import { buildTablesFile, PUBLIC_DATA } from './duckdb-file.ts';

// The parts of DuckDB-WASM's Node build used here (its .d.ts is not reachable through the package's "exports").
interface Connection {
  query(sql: string): { toArray(): { toJSON(): Record<string, unknown> }[] };
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): void;
}
interface Blocking {
  VoidLogger: new () => unknown;
  NODE_RUNTIME: unknown;
  createDuckDB(
    bundles: Record<string, { mainModule: string; mainWorker: string }>,
    logger: unknown,
    runtime: unknown,
  ): Promise<{
    instantiate(): Promise<unknown>;
    open(config: object): void;
    connect(): Connection;
    registerFileBuffer(name: string, bytes: Uint8Array): void;
  }>;
}
const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as Blocking;

const PARQUET = readdirSync(PUBLIC_DATA)
  .filter((f) => f.endsWith('.parquet'))
  .sort();
let work: string;
let names: string[];
let conn: Connection;

const rows = (sql: string): Record<string, unknown>[] =>
  conn
    .query(sql)
    .toArray()
    .map((r) => ({ ...r.toJSON() }));

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tables-file-test-'));
  const file = path.join(work, 'tables.duckdb');
  names = await buildTablesFile(PUBLIC_DATA, file);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({});
  conn = db.connect();
  for (const f of PARQUET) {
    const bytes = readFileSync(path.join(PUBLIC_DATA, f));
    const decoded = await decodeParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), `data/${f}`);
    // As IPC bytes: this Node build's insertArrowTable does not take a Table made by our copy of apache-arrow.
    conn.insertArrowFromIPCStream(tableToIPC(toArrowTable(decoded), 'stream'), { name: f.slice(0, -'.parquet'.length), create: true });
  }
  db.registerFileBuffer('tables.duckdb', new Uint8Array(readFileSync(file)));
  conn.query(`ATTACH 'tables.duckdb' AS built (READ_ONLY)`);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the tables database file', () => {
  it('has one table per Parquet file of the build', () => {
    expect(names).toEqual(PARQUET.map((f) => f.slice(0, -'.parquet'.length)));
    expect(
      rows(`SELECT table_name FROM duckdb_tables() WHERE database_name = 'built' ORDER BY table_name`).map((r) => r.table_name),
    ).toEqual([...names].sort());
  });

  it('gives every table the columns and types the app inserts', () => {
    for (const name of names) {
      const columns = (db: string) =>
        rows(
          `SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = '${db}' AND table_name = '${name}' ORDER BY column_index`,
        );
      expect(columns('built'), name).toEqual(columns('memory'));
    }
  });

  it('holds the same rows as the Parquet files, inserted the way the app does', () => {
    for (const name of names) {
      const count = (sql: string) => Number(rows(`SELECT count(*)::INTEGER AS n FROM (${sql})`)[0].n);
      expect(count(`SELECT * FROM memory."${name}"`), name).toBe(count(`SELECT * FROM built."${name}"`));
      expect(count(`SELECT * FROM memory."${name}" EXCEPT ALL SELECT * FROM built."${name}"`), `${name}: rows missing from the file`).toBe(
        0,
      );
      expect(count(`SELECT * FROM built."${name}" EXCEPT ALL SELECT * FROM memory."${name}"`), `${name}: rows only in the file`).toBe(0);
    }
  });
});
