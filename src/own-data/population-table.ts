// A table of cells (from CSV/TSV, a sheet of an XLSX file, or Parquet) → a base population by sex and
// single age, or the first problem found, with its row, column, age and value.
//
// Columns are found by their header, in Japanese or English (年齢/age, 男/male, 女/female, 総数/total;
// rates: 生残率/survival, 転入率/in-migration, 転出率/out-migration, 出生率/asfr), within the first 30
// rows (spreadsheets often have a title above the header). Where several columns could be 男 (総数／男,
// 日本人／男, 外国人／男 in Tokyo's registry tables), the total's is taken; any other column is listed
// as ignored. Age rows: single years, groups (0～4歳 …) or both, and an open 100歳以上; ages above 100
// are added into 100+ (the engine's last age). 総数/合計 rows are checked against the sum of the ages;
// (再掲) rows are skipped; 不詳 (age unknown) rows are counted and left out. "-" is 0, as the registry
// prints it. Groups are split into single years by worker/engine/age-groups.ts.
import { OPEN_AGE, splitAgeGroups, type AgeGroupCount } from '../../worker/engine/age-groups.ts';
import { parseAgeLabel, type AgeLabel } from './ages.ts';
import { reject, shown, type GivenRates, type PopulationRead, type ReadResult, type Rejection, type TextEncoding } from './rejection.ts';

export type Cell = string | number | null | undefined;
export interface GridRow {
  /** 1-based row as the file counts it. */
  readonly line: number;
  readonly cells: readonly Cell[];
}

export interface GridMeta {
  readonly fileName: string;
  readonly format: PopulationRead['format'];
  readonly encoding: TextEncoding | null;
  readonly sheet: string | null;
}

type Sex = 'male' | 'female';
type RateKind = 'survival' | 'inMigrationRate' | 'outMigrationRate' | 'asfr';
const RATE_RANGES: Record<RateKind, readonly [number, number]> = {
  survival: [0, 1],
  inMigrationRate: [0, 2],
  outMigrationRate: [0, 1],
  asfr: [0, 1],
};

interface Column {
  readonly index: number;
  readonly header: string;
}
interface RateColumn extends Column {
  readonly rate: RateKind;
  readonly sex: Sex | null;
}
interface Columns {
  age: Column[];
  male: Column[];
  female: Column[];
  total: Column[];
  rates: RateColumn[];
  unknown: Column[];
}

const text = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell)).trim();
const fold = (header: string) =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[]\s*(人|persons?|people)\s*[)）\]]/g, '')
    .trim();
const tokens = (h: string) => h.split(/[^a-z]+/).filter(Boolean);

function sexOf(h: string): Sex | null {
  const words = tokens(h);
  if (h.includes('女') || words.some((w) => ['female', 'females', 'women', 'woman', 'f'].includes(w))) return 'female';
  if (h.includes('男') || words.some((w) => ['male', 'males', 'men', 'man', 'm'].includes(w))) return 'male';
  return null;
}

function rateOf(h: string): RateKind | null {
  const flat = h.replace(/[\s_\-./]+/g, '');
  if (/生残率|survival/.test(flat)) return 'survival';
  if (/転入率|inmigration/.test(flat)) return 'inMigrationRate';
  if (/転出率|outmigration/.test(flat)) return 'outMigrationRate';
  if (/出生率|asfr|fertility/.test(flat)) return 'asfr';
  return null;
}

const isAgeHeader = (h: string) => /年齢|年令|^age\b|^ages?$|agegroup|^歳/.test(h.replace(/\s+/g, ' '));
const isTotalHeader = (h: string) => /総数|合計|計|総人口|人口|total|both|all|population/.test(h);

