// CSV for the pipeline: csv-parse (node-csv) reads, so quoting, escaped quotes, line breaks inside
// fields, a BOM and mixed CRLF/LF are handled by a maintained parser; here are only our conventions:
// rows as string arrays for the raw sources (headers, footers and "-" placeholders stay under our
// control), records keyed by the header for the reviewed files, and errors that name the file and line.
import { readFileSync } from 'node:fs';
import { CsvError as ParseError, parse, type Options } from 'csv-parse/sync';

/** A CSV problem, naming the file and (where known) the line. */
export class CsvError extends Error {
  constructor(file: string, message: string, line?: number) {
    super(`${file}${line ? ` line ${line}` : ''}: ${message}`);
    this.name = 'CsvError';
  }
}

const OPTIONS: Options = { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true };

/** The parser's own message, made readable ("unterminated quoted field", "a quote inside an unquoted field"). */
function explain(error: unknown, file: string): never {
  if (error instanceof ParseError) {
    const line = (error as ParseError & { lines?: number }).lines;
    const what =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'unterminated quoted field'
        : error.code === 'INVALID_OPENING_QUOTE'
          ? 'a quote inside an unquoted field'
          : error.message;
    throw new CsvError(file, what, line);
  }
  throw error;
}

/** Parse CSV text into rows of fields (every row kept, ragged rows allowed). */
export function parseCsv(text: string, file = 'CSV'): string[][] {
  try {
    return parse(text, OPTIONS) as string[][];
  } catch (error) {
    explain(error, file);
  }
}

/** Read a CSV file; the first row is the header. Errors name the file. */
export function readCsv(file: string): { header: string[]; rows: string[][] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read raw file ${file}: ${(e as Error).message}`);
  }
  const [header, ...rows] = parseCsv(text, file);
  if (!header) throw new Error(`raw file ${file} is empty`);
  return { header, rows };
}

/**
 * Records keyed by the header, for the reviewed files beside the pipeline (translations, SDG links…).
 * Blank lines are skipped; every row must have the header's number of fields; `expectedColumns` must all
 * be present. Errors name the file and the line.
 */
export function parseRecords(text: string, file: string, expectedColumns?: readonly string[]): Record<string, string>[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { ...OPTIONS, skip_empty_lines: true, info: true }) as unknown as typeof rows;
  } catch (error) {
    explain(error, file);
  }
  if (rows.length === 0) throw new CsvError(file, 'no header row');
  const [header, ...body] = rows;
  const names = header.record.map((h) => h.trim());
  if (new Set(names).size !== names.length) throw new CsvError(file, `duplicate column names in ${names.join(',')}`, header.info.lines);
  const missing = (expectedColumns ?? []).filter((c) => !names.includes(c));
  if (missing.length) throw new CsvError(file, `missing column(s) ${missing.join(', ')}; found ${names.join(', ')}`, header.info.lines);
  return body.map(({ record, info }) => {
    if (record.length !== names.length) throw new CsvError(file, `expected ${names.length} fields, found ${record.length}`, info.lines);
    return Object.fromEntries(names.map((n, k) => [n, record[k]]));
  });
}

/** Quote a value for CSV output when it needs it (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A finite number from a CSV field ("1,234" not allowed: the sources write plain digits). */
export function toNumber(field: string | undefined, where: string): number {
  const s = (field ?? '').trim();
  const v = s === '' ? NaN : Number(s);
  if (!Number.isFinite(v)) throw new Error(`${where}: expected a number, got ${JSON.stringify(field)}`);
  return v;
}

/** Like toNumber, but the Tokyo registry tables' "-" (nobody) reads as 0. */
export function toCount(field: string | undefined, where: string): number {
  return (field ?? '').trim() === '-' ? 0 : toNumber(field, where);
}
