// CSV and TSV text → rows of cells (RFC 4180: quoted fields may hold the separator, quotes doubled,
// and line breaks). The separator is the one of comma, tab or semicolon that the first lines use most.
// Blank lines are kept as empty rows so that row numbers are the file's line numbers... except inside
// a quoted field, where the record goes on: `line` of each row is where its record starts.
export interface DelimitedRow {
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

export function guessSeparator(text: string): ',' | '\t' | ';' {
  const head = text.slice(0, 4096).split(/\r?\n/).slice(0, 10).join('\n');
  const count = (c: string) => head.split(c).length - 1;
  const tabs = count('\t');
  const commas = count(',');
  const semis = count(';');
  if (tabs > commas && tabs >= semis) return '\t';
  if (semis > commas && semis > tabs) return ';';
  return ',';
}

export function parseDelimited(text: string, separator: string): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    rows.push({ line: start, cells });
    cells = [];
    field = '';
    start = line;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else field += c;
    i++;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return rows;
}