function classify(cells: readonly Cell[]): Columns {
  const columns: Columns = { age: [], male: [], female: [], total: [], rates: [], unknown: [] };
  cells.forEach((cell, index) => {
    const header = text(cell);
    if (header === '') return;
    const h = fold(header);
    const rate = rateOf(h);
    const sex = sexOf(h);
    const column = { index, header };
    if (rate) columns.rates.push({ ...column, rate, sex });
    else if (isAgeHeader(h) && !sex) columns.age.push(column);
    else if (sex) columns[sex].push(column);
    else if (isTotalHeader(h)) columns.total.push(column);
    else columns.unknown.push(column);
  });
  return columns;
}

/** Of several columns that could be one, the total's (総数／男 over 日本人／男); null: still ambiguous. */
function pick(candidates: readonly Column[]): Column | null | 'ambiguous' {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const steps: ((c: Column) => boolean)[] = [
    (c) => /総数|計|total|all/.test(fold(c.header)),
    (c) => !/日本人|外国人|japanese|foreign/.test(fold(c.header)),
  ];
  let left = [...candidates];
  for (const step of steps) {
    const kept = left.filter(step);
    if (kept.length === 1) return kept[0];
    if (kept.length > 1) left = kept;
  }
  return 'ambiguous';
}

type Count = { ok: true; value: number } | { ok: false; problem: 'not-a-number' | 'negative' | 'empty-cell' };

