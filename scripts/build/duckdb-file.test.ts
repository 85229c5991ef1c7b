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
import { LOCKDOWN } from '../../src/data/lockdown.ts';
import { decodeParquet } from '../../src/data/parquet.ts';
import { ATTACHED, dropSql, openSql, TABLES_FILE_NAME } from '../../src/data/tables-file.ts';
import { TABLE_NAMES } from '../../src/data/tables.ts';
import { BLOCK_SIZE, buildTablesFile, PUBLIC_DATA } from './duckdb-file.ts';

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

const rowsOf = (c: Connection, sql: string): Record<string, unknown>[] =>
  c
    .query(sql)
    .toArray()
    .map((r) => ({ ...r.toJSON() }));
const rows = (sql: string) => rowsOf(conn, sql);

/** A new in-memory DuckDB-WASM (its Node build, with the EH wasm the browser runs). */
async function openDuckdb() {
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
  return db;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tables-file-test-'));
  const file = path.join(work, 'tables.duckdb');
  names = await buildTablesFile(PUBLIC_DATA, file);
  const db = await openDuckdb();
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

  it('holds exactly the app’s tables (TABLE_NAMES), which the app makes views of without asking the file', () => {
    expect([...names].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('is written with small blocks, which DuckDB-WASM reads', () => {
    expect(rows(`SELECT block_size::INTEGER AS b FROM pragma_database_size() WHERE database_name = 'built'`)).toEqual([{ b: BLOCK_SIZE }]);
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

// What the app does with the file (src/data/duckdb.ts): attach it, a view per table, then the lockdown.
describe('the file attached and locked down, each table a view of it', () => {
  let app: Connection;
  const appRows = (sql: string) => rowsOf(app, sql);

  beforeAll(async () => {
    const db = await openDuckdb();
    app = db.connect();
    db.registerFileBuffer(TABLES_FILE_NAME, new Uint8Array(readFileSync(path.join(work, 'tables.duckdb'))));
    // As src/data/duckdb.ts sends them: the attach, the views of TABLE_NAMES and the lockdown in one text.
    app.query(openSql(TABLE_NAMES, LOCKDOWN));
  }, 120_000);

  it('lists every table of the file', () => {
    const listed = appRows(
      `SELECT table_name FROM duckdb_tables() WHERE database_name = '${ATTACHED}' AND schema_name = 'main' ORDER BY table_name`,
    );
    expect(listed.map((r) => r.table_name)).toEqual([...names].sort());
  });

  it('reads every view after the lockdown, with the columns, types and rows the app inserts', () => {
    for (const name of names) {
      const columns = (c: Connection) =>
        rowsOf(
          c,
          `SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = 'memory' AND table_schema = 'main' AND table_name = '${name}' ORDER BY ordinal_position`,
        );
      expect(columns(app), name).toEqual(columns(conn));
      const sum = (c: Connection) =>
        rowsOf(c, `SELECT count(*)::INTEGER AS n, hash(list(t ORDER BY ALL))::VARCHAR AS h FROM "${name}" t`)[0];
      expect(sum(app), name).toEqual(sum(conn));
    }
  });

  it('still refuses any other file or URL, and changing the lockdown', () => {
    expect(() => app.query(`ATTACH 'https://example.com/x.duckdb' AS other`)).toThrow(/Permission Error/);
    expect(() => app.query(`SELECT * FROM read_csv('https://example.com/x.csv')`)).toThrow(/Permission Error/);
    expect(() => app.query(`SELECT * FROM read_csv('${path.join(PUBLIC_DATA, '..', 'index.html')}')`)).toThrow(/Permission Error/);
    expect(() => app.query('SET enable_external_access = true')).toThrow(/locked/);
  });

  it('replaces a view by a table of the same name only through DROP VIEW (what Database.insert does)', () => {
    expect(() => app.query(dropSql('actuals', 'table'))).toThrow(/is of type View/);
    app.query(dropSql('actuals', 'view'));
    app.query('CREATE TABLE actuals AS SELECT 1 AS x');
    expect(appRows('SELECT x FROM actuals')).toEqual([{ x: 1 }]);
    app.query(dropSql('actuals', 'table'));
    expect(appRows(`SELECT count(*)::INTEGER AS n FROM duckdb_views() WHERE view_name = 'actuals'`)).toEqual([{ n: 0 }]);
  });
});
