// CSV as RFC 4180 writes it, for Excel as well as for scripts: CRLF between records, a field quoted
// when it holds a comma, a double quote, CR or LF (quotes doubled inside), UTF-8 with a byte-order
// mark so that Excel in Japan reads the Japanese as UTF-8 rather than Shift_JIS.

/** What a cell may hold. null, undefined and NaN are empty fields (SQL NULL, or no value). */
export type CsvValue = string | number | bigint | boolean | null | undefined;

export const BOM = '\uFEFF';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** One field, quoted only when it must be. Numbers are written in full (the shortest exact form). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isNaN(value)) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true: Excel needs it). */
  readonly bom?: boolean;
}

/** A header record and the data records, each line ending in CRLF (the last one too). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, options: CsvOptions = {}): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row ${lines.length} has ${row.length} fields, the header has ${header.length}`);
    lines.push(row.map(csvField).join(','));
  }
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
