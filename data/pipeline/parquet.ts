// Write rows to one Parquet file through DuckDB: typed table → appender → COPY … ORDER BY → Snappy.
// Explicit column types and sort order make the bytes depend only on the rows.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** NULL allowed (e.g. the upper age of an open group). */
  nullable?: boolean;
}

export interface TableSpec<R> {
  /** File name without extension: public/data/<name>.parquet. */
  name: string;
  columns: ColumnSpec[];
  /** Sort keys; together they must identify a row (checked). */
  orderBy: (keyof R & string)[];
}

/** A DuckDB connection set up for reproducible output (one thread, no extension autoloading). */
export async function openDuckDB(): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '1',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const conn = await instance.connect();
  return {
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;
const quoteString = (s: string) => `'${s.replaceAll("'", "''")}'`;

function checkValue(spec: TableSpec<unknown>, col: ColumnSpec, value: unknown, row: number): void {
  const where = `${spec.name}.parquet row ${row}, column ${col.name}`;
  if (value === null || value === undefined) {
    if (!col.nullable) throw new Error(`${where}: missing value`);
    return;
  }
  const ok =
    col.type === 'VARCHAR'
      ? typeof value === 'string'
      : col.type === 'BOOLEAN'
        ? typeof value === 'boolean'
        : col.type === 'INTEGER'
          ? Number.isInteger(value) && Math.abs(value as number) < 2 ** 31
          : typeof value === 'number' && Number.isFinite(value);
  if (!ok) throw new Error(`${where}: ${JSON.stringify(value)} is not a valid ${col.type}`);
}

/** Write `rows` to <outDir>/<spec.name>.parquet (Snappy), sorted by spec.orderBy. Returns the file path. */
export async function writeParquet<R extends object>(
  conn: DuckDBConnection,
  spec: TableSpec<R>,
  rows: readonly R[],
  outDir: string,
): Promise<string> {
  if (rows.length === 0) throw new Error(`${spec.name}: no rows to write`);
  const keys = new Set<string>();
  rows.forEach((r, i) => {
    const rec = r as Record<string, unknown>;
    for (const col of spec.columns) checkValue(spec as TableSpec<unknown>, col, rec[col.name], i);
    const extra = Object.keys(rec).filter((k) => !spec.columns.some((c) => c.name === k));
    if (extra.length) throw new Error(`${spec.name}.parquet row ${i}: fields not in the table spec: ${extra.join(', ')}`);
    const key = JSON.stringify(spec.orderBy.map((k) => rec[k]));
    if (keys.has(key)) throw new Error(`${spec.name}.parquet: two rows share the sort key ${key}`);
    keys.add(key);
  });

  const table = quoteIdent(`tmp_${spec.name}`);
  await conn.run(`DROP TABLE IF EXISTS ${table}`);
  await conn.run(`CREATE TABLE ${table} (${spec.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ')})`);
  const appender = await conn.createAppender(`tmp_${spec.name}`);
  for (const r of rows) {
    const rec = r as Record<string, unknown>;
    for (const col of spec.columns) {
      const v = rec[col.name];
      if (v === null || v === undefined) appender.appendNull();
      else if (col.type === 'VARCHAR') appender.appendVarchar(v as string);
      else if (col.type === 'BOOLEAN') appender.appendBoolean(v as boolean);
      else if (col.type === 'INTEGER') appender.appendInteger(v as number);
      else appender.appendDouble(v as number);
    }
    appender.endRow();
  }
  appender.closeSync();

  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${spec.name}.parquet`);
  const cols = spec.columns.map((c) => quoteIdent(c.name)).join(', ');
  const order = spec.orderBy.map(quoteIdent).join(', ');
  await conn.run(`COPY (SELECT ${cols} FROM ${table} ORDER BY ${order}) TO ${quoteString(file)} (FORMAT parquet, COMPRESSION snappy)`);
  await conn.run(`DROP TABLE ${table}`);
  return file;
}
