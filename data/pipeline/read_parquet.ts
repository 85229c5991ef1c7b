// Read a Parquet file the way the browser app does (hyparquet, no DuckDB): used by the tests to
// check the files we ship, and usable by calibration scripts.
import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';

export interface ParquetContent {
  columns: string[];
  rows: Record<string, unknown>[];
  codecs: string[];
}

export async function readParquet(file: string): Promise<ParquetContent> {
  const buf = readFileSync(file);
  const arrayBuffer = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const metadata = parquetMetadata(arrayBuffer);
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  const codecs = [...new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => String(c.meta_data?.codec))))];
  const rows = (await parquetReadObjects({ file: arrayBuffer })) as Record<string, unknown>[];
  return { columns, rows, codecs };
}
