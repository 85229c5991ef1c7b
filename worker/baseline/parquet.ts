// Reading one Parquet table (hyparquet: Node and browsers) into plain rows, with messages naming the file.
import { parquetMetadata, parquetReadObjects } from 'hyparquet';

/** Gets a file's bytes by name, e.g. from public/data/ (fs in Node, fetch in the browser). Throws if absent. */
export type ReadFile = (name: string) => Promise<ArrayBuffer>;

export type Row = Record<string, unknown>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads the given columns of a table. INTEGER/BIGINT values come back as numbers (hyparquet gives BigInt for
 * 64-bit integers). `hint` is added to the message when the file cannot be read.
 */
export async function readTable(readFile: ReadFile, name: string, columns: readonly string[], hint?: string): Promise<Row[]> {
  let buffer: ArrayBuffer;
  try {
    buffer = await readFile(name);
  } catch (error) {
    throw new Error(`${name} could not be read (${message(error)})${hint ? `: ${hint}` : ''}`);
  }
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw new Error(`${name} is not a readable Parquet file (${message(error)})`);
  }
  const present = metadata.schema.slice(1).map((element) => element.name);
  for (const column of columns) {
    if (!present.includes(column)) throw new Error(`${name} has no column ${column} (columns: ${present.join(', ')})`);
  }
  const rows = await parquetReadObjects({ file: buffer, metadata, columns: [...columns] });
  for (const row of rows) {
    for (const key in row) if (typeof row[key] === 'bigint') row[key] = Number(row[key]);
  }
  return rows;
}

/** A finite number from a row, or an Error naming the table, row and column. */
export function numberIn(row: Row, column: string, table: string, index: number): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${table} row ${index + 1}: ${column} is ${JSON.stringify(value) ?? String(value)}, not a number`);
  }
  return value;
}