/** A count as written: 1,234 ／ １２３４ ／ 1234人 ／ "-" (none, as the registry prints it). */
export function parseCount(cell: Cell): Count {
  if (typeof cell === 'number')
    return Number.isFinite(cell)
      ? cell < 0
        ? { ok: false, problem: 'negative' }
        : { ok: true, value: cell }
      : { ok: false, problem: 'not-a-number' };
  const t = text(cell)
    .normalize('NFKC')
    .replace(/[,\s人]/g, '');
  if (t === '') return { ok: false, problem: 'empty-cell' };
  if (/^[-‐‑–—―−ー…・]$/.test(t)) return { ok: true, value: 0 };
  if (!/^[+\-−]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { ok: false, problem: 'not-a-number' };
  const value = Number(t.replace('−', '-'));
  if (value < 0 || Object.is(value, -0)) return value < 0 ? { ok: false, problem: 'negative' } : { ok: true, value: 0 };
  return { ok: true, value };
}

interface AgeEntry {
  readonly line: number;
  readonly label: string;
  readonly from: number;
  /** Inclusive; Infinity for an open group. */
  readonly to: number;
  readonly male: number;
  readonly female: number;
  readonly rates: readonly number[];
}

const ageText = (from: number, to: number) => (to === Infinity ? `${from}+` : from === to ? String(from) : `${from}–${to}`);

export function readPopulationGrid(rows: readonly GridRow[], meta: GridMeta): ReadResult {
  const { fileName } = meta;
  const where = (r: Omit<Rejection, 'fileName'>): ReadResult => reject({ fileName, ...r });
  const filled = rows.filter((r) => r.cells.some((c) => text(c) !== ''));
  if (filled.length === 0) return where({ reason: 'empty' });

  // The header: the first row (of the first 30) naming an age column and both sexes.
  let headerAt = -1;
  let columns: Columns | null = null;
  for (let i = 0; i < Math.min(filled.length, 30); i++) {
    const c = classify(filled[i].cells);
    if (c.age.length > 0 && c.male.length > 0 && c.female.length > 0) {
      headerAt = i;
      columns = c;
      break;
    }
  }
  if (!columns) {
    const first = filled[0];
    const found = classify(first.cells);
    const missing = [found.age.length ? null : '年齢/age', found.male.length ? null : '男/male', found.female.length ? null : '女/female']
      .filter(Boolean)
      .join(', ');
    return where({
      reason: 'no-header',
      row: first.line,
      value: shown(first.cells.map(text).filter(Boolean).join(' | ')),
      detail: missing,
    });
  }
  const header = filled[headerAt];
  const body = filled.slice(headerAt + 1);

  const male = pick(columns.male);
  const female = pick(columns.female);
  for (const [chosen, list] of [
    [male, columns.male],
    [female, columns.female],
  ] as const) {
    if (chosen === 'ambiguous')
      return where({ reason: 'ambiguous-column', row: header.line, column: list.map((c) => c.header).join(', ') });
  }
  const total = pick(columns.total);
  const totalColumn = total === 'ambiguous' ? columns.total[0] : total;
  // Of several age-like columns (年齢階層 and 年齢), the one whose cells read as ages, most of them different.
  const age =
    columns.age.length === 1
      ? columns.age[0]
      : [...columns.age].sort((a, b) => distinctAges(body, b.index) - distinctAges(body, a.index))[0];
  const maleColumn = male as Column;
  const femaleColumn = female as Column;
  const used = new Set([age.index, maleColumn.index, femaleColumn.index, totalColumn?.index, ...columns.rates.map((r) => r.index)]);
  const ignored = header.cells.map((c, i) => (used.has(i) ? '' : text(c))).filter(Boolean);
  const rateColumns = columns.rates.filter((r) => r.rate === 'asfr' || r.sex !== null);
  for (const r of columns.rates) if (!rateColumns.includes(r)) ignored.push(r.header);

  const entries: AgeEntry[] = [];
  const totals: { line: number; male: number; female: number }[] = [];
  const unknown = { male: 0, female: 0 };
  for (const row of body) {
    const ageCell = row.cells[age.index];
    const countCells = [maleColumn, femaleColumn].map((c) => row.cells[c.index]);
    const label = parseAgeLabel(typeof ageCell === 'number' ? ageCell : text(ageCell));
    // A blank line, or a note under the table (出典：…): no age and no count.
    if (!label && countCells.every((c) => text(c) === '')) continue;
    if (!label) return where({ reason: 'unknown-age', row: row.line, column: age.header, value: shown(text(ageCell)) });
    if (label.kind === 'subtotal') continue;
    /** A cell of this row that cannot be taken: named by row, column, age and its value. */
    const badCell = (reason: Rejection['reason'], column: { index: number; header: string }, detail?: string) =>
      where({
        reason,
        row: row.line,
        column: column.header,
        age: text(ageCell),
        value: shown(text(row.cells[column.index])),
        ...(detail === undefined ? {} : { detail }),
      });
    const counts: number[] = [];
    for (const column of [maleColumn, femaleColumn]) {
      const count = parseCount(row.cells[column.index]);
      if (!count.ok) return badCell(count.problem, column);
      counts.push(count.value);
    }
    if (totalColumn) {
      const t = parseCount(row.cells[totalColumn.index]);
      if (t.ok && Math.abs(t.value - counts[0] - counts[1]) > 0.5)
        return badCell('total-mismatch', totalColumn, String(counts[0] + counts[1]));
    }
    if (label.kind === 'total') {
      totals.push({ line: row.line, male: counts[0], female: counts[1] });
      continue;
    }
    if (label.kind === 'unknown') {
      unknown.male += counts[0];
      unknown.female += counts[1];
      continue;
    }
    const rates: number[] = [];
    for (const column of rateColumns) {
      const value = parseCount(row.cells[column.index]);
      if (!value.ok) return badCell(value.problem, column);
      const [lo, hi] = RATE_RANGES[column.rate];
      if (value.value < lo || value.value > hi)
        return where({
          reason: 'rate-out-of-range',
          row: row.line,
          column: column.header,
          age: text(ageCell),
          value: shown(text(row.cells[column.index])),
          detail: `${lo}–${hi}`,
        });
      rates.push(value.value);
    }
    const [from, to] = span(label);
    entries.push({ line: row.line, label: text(ageCell), from, to, male: counts[0], female: counts[1], rates });
  }
  if (entries.length === 0) return where({ reason: 'no-rows', row: header.line });

  // Ages: 0..99 once each; 100 and above (single years, groups, the open group) go into 100+.
  const owner = new Array<AgeEntry | undefined>(OPEN_AGE);
  const groups: { male: AgeGroupCount[]; female: AgeGroupCount[] } = { male: [], female: [] };
  const top = { male: 0, female: 0, rows: [] as AgeEntry[] };
  for (const e of entries) {
    if (e.from >= OPEN_AGE) {
      top.male += e.male;
      top.female += e.female;
      top.rows.push(e);
      continue;
    }
    if (e.to >= OPEN_AGE) return where({ reason: 'open-group', row: e.line, column: age.header, age: e.label });
    for (let a = e.from; a <= e.to; a++) {
      const before = owner[a];
      if (before)
        return where({
          reason: 'duplicate-age',
          row: e.line,
          column: age.header,
          age: e.label,
          value: ageText(a, a),
          otherRow: before.line,
        });
      owner[a] = e;
    }
    groups.male.push({ from: e.from, to: e.to, count: e.male });
    groups.female.push({ from: e.from, to: e.to, count: e.female });
  }
  const gap = firstGap(owner);
  if (gap) return where({ reason: 'missing-ages', age: ageText(gap[0], gap[1]) });
  if (top.rows.length === 0) return where({ reason: 'missing-ages', age: `${OPEN_AGE}+` });

  for (const t of totals) {
    for (const sex of ['male', 'female'] as const) {
      const sum = groups[sex].reduce((s, g) => s + g.count, 0) + top[sex] + unknown[sex];
      if (Math.abs(sum - t[sex]) > 0.5) {
        const column = sex === 'male' ? maleColumn : femaleColumn;
        return where({ reason: 'total-mismatch', row: t.line, column: column.header, value: String(t[sex]), detail: String(sum) });
      }
    }
  }

  const single = entries.every((e) => e.from >= OPEN_AGE || e.from === e.to);
  const population = { male: splitAgeGroups(groups.male, top.male), female: splitAgeGroups(groups.female, top.female) };
  const rates: GivenRates = {};
  rateColumns.forEach((column, k) => {
    const values = new Float64Array(OPEN_AGE + 1);
    for (const e of entries) if (e.from < OPEN_AGE) for (let a = e.from; a <= e.to; a++) values[a] = e.rates[k];
    // 100+: weighted by the people in each row folded into it.
    const weight = top.rows.reduce((s, e) => s + e.male + e.female, 0);
    values[OPEN_AGE] =
      top.rows.length === 1
        ? top.rows[0].rates[k]
        : weight > 0
          ? top.rows.reduce((s, e) => s + e.rates[k] * (e.male + e.female), 0) / weight
          : top.rows[0].rates[k];
    if (column.rate === 'asfr') rates.asfr = values;
    else (rates[column.rate] ??= {})[column.sex!] = values;
  });

  return {
    ok: true,
    data: {
      kind: 'population',
      fileName,
      format: meta.format,
      encoding: meta.encoding,
      sheet: meta.sheet,
      ageForm: single ? 'single' : 'groups',
      population,
      rates,
      columns: { age: age.header, male: maleColumn.header, female: femaleColumn.header, total: totalColumn?.header ?? null },
      ignored,
      ageRows: entries.length,
      totalChecked: totals.length > 0 ? true : null,
      unknownAge: unknown.male + unknown.female,
    },
  };
}

function span(label: Exclude<AgeLabel, { kind: 'total' | 'unknown' | 'subtotal' }>): [number, number] {
  if (label.kind === 'single') return [label.age, label.age];
  if (label.kind === 'group') return [label.from, label.to];
  return [label.from, Infinity];
}

function distinctAges(body: readonly GridRow[], index: number): number {
  const seen = new Set<string>();
  for (const row of body.slice(0, 200)) {
    const label = parseAgeLabel(typeof row.cells[index] === 'number' ? (row.cells[index] as number) : text(row.cells[index]));
    if (label && label.kind !== 'total' && label.kind !== 'unknown' && label.kind !== 'subtotal') seen.add(span(label).join('-'));
  }
  return seen.size;
}

function firstGap(owner: readonly (AgeEntry | undefined)[]): [number, number] | null {
  const start = owner.findIndex((o) => !o);
  if (start < 0) return null;
  let end = start;
  while (end + 1 < owner.length && !owner[end + 1]) end++;
  return [start, end];
}
