// A chart's data as CSV, from the table the chart frame always has in the DOM (ChartFrame's table
// alternative): the header cells and the body rows as shown. Numbers lose their grouping commas and
// a unit of counting (1,234人 → 1234, 2030年 → 2030, −12 → -12) so that a spreadsheet reads them as
// numbers; percentages and everything else stay as written. Rounded as the table shows them.
import { toCsv } from './csv.ts';

const NUMBER = /^([+−-]?[\d,]*\.?\d+)\s*(人|年|歳|people|persons)?$/;

export function cellValue(text: string): string | number {
  const t = text.trim();
  const m = NUMBER.exec(t);
  if (!m) return t;
  const n = Number(m[1].replace(/,/g, '').replace('−', '-'));
  return Number.isFinite(n) ? n : t;
}

/** CSV (UTF-8 with BOM, CRLF) of a header and rows of cell texts; short rows padded. */
export function tableCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (r: readonly (string | number)[]) => [...r, ...Array(width - r.length).fill('')];
  return toCsv(
    pad(header).map(String),
    rows.map((r) => pad(r.map(cellValue))),
  );
}
