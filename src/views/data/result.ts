// A query result as DuckDB-WASM hands it over (an Arrow table) → what the console shows, charts and
// exports, without asking the analyst to cast. Every column keeps its SQL type name, and each value
// has two forms:
//   text   exact, for the table on screen and for CSV: BIGINT and DECIMAL digits as DuckDB has them
//   value  plain JavaScript for charts: BIGINT → number within ±2^53, beyond → its exact text;
//          DECIMAL → the nearest number (exact text kept in `text`)
// Types Arrow cannot hand over faithfully here (INTERVAL) have no value: the column says so and
// the analyst casts it to VARCHAR. Checks go by Arrow's type ids, never instanceof, so tables made
// by another copy of apache-arrow (DuckDB's Node build in tests) are read the same way.
import { DataType, type Field, type Table } from 'apache-arrow';

/**
 * How a column is read:
 * number   plain numbers (TINYINT … INTEGER, FLOAT, DOUBLE)
 * bigint   64-bit integers (BIGINT, UBIGINT)
 * decimal  DECIMAL(p,s), and HUGEINT, which DuckDB sends as DECIMAL(38,0)
 * text, boolean
 * date     YYYY-MM-DD
 * time     HH:MM:SS[.ffffff]
 * timestamp  YYYY-MM-DD HH:MM:SS[.sss] (Arrow hands over milliseconds)
 * nested   LIST, STRUCT, MAP: shown as JSON
 * binary   BLOB: shown as \xNN bytes, as DuckDB prints them
 * unsupported  no faithful reading (INTERVAL, …): cast it to VARCHAR
 */
export type ColumnKind =
  'number' | 'bigint' | 'decimal' | 'text' | 'boolean' | 'date' | 'time' | 'timestamp' | 'nested' | 'binary' | 'unsupported';

export interface ResultColumn {
  readonly name: string;
  /** The SQL type as Arrow reports it: INTEGER, BIGINT, DECIMAL(10,2), VARCHAR, DATE, INTEGER[] … */
  readonly sqlType: string;
  readonly kind: ColumnKind;
  /** DECIMAL scale (digits after the point). */
  readonly scale: number;
}

/** A value for charts and rows: what JavaScript can hold without loss of meaning. */
export type PlainValue = number | string | boolean | null;

/** Kinds whose values are numbers (BIGINT beyond ±2^53 excepted: those are exact text). */
export const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set(['number', 'bigint', 'decimal']);

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function sqlTypeOf(type: DataType): string {
  if (DataType.isDictionary(type)) return sqlTypeOf(type.dictionary);
  if (DataType.isInt(type))
    return (type.isSigned ? ['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT'] : ['UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT'])[
      Math.log2(type.bitWidth) - 3
    ];
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isTimestamp(type)) return type.timezone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
  if (DataType.isInterval(type)) return 'INTERVAL';
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type)) return 'BLOB';
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) return `${sqlTypeOf(type.children[0].type)}[]`;
  if (DataType.isStruct(type)) return `STRUCT(${type.children.map((f: Field) => `${f.name} ${sqlTypeOf(f.type)}`).join(', ')})`;
  if (DataType.isMap(type)) return 'MAP';
  if (DataType.isNull(type)) return 'NULL';
  return String(type).toUpperCase();
}

function kindOf(type: DataType): ColumnKind {
  if (DataType.isDictionary(type)) return kindOf(type.dictionary);
  if (DataType.isInt(type)) return type.bitWidth === 64 ? 'bigint' : 'number';
  if (DataType.isFloat(type)) return 'number';
  if (DataType.isDecimal(type)) return 'decimal';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'text';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTime(type)) return 'time';
  if (DataType.isTimestamp(type)) return 'timestamp';
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type)) return 'binary';
  if (DataType.isList(type) || DataType.isFixedSizeList(type) || DataType.isStruct(type) || DataType.isMap(type)) return 'nested';
  if (DataType.isNull(type)) return 'text'; // SELECT NULL: every value is null
  return 'unsupported';
}

/** The columns of a result, in order. */
export function resultColumns(table: Table): ResultColumn[] {
  return table.schema.fields.map((field) => ({
    name: field.name,
    sqlType: sqlTypeOf(field.type),
    kind: kindOf(field.type),
    scale: DataType.isDecimal(field.type) ? field.type.scale : 0,
  }));
}

