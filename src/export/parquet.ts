// Decoded columns (the form the Parquet tables and the projection tables share, src/data/parquet.ts)
// → a Parquet file, with hyparquet-writer (Snappy, which hyparquet and DuckDB read). Loaded only when
// a Parquet download is asked for (a dynamic import from the data view).
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { DecodedTable, NamedColumn } from '../data/parquet.ts';

export const PARQUET_TYPE = 'application/vnd.apache.parquet';

function columnData(column: NamedColumn) {
  const present = (i: number) => !('valid' in column) || column.valid === null || column.valid[i] === 1;
  switch (column.type) {
    case 'int32':
      return { name: column.name, type: 'INT32' as const, data: Array.from(column.values, (v, i) => (present(i) ? v : null)) };
    case 'float64':
      return {
        name: column.name,
        type: 'DOUBLE' as const,
        data: Array.from(column.values, (v, i) => (present(i) && !Number.isNaN(v) ? v : null)),
      };
    case 'date':
      // hyparquet-writer has no DATE basic type: a date is written as its midnight (UTC) timestamp.
      return {
        name: column.name,
        type: 'TIMESTAMP' as const,
        data: Array.from(column.values, (v, i) => (present(i) ? new Date(v * 86_400_000) : null)),
      };
    case 'timestamp':
      return {
        name: column.name,
        type: 'TIMESTAMP' as const,
        data: Array.from(column.values, (v, i) => (present(i) ? new Date(v) : null)),
      };
    case 'string':
      return { name: column.name, type: 'STRING' as const, data: [...column.values] };
    case 'boolean':
      return { name: column.name, type: 'BOOLEAN' as const, data: [...column.values] };
  }
}

export function tableToParquet(table: DecodedTable): ArrayBuffer {
  return parquetWriteBuffer({ columnData: table.columns.map(columnData) });
}
