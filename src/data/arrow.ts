// Decoded columns → an Apache Arrow table, the form DuckDB-WASM ingests (conn.insertArrowTable).
// Only the DuckDB path imports this module, so Arrow stays out of the first chart's critical path.
import {
  Bool,
  DateDay,
  Float64,
  Int32,
  makeBuilder,
  makeVector,
  Table,
  TimestampMillisecond,
  Utf8,
  type DataType,
  type Vector,
} from 'apache-arrow';
import type { Column, DecodedTable } from './parquet.ts';

const MS_PER_DAY = 86_400_000;

/** Typed values with `valid` applied: missing rows become null. */
function withNulls<T>(values: ArrayLike<T>, valid: Uint8Array | null): (T | null)[] {
  return Array.from(values, (v, i) => (valid && !valid[i] ? null : v));
}

/**
 * A vector of `values` of `type`, null where a value is null. Not Arrow's vectorFromArray: its builders
 * compile the list of null values into a function with `new Function`, which the page's
 * Content-Security-Policy forbids (no 'unsafe-eval', scripts/build/csp.ts). Here the builder gets no
 * null values to compile and a plain test instead.
 */
function vectorFromArray<T extends DataType>(values: ArrayLike<unknown>, type: T): Vector<T> {
  const builder = makeBuilder({ type });
  builder.isValid = (value: unknown) => value !== null && value !== undefined;
  for (let i = 0; i < values.length; i++) builder.append(values[i] as T['TValue'] | null);
  return builder.finish().toVector();
}

function toVector(column: Column): Vector<DataType> {
  switch (column.type) {
    case 'int32':
      // Without missing values the typed array is used as is (no copy).
      return column.valid ? vectorFromArray(withNulls(column.values, column.valid), new Int32()) : makeVector(column.values);
    case 'float64':
      return column.valid ? vectorFromArray(withNulls(column.values, column.valid), new Float64()) : makeVector(column.values);
    case 'date':
      // Arrow's JS builders take dates and timestamps as epoch milliseconds.
      return vectorFromArray(
        withNulls(
          Array.from(column.values, (d) => d * MS_PER_DAY),
          column.valid,
        ),
        new DateDay(),
      );
    case 'timestamp':
      return vectorFromArray(withNulls(column.values, column.valid), new TimestampMillisecond());
    case 'string':
      return vectorFromArray(column.values, new Utf8());
    case 'boolean':
      return vectorFromArray(column.values, new Bool());
  }
}

export function toArrowTable(table: DecodedTable): Table {
  const vectors: Record<string, Vector<DataType>> = {};
  for (const column of table.columns) vectors[column.name] = toVector(column);
  return new Table(vectors);
}