/** An unscaled integer's digits with the decimal point put back: ("-35", 1) → "-3.5". */
export function decimalText(unscaled: string, scale: number): string {
  if (scale <= 0) return unscaled;
  const negative = unscaled.startsWith('-');
  const digits = (negative ? unscaled.slice(1) : unscaled).padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function timestampText(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2020-01-02T03:04:05.678Z
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  return ms % 1000 === 0 ? text : `${text}${iso.slice(19, 23)}`;
}

/** Time of day from Arrow's value in its unit (0 s, 1 ms, 2 µs, 3 ns). */
function timeText(raw: number | bigint, unit: number): string {
  const perSecond = 10n ** BigInt(unit * 3);
  const total = BigInt(raw);
  const seconds = Number(total / perSecond);
  const fraction = total % perSecond;
  const text = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return fraction === 0n
    ? text
    : `${text}.${String(fraction)
        .padStart(unit * 3, '0')
        .replace(/0+$/, '')}`;
}

function bytesText(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes)
    text += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return text;
}

/** A 64-bit integer as a number when that is exact, else as its digits. */
function bigintValue(n: bigint): number | string {
  return n >= -MAX_SAFE && n <= MAX_SAFE ? Number(n) : String(n);
}

/** A nested value (LIST, STRUCT, MAP) as JSON-ready data, each element read by its own type. */
function jsonValue(type: DataType, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (DataType.isDictionary(type)) return jsonValue(type.dictionary, raw);
  if (DataType.isList(type) || DataType.isFixedSizeList(type))
    return Array.from(raw as Iterable<unknown>, (v) => jsonValue(type.children[0].type, v));
  if (DataType.isStruct(type)) {
    const row = raw as Record<string, unknown>;
    return Object.fromEntries(type.children.map((f: Field) => [f.name, jsonValue(f.type, row[f.name])]));
  }
  if (DataType.isMap(type)) return (raw as { toJSON(): unknown }).toJSON();
  const column = { name: '', sqlType: '', kind: kindOf(type), scale: DataType.isDecimal(type) ? type.scale : 0 };
  return cellValue(column, raw, type);
}

/** Arrow's unit of a TIME column (0 s, 1 ms, 2 µs, 3 ns). */
const timeUnit = (type: DataType | undefined) => (type && DataType.isTime(type) ? (type.unit as number) : 0);

/**
 * Exact text of one raw Arrow value (null for SQL NULL): for the table on screen and for CSV.
 * `type` is the column's Arrow type, needed for TIME units and nested values.
 */
export function cellText(column: ResultColumn, raw: unknown, type?: DataType): string | null {
  if (raw === null || raw === undefined) return null;
  switch (column.kind) {
    case 'number':
    case 'bigint':
    case 'text':
    case 'boolean':
      return String(raw);
    case 'decimal':
      return decimalText(String(raw), column.scale);
    case 'date':
      return dateText(Number(raw));
    case 'timestamp':
      // Arrow hands over UTC milliseconds; DuckDB prints a TIMESTAMPTZ in UTC with "+00".
      return timestampText(Number(raw)) + (type && DataType.isTimestamp(type) && type.timezone ? '+00' : '');
    case 'time':
      return timeText(raw as number | bigint, timeUnit(type));
    case 'binary':
      return bytesText(raw as Uint8Array);
    case 'nested':
      return JSON.stringify(type ? jsonValue(type, raw) : raw);
    case 'unsupported':
      return null;
  }
}

/** The plain value of one raw Arrow value: numbers where exact enough for a chart, else text. */
export function cellValue(column: ResultColumn, raw: unknown, type?: DataType): PlainValue {
  if (raw === null || raw === undefined) return null;
  switch (column.kind) {
    case 'number':
      return raw as number;
    case 'boolean':
      return raw as boolean;
    case 'bigint':
      return bigintValue(raw as bigint);
    case 'decimal':
      return Number(decimalText(String(raw), column.scale));
    default:
      return cellText(column, raw, type);
  }
}

/** A result's columns with their raw readers: read once, then rows in any range. */
export interface ReadResult {
  readonly columns: readonly ResultColumn[];
  readonly numRows: number;
  /** Exact texts of rows [from, to). */
  texts(from?: number, to?: number): (string | null)[][];
  /** Plain values of rows [from, to). */
  values(from?: number, to?: number): PlainValue[][];
}

export function readResult(table: Table): ReadResult {
  const columns = resultColumns(table);
  const vectors = columns.map((_, i) => table.getChildAt(i)!);
  const types = table.schema.fields.map((f) => f.type);
  const rows = <T>(read: (c: ResultColumn, raw: unknown, type: DataType) => T, from = 0, to = table.numRows): T[][] => {
    const out: T[][] = [];
    for (let r = Math.max(0, from); r < Math.min(to, table.numRows); r++)
      out.push(columns.map((c, i) => read(c, vectors[i].get(r), types[i])));
    return out;
  };
  return {
    columns,
    numRows: table.numRows,
    texts: (from, to) => rows(cellText, from, to),
    values: (from, to) => rows(cellValue, from, to),
  };
}
