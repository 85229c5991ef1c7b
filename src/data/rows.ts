// Arrow query results → plain JavaScript rows, for charts and tables.
import { DataType, type Table } from 'apache-arrow';

/**
 * A result column whose values would not be plain numbers. DuckDB returns BIGINT for count(*)
 * and sum(integer), HUGEINT/DECIMAL for sums of decimals: cast in SQL (count(*)::INTEGER,
 * sum(x)::DOUBLE) so every chart gets numbers, never bigint or Decimal objects.
 */
export class UncastColumnError extends Error {
  override name = 'UncastColumnError';
  constructor(
    readonly column: string,
    readonly sqlType: string,
  ) {
    super(`column "${column}" is ${sqlType}: cast it in SQL (${column}::INTEGER or ${column}::DOUBLE) to get plain numbers`);
  }
}

function uncastType(type: DataType): string | null {
  if (DataType.isInt(type) && type.bitWidth === 64) return type.isSigned ? 'BIGINT' : 'UBIGINT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  return null;
}

/** Rows of `table` as objects keyed by column name. Throws UncastColumnError for bigint/decimal columns. */
export function tableToRows<T extends Record<string, unknown>>(table: Table): T[] {
  const fields = table.schema.fields;
  for (const field of fields) {
    const sqlType = uncastType(field.type);
    if (sqlType) throw new UncastColumnError(field.name, sqlType);
  }
  const columns = fields.map((_, i) => table.getChildAt(i)!);
  const rows: T[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < fields.length; c++) row[fields[c].name] = columns[c].get(r);
    rows[r] = row as T;
  }
  return rows;
}
