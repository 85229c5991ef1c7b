// Property tests of every file reader (issue 12): arbitrary bytes under arbitrary names, and valid files
// broken at random, are answered, never thrown at; a rejection always has a known reason, the file's
// name and the place the problem is (row, column, age, value, as the reason calls for), and is worded in
// both languages. Generated valid tables (random counts, single years or 5-year groups, columns in any
// order, Japanese or English headers, CSV in UTF-8 / UTF-8 with BOM / Shift_JIS, TSV, XLSX, Parquet) are
// accepted with the right totals.
import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { describeRejection } from './describe.ts';
import { readPopulationFile } from './read.ts';
import { checkAnswer } from './answer-check.ts';
import { csvText, makeXlsx } from './test-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Shift_JIS (the WHATWG mapping, CP932) for the characters it decodes to: its decoder, read backwards. */
const SJIS = (() => {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a character
      }
    }
  }
  return map;
})();
function shiftJis(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = SJIS.get(ch);
      if (!bytes) throw new Error(`no Shift_JIS for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

const nameArb = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 12 }), fc.constantFrom('.csv', '.tsv', '.txt', '.json', '.xlsx', '.parquet', '.xls', '.png', ''))
    .map(([s, ext]) => `${s}${ext}`),
  fc.string({ maxLength: 30 }),
);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
/** Bytes of every kind the sniffer tells apart, with arbitrary content behind the signature. */
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc
    .tuple(
      fc.constantFrom(
        ascii('PAR1'),
        [0x50, 0x4b, 0x03, 0x04],
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        ascii('{'),
        ascii('%PDF'),
        [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      ),
      fc.uint8Array({ maxLength: 400 }),
    )
    .map(([head, rest]) => new Uint8Array([...head, ...rest])),
  fc.string({ maxLength: 400 }).map(utf8),
  // Table-like text: cells from the words the reader looks for, numbers and junk.
  fc
    .array(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            '年齢',
            '男',
            '女',
            '総数',
            'age',
            'male',
            'female',
            'total',
            '0～4歳',
            '100歳以上',
            '5',
            '-',
            '不詳',
            '(再掲)',
            '生残率（男）',
            'survival male',
            '"a,b"',
            '"',
            '',
          ),
          fc.integer({ min: -5, max: 120 }).map(String),
          fc.double().map(String),
          fc.string({ maxLength: 5 }),
        ),
        { maxLength: 6 },
      ),
      { maxLength: 30 },
    )
    .chain((rows) => fc.constantFrom(',', '\t', ';').map((sep) => utf8(rows.map((r) => r.join(sep)).join('\n')))),
);

describe('readPopulationFile on arbitrary input', () => {
  it('answers arbitrary bytes under arbitrary names, never throwing; a rejection names its reason and where', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, nameArb, async (bytes, name) => {
        checkAnswer(await readPopulationFile(bytes, name), name);
      }),
      { numRuns: 400 },
    );
  });
});

// ——— Generated valid tables ———

interface Table {
  readonly groups: boolean;
  /** Counts per row, male and female (single years: ages 0..top; groups: 0–4 … 95–99, then 100+). */
  readonly male: number[];
  readonly female: number[];
  /** Single years: the last age written (ages above 100 go into 100+). */
  readonly top: number;
  readonly headers: { age: string; male: string; female: string; total: string };
  readonly order: readonly ('age' | 'male' | 'female' | 'total' | 'note')[];
  readonly totalRow: 'none' | 'first' | 'last';
  readonly openLabel: boolean;
  readonly fullWidth: boolean;
  readonly format: 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'tsv' | 'xlsx' | 'parquet';
}

const HEADERS = {
  ja: {
    age: ['年齢', '年齢（各歳）', '年令'],
    male: ['男', '男性', '総数／男(人)'],
    female: ['女', '女性', '総数／女(人)'],
    total: ['総数', '計', '合計'],
  },
  en: {
    age: ['age', 'Age', 'AGE'],
    male: ['male', 'Male', 'males'],
    female: ['female', 'Female', 'females'],
    total: ['total', 'Total', 'population'],
  },
};

const tableArb: fc.Arbitrary<Table> = fc
  .record({
    groups: fc.boolean(),
    top: fc.integer({ min: 100, max: 104 }),
    lang: fc.constantFrom('ja' as const, 'en' as const),
    pick: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
    withTotal: fc.boolean(),
    withNote: fc.boolean(),
    shuffle: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
    totalRow: fc.constantFrom('none' as const, 'first' as const, 'last' as const),
    openLabel: fc.boolean(),
    fullWidth: fc.boolean(),
    format: fc.constantFrom(
      'utf-8' as const,
      'utf-8-bom' as const,
      'shift_jis' as const,
      'tsv' as const,
      'xlsx' as const,
      'parquet' as const,
    ),
    counts: fc.array(fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 20000 })), { minLength: 105, maxLength: 105 }),
  })
  .map((g) => {
    const h = HEADERS[g.lang];
    const rows = g.groups ? 21 : g.top + 1;
    const columns = [
      'age',
      'male',
      'female',
      ...(g.withTotal ? ['total'] : []),
      ...(g.withNote ? ['note'] : []),
    ] as Table['order'][number][];
    const order = columns
      .map((c, i) => [c, g.shuffle[i]] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([c]) => c);
    return {
      groups: g.groups,
      top: g.groups ? 100 : g.top,
      male: g.counts.slice(0, rows).map(([m]) => m),
      female: g.counts.slice(0, rows).map(([, f]) => f),
      headers: { age: h.age[g.pick[0]], male: h.male[g.pick[1]], female: h.female[g.pick[2]], total: h.total[g.pick[3]] },
      order,
      totalRow: g.totalRow,
      openLabel: g.openLabel && !(g.groups === false && g.top > 100),
      fullWidth: g.fullWidth,
      format: g.format,
    };
  });

const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** The table's cells: header, then the age rows (and the total row), counts as numbers. */
function cellsOf(t: Table): (string | number)[][] {
  const label = (i: number) => {
    let text: string;
    if (t.groups)
      text = i === 20 ? (t.openLabel ? '100歳以上' : '100+') : t.fullWidth ? `${5 * i}～${5 * i + 4}歳` : `${5 * i}-${5 * i + 4}`;
    else text = i === 100 && t.openLabel ? '100歳以上' : t.fullWidth ? `${i}歳` : String(i);
    return t.fullWidth ? wide(text) : text;
  };
  const row = (age: string, m: number, f: number) =>
    t.order.map((c) => (c === 'age' ? age : c === 'male' ? m : c === 'female' ? f : c === 'total' ? m + f : 'x'));
  const header = t.order.map((c) => (c === 'note' ? (t.headers.age === '年齢' ? '備考' : 'note') : t.headers[c]));
  const body = t.male.map((m, i) => row(label(i), m, t.female[i]));
  const total = row(t.headers.age.startsWith('年') ? '総数' : 'total', sum(t.male), sum(t.female));
  return [header, ...(t.totalRow === 'first' ? [total] : []), ...body, ...(t.totalRow === 'last' ? [total] : [])];
}

async function fileOf(t: Table): Promise<{ bytes: Uint8Array; name: string }> {
  const cells = cellsOf(t);
  const text = (sep: string) =>
    csvText(
      cells.map((r) => r.map(String)),
      sep,
    );
  switch (t.format) {
    case 'utf-8':
      return { bytes: utf8(text(',')), name: 'pop.csv' };
    case 'utf-8-bom':
      return { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text(','))]), name: 'pop.csv' };
    case 'shift_jis':
      return { bytes: shiftJis(text(',')), name: 'pop.csv' };
    case 'tsv':
      return { bytes: utf8(text('\t')), name: 'pop.tsv' };
    case 'xlsx':
      return { bytes: await makeXlsx([['人口の表'], ...cells]), name: 'pop.xlsx' };
    case 'parquet': {
      const [header, ...rows] = cells;
      const columnData = header.map((name, c) => {
        const values = rows.map((r) => r[c]);
        return typeof values[0] === 'number'
          ? { name: String(name), data: values as number[], type: 'DOUBLE' as const }
          : { name: String(name), data: values.map(String), type: 'STRING' as const };
      });
      return { bytes: new Uint8Array(parquetWriteBuffer({ columnData })), name: 'pop.parquet' };
    }
  }
}

function sum(a: ArrayLike<number>, from = 0, to = a.length - 1): number {
  let s = 0;
  for (let i = from; i <= to; i++) s += a[i];
  return s;
}

describe('readPopulationFile on generated valid tables', () => {
  it('accepts them with the right counts: every age, every group, the totals', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, async (t) => {
        const { bytes, name } = await fileOf(t);
        const result = await readPopulationFile(bytes, name);
        if (!result.ok) throw new Error(`rejected: ${describeRejection(result.rejection, 'en')}`);
        const read = result.data;
        if (read.kind !== 'population') throw new Error('not a population');
        expect(read.format).toBe(t.format === 'tsv' ? 'tsv' : t.format === 'xlsx' ? 'xlsx' : t.format === 'parquet' ? 'parquet' : 'csv');
        if (read.format === 'csv')
          expect(read.encoding).toBe(
            t.format === 'shift_jis' && [...cellsOf(t).flat().join('')].some((c) => c.charCodeAt(0) > 0x7f)
              ? 'shift_jis'
              : t.format === 'utf-8-bom'
                ? 'utf-8-bom'
                : 'utf-8',
          );
        expect(read.ageForm).toBe(t.groups ? 'groups' : 'single');
        expect(read.columns).toEqual({
          age: t.headers.age,
          male: t.headers.male,
          female: t.headers.female,
          total: t.order.includes('total') ? t.headers.total : null,
        });
        expect(read.totalChecked).toBe(t.totalRow === 'none' ? null : true);
        for (const sex of ['male', 'female'] as const) {
          const given = t[sex];
          const got = read.population[sex];
          expect(got).toHaveLength(101);
          expect(sum(got)).toBeCloseTo(sum(given), 6);
          expect(got.every((v) => v >= 0)).toBe(true);
          if (t.groups) {
            for (let g = 0; g < 20; g++) expect(sum(got, 5 * g, 5 * g + 4)).toBeCloseTo(given[g], 6);
            expect(got[100]).toBe(given[20]);
          } else {
            for (let a = 0; a < 100; a++) expect(got[a]).toBe(given[a]);
            expect(got[100]).toBe(sum(given, 100));
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('the same files broken at random (bytes changed, cut short) are answered, never thrown at', async () => {
    const damage = fc.record({
      table: tableArb,
      // Mostly characters a table is made of (a digit becomes a letter, a comma a line break…), some any byte.
      flips: fc.array(
        fc.tuple(
          fc.noBias(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })),
          fc.oneof(fc.constantFrom(...ascii('0123456789-,\t\n".x男')), fc.integer({ min: 0, max: 255 })),
        ),
        { maxLength: 6 },
      ),
      cut: fc.option(fc.double({ min: 0.2, max: 1, noNaN: true }), { nil: null, freq: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ table, flips, cut }) => {
        const { bytes, name } = await fileOf(table);
        const broken = bytes.slice(0, cut === null ? bytes.length : Math.floor(bytes.length * cut));
        for (const [at, value] of flips) if (broken.length) broken[Math.floor(at * broken.length)] = value;
        checkAnswer(await readPopulationFile(broken, name), name);
      }),
      { numRuns: 150 },
    );
  });
});
