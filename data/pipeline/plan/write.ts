/**
 * Write one table to Parquet through DuckDB: create the table with the declared types, append the
 * checked rows, COPY it out in a fixed order with Snappy compression (hyparquet reads it natively).
 */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkRow, type Row, type TableSpec } from './schema.ts';

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Create (or replace) `spec.name` in the connection's database and fill it with `rows`. */
export async function loadTable(conn: DuckDBConnection, spec: TableSpec, rows: Row[]): Promise<void> {
  rows.forEach((r, i) => checkRow(spec, r, i));
  const cols = spec.columns.map((c) => `${ident(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(', ');
  await conn.run(`CREATE OR REPLACE TABLE ${ident(spec.name)} (${cols})`);
  const appender = await conn.createAppender(spec.name);
  try {
    for (const row of rows) {
      for (const col of spec.columns) {
        const v = row[col.name];
        if (v === null) appender.appendNull();
        else if (col.type === 'INTEGER') appender.appendInteger(v as number);
        else if (col.type === 'DOUBLE') appender.appendDouble(v as number);
        else if (col.type === 'BOOLEAN') appender.appendBoolean(v as boolean);
        else appender.appendVarchar(v as string);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Load the table, then write `<outDir>/<name>.parquet`. Returns the file path. */
export async function writeTable(conn: DuckDBConnection, spec: TableSpec, rows: Row[], outDir: string): Promise<string> {
  await loadTable(conn, spec, rows);
  const file = join(outDir, `${spec.name}.parquet`);
  const order = spec.orderBy.map(ident).join(', ');
  await conn.run(`COPY (SELECT * FROM ${ident(spec.name)} ORDER BY ${order}) TO ${literal(file)} (FORMAT parquet, COMPRESSION 'snappy')`);
  return file;
}
