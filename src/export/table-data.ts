// A chart's data as CSV, from the table the chart frame always has in the DOM (ChartFrame's table
// alternative): the header cells and the body rows as shown. Numbers lose their grouping commas
// (1,234 → 1234, −12 → -12) so that a spreadsheet reads them as numbers; everything else stays text.
import { toCsv } from './csv.ts';

const NUMBER = /^[−-]?[\d,]*\.?\d+\s*%?$/;

export function cellValue(text: string): string | number {
  const t = text.trim();
  if (!NUMBER.test(t) || t.endsWith('%')) return t;
  const n = Number(t.replace(/,/g, '').replace('−', '-'));
  return Number.isFinite(n) ? n : t;
}

/** CSV (UTF-8 with BOM, CRLF) of a header and rows of cell texts; short rows padded. */
export function tableCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (r: readonly (string | number)[]) => [...r, ...Array(width - r.length).fill('')];
  return toCsv(pad(header).map(String), rows.map((r) => pad(r.map(cellValue))));
}
