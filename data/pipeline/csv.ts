// A small RFC 4180 CSV reader: the raw files are small, and reading them here (not with DuckDB's
// sniffer) keeps every header, footer and "-" placeholder under our control.
import { readFileSync } from 'node:fs';

/** Parse CSV text into rows of fields. Handles a UTF-8 BOM, CRLF, quoted fields and "" escapes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field at end of input');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Read a CSV file; the first row is the header. Errors name the file. */
export function readCsv(file: string): { header: string[]; rows: string[][] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read raw file ${file}: ${(e as Error).message}`);
  }
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`raw file ${file} is empty`);
  return { header, rows };
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
