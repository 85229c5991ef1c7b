/**
 * A small RFC 4180 CSV reader for the reviewed files beside the pipeline (translations, SDG links…).
 * Quoted fields may hold commas, quotes ("") and line breaks. The header row names the columns.
 */

export class CsvError extends Error {
  constructor(file: string, message: string, line?: number) {
    super(`${file}${line ? ` line ${line}` : ''}: ${message}`);
    this.name = 'CsvError';
  }
}

/** Parse CSV text into records keyed by the header. `file` names the source in error messages. */
export function parseCsv(text: string, file: string, expectedColumns?: readonly string[]): Record<string, string>[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let atCellStart = true;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      if (!atCellStart) throw new CsvError(file, 'a quote inside an unquoted field', line);
      quoted = true;
      atCellStart = false;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      atCellStart = true;
      line++;
      rowLine = line;
    } else {
      cell += c;
      atCellStart = false;
    }
  }
  if (quoted) throw new CsvError(file, 'unterminated quoted field', rowLine);
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  if (nonEmpty.length === 0) throw new CsvError(file, 'no header row');
  const [header, ...body] = nonEmpty;
  const names = header.cells.map((h) => h.trim());
  if (new Set(names).size !== names.length) throw new CsvError(file, `duplicate column names in ${names.join(',')}`, header.line);
  if (expectedColumns) {
    const missing = expectedColumns.filter((c) => !names.includes(c));
    if (missing.length) throw new CsvError(file, `missing column(s) ${missing.join(', ')}; found ${names.join(', ')}`, header.line);
  }
  return body.map((r) => {
    if (r.cells.length !== names.length) {
      throw new CsvError(file, `expected ${names.length} fields, found ${r.cells.length}`, r.line);
    }
    return Object.fromEntries(names.map((n, k) => [n, r.cells[k]]));
  });
}

/** Quote a value for CSV output when it needs it. */
export function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
