// Test helper (Vitest only): the same DuckDB-WASM build the browser runs (node bundle, EH wasm), locked
// down as in the app (LOCKDOWN), with the real tables of public/data/ inserted as Arrow, decoded with
// hyparquet exactly as the browser does. Queries answer with DuckDB's own Arrow output, so the tests
// of result conversion and of the example queries see what the console will see.
import { tableToIPC, type Table } from 'apache-arrow';
import { toArrowTable } from '../../data/arrow.ts';
import { LOCKDOWN } from '../../data/lockdown.ts';
import { decodeParquet, type DecodedTable } from '../../data/parquet.ts';

// src/ is type-checked without Node's types (it is browser code), so Node modules are imported by name.
const FS = 'node:fs';
const PATH = 'node:path';
const MODULE = 'node:module';

export interface TestDatabase {
  queryArrow(sql: string): Table;
  insert(name: string, table: DecodedTable): void;
}

let opened: Promise<TestDatabase> | null = null;

/** DuckDB-WASM in Node (opened once per test file), with every Parquet table of public/data/ inserted. */
export function openTestDatabase(): Promise<TestDatabase> {
  opened ??= (async () => {
    const fs = (await import(/* @vite-ignore */ FS)) as { readFileSync(path: URL | string): Uint8Array; readdirSync(path: URL): string[] };
    const path = (await import(/* @vite-ignore */ PATH)) as { dirname(p: string): string; join(...p: string[]): string };
    const { createRequire } = (await import(/* @vite-ignore */ MODULE)) as { createRequire(url: string): { resolve(id: string): string } };
    const duckdb = await import('@duckdb/duckdb-wasm/blocking');
    const dist = path.dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
    const bundles = {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    };
    const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
    await db.instantiate();
    db.open({});
    const conn = db.connect();
    for (const statement of LOCKDOWN) conn.query(statement);
    const insert = (name: string, table: DecodedTable) => {
      conn.query(`DROP TABLE IF EXISTS "${name}"`);
      // As IPC bytes: the node bundle's own Arrow copy does not recognise this module's Table objects.
      conn.insertArrowFromIPCStream(tableToIPC(toArrowTable(table), 'stream'), { name, create: true });
    };
    const dir = new URL('../../../public/data/', import.meta.url);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.parquet'))) {
      const bytes = fs.readFileSync(new URL(file, dir));
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      insert(file.replace(/\.parquet$/, ''), await decodeParquet(buffer, `data/${file}`));
    }
    return { queryArrow: (sql: string) => conn.query(sql) as unknown as Table, insert };
  })();
  return opened;
}
