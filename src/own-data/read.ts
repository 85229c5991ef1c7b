// readPopulationFile(bytes, name): the one entry point for every file the data view accepts. It never
// throws: it answers the data found (a base population by sex and age, or a JSON inputs file) or one
// Rejection naming the problem and where (rejection.ts). Runs in a worker (reader.worker.ts) or anywhere
// else (tests, Node): no DOM. The XLSX and Parquet readers are loaded only for such a file.
//
// What decides the format: the first bytes (sniff.ts: Parquet's PAR1, ZIP's PK for .xlsx, images,
// PDF, old .xls), then for text: JSON when it starts with "{" or the name ends in .json, else CSV/TSV
// (the separator guessed from the first lines).
import { parseInputsJson } from '../../worker/engine/inputs.ts';
import { decodeText } from './decode.ts';
import { guessSeparator, parseDelimited } from './delimited.ts';
import { readPopulationGrid, type GridRow } from './population-table.ts';
import { MAX_FILE_BYTES, reject, type ReadResult } from './rejection.ts';
import { sniff } from './sniff.ts';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function readPopulationFile(bytes: Uint8Array, name: string): Promise<ReadResult> {
  try {
    return await read(bytes, name);
  } catch (error) {
    return reject({ reason: 'unreadable', fileName: name, detail: messageOf(error) });
  }
}

async function read(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES)
    return reject({ reason: 'too-large', fileName, value: String(bytes.length), detail: String(MAX_FILE_BYTES) });
  if (bytes.length === 0) return reject({ reason: 'empty', fileName });
  const kind = sniff(bytes, fileName);
  switch (kind.kind) {
    case 'image':
      return reject({ reason: 'image', fileName, value: kind.type });
    case 'binary':
      return reject({ reason: 'binary', fileName, value: kind.type });
    case 'old-excel':
      return reject({ reason: 'old-excel', fileName });
    case 'zip':
      return reject({ reason: 'zip-not-xlsx', fileName });
    case 'parquet':
      return readParquet(bytes, fileName);
    case 'xlsx':
      return readXlsxFile(bytes, fileName);
    case 'text':
      break;
  }
  if (/\.parquet$/i.test(fileName)) return reject({ reason: 'corrupt-parquet', fileName, detail: 'the file does not start with PAR1' });
  if (/\.xlsx$/i.test(fileName)) return reject({ reason: 'corrupt-xlsx', fileName, detail: 'the file is not a ZIP archive' });
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return reject({
      reason: 'encoding',
      fileName,
      row: decoded.line,
      value: `0x${decoded.byte.toString(16).padStart(2, '0').toUpperCase()}`,
      detail: String(decoded.offset),
    });
  const text = decoded.text;
  if (text.trim() === '') return reject({ reason: 'empty', fileName });
  if (/\.json$/i.test(fileName) || text.trimStart().startsWith('{')) return readInputsJson(text, fileName);
  const separator = guessSeparator(text);
  const rows = parseDelimited(text, separator);
  return readPopulationGrid(rows, { fileName, format: separator === '\t' ? 'tsv' : 'csv', encoding: decoded.encoding, sheet: null });
}

function readInputsJson(text: string, fileName: string): ReadResult {
  try {
    const inputs = parseInputsJson(text);
    const raw = JSON.parse(text) as Record<string, unknown>;
    const given = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
    return {
      ok: true,
      data: { kind: 'inputs', fileName, format: 'json', inputs, description: given(raw.description), source: given(raw.source) },
    };
  } catch (error) {
    return reject({ reason: 'invalid-inputs', fileName, detail: messageOf(error).slice(0, 300) });
  }
}

async function readParquet(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const { decodeParquet } = await import('../data/parquet.ts');
  let table;
  try {
    const copy = bytes.slice().buffer;
    table = await decodeParquet(copy, fileName);
  } catch (error) {
    const message = messageOf(error).replace(`${fileName}: `, '');
    return reject({ reason: 'corrupt-parquet', fileName, detail: message.slice(0, 300) });
  }
  const rows: GridRow[] = [{ line: 0, cells: table.columns.map((c) => c.name) }];
  for (let r = 0; r < table.numRows; r++) {
    rows.push({
      line: r + 1,
      cells: table.columns.map((c) => {
        if (c.type === 'string' || c.type === 'boolean') return c.values[r] === null ? null : String(c.values[r]);
        if (c.valid && !c.valid[r]) return null;
        return c.values[r];
      }),
    });
  }
  return readPopulationGrid(rows, { fileName, format: 'parquet', encoding: null, sheet: null });
}

async function readXlsxFile(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const { readXlsx } = await import('./xlsx.ts');
  let sheet;
  try {
    sheet = await readXlsx(bytes);
  } catch (error) {
    return reject({ reason: 'corrupt-xlsx', fileName, detail: messageOf(error).slice(0, 300) });
  }
  return readPopulationGrid(sheet.rows, { fileName, format: 'xlsx', encoding: null, sheet: sheet.name });
}
