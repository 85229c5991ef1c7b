// The first sheet of an .xlsx file as rows of cells: what a population table needs, no more (no
// formulas evaluated — the value Excel saved is read —, no styles, no dates). Loaded only when an .xlsx
// file is chosen (a dynamic import from read.ts).
//
// Why our own ~150 lines and not a library: an .xlsx file is a ZIP of XML files; the browser (and Node
// 20) inflate ZIP's deflate natively (DecompressionStream('deflate-raw')), and a sheet's cells are
// flat XML. The maintained readers weigh 100–900 KB minified (SheetJS, ExcelJS) for features this
// upload does not use; the npm 'xlsx' package is no longer updated there.
// Japanese workbooks keep furigana in the shared strings (<rPh>): they are dropped.
import type { GridRow } from './population-table.ts';

export class XlsxError extends Error {
  override name = 'XlsxError';
}

/** Uncompressed entries larger than this are refused (a ZIP bomb would otherwise fill the memory). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

function entries(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxError('not a complete ZIP file (no end of central directory)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const found = new Map<string, Entry>();
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new XlsxError('broken ZIP central directory');
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    found.set(entry.name, entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

async function inflate(bytes: Uint8Array, entry: Entry): Promise<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new XlsxError(`broken ZIP entry ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.size > MAX_ENTRY_BYTES) throw new XlsxError(`${entry.name} is too large when unpacked (${entry.size} bytes)`);
  let raw: Uint8Array;
  if (entry.method === 0) raw = data;
  else if (entry.method === 8) {
    try {
      const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      raw = new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (error) {
      throw new XlsxError(`${entry.name} cannot be unpacked (${(error as Error).message})`);
    }
  } else throw new XlsxError(`${entry.name} uses ZIP method ${entry.method}, which is not supported`);
  return new TextDecoder().decode(raw);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()];
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole; // not a character: kept as written
  });
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
/** The text of an <si> or <is>: its <t> runs, furigana (<rPh>) left out. */
const runs = (xml: string) =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)]
    .map((m) => unescapeXml(m[1] ?? ''))
    .join('');

/** Excel's limits: columns A…XFD, rows 1…1,048,576. */
const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;

/** The column of a cell reference (B7 → 1); null if it is not one (the cell's position is used then). */
function columnIndex(ref: string): number | null {
  const letters = /^([A-Z]{1,3})\d*$/.exec(ref.toUpperCase())?.[1];
  if (!letters) return null;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : null;
}

/** A row's number as written, if it is one (else the row after the previous one). */
function rowIndex(written: string | undefined, previous: number): number {
  const n = Number(written);
  return written !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_ROWS ? n : previous + 1;
}

export interface Sheet {
  readonly name: string;
  readonly rows: GridRow[];
}

/** The workbook's first sheet (in the workbook's order). Throws XlsxError with what is wrong. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const zip = entries(bytes);
  const get = async (name: string) => {
    const entry = zip.get(name);
    return entry ? inflate(bytes, entry) : null;
  };
  const workbook = await get('xl/workbook.xml');
  if (!workbook) throw new XlsxError('no xl/workbook.xml: not an Excel workbook');
  const firstSheet = /<sheet\b[^>]*>/.exec(workbook)?.[0];
  if (!firstSheet) throw new XlsxError('the workbook has no sheet');
  const sheetName = unescapeXml(attr(firstSheet, 'name') ?? 'Sheet1');
  const relId = attr(firstSheet, 'r:id');
  let target = 'worksheets/sheet1.xml';
  const rels = await get('xl/_rels/workbook.xml.rels');
  if (rels && relId) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) if (attr(m[0], 'Id') === relId) target = attr(m[0], 'Target') ?? target;
  }
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const sheet = await get(path);
  if (!sheet) throw new XlsxError(`the first sheet (${path}) is missing`);
  const sharedXml = await get('xl/sharedStrings.xml');
  const shared = sharedXml ? [...sharedXml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) => runs(m[1] ?? '')) : [];

  const rows: GridRow[] = [];
  let rowNumber = 0;
  for (const r of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    rowNumber = rowIndex(attr(r[1], 'r'), rowNumber);
    const cells: (string | number | null)[] = [];
    let next = 0;
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(c[1], 'r');
      const index = (ref ? columnIndex(ref) : null) ?? next;
      next = index + 1;
      const type = attr(c[1], 't') ?? 'n';
      const inner = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: string | number | null;
      if (type === 's') value = v === undefined ? null : (shared[Number(v)] ?? null);
      else if (type === 'inlineStr') value = runs(inner);
      else if (type === 'str' || type === 'e') value = v === undefined ? null : unescapeXml(v);
      else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
      else value = v === undefined ? null : Number(v);
      cells[index] = value;
    }
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  }
  return { name: sheetName, rows };
}
