// A decoded table (a Parquet table, or a projection table built for DuckDB) → CSV, row by row, with
// missing values as empty fields. Dates are written YYYY-MM-DD, timestamps as ISO 8601 (UTC).
import type { Column, DecodedTable } from '../data/parquet.ts';
import { toCsv, type CsvValue } from './csv.ts';

const MS_PER_DAY = 86_400_000;

function cell(column: Column, row: number): CsvValue {
  switch (column.type) {
    case 'string':
    case 'boolean':
      return column.values[row];
    default: {
      if (column.valid && !column.valid[row]) return null;
      const v = column.values[row];
      if (column.type === 'date') return new Date(v * MS_PER_DAY).toISOString().slice(0, 10);
      if (column.type === 'timestamp') return new Date(v).toISOString();
      return v;
    }
  }
}

export function decodedTableCsv(table: DecodedTable): string {
  const { columns } = table;
  function* rows() {
    for (let r = 0; r < table.numRows; r++) yield columns.map((c) => cell(c, r));
  }
  return toCsv(
    columns.map((c) => c.name),
    rows(),
  );
}
