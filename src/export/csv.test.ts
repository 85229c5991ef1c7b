import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv.ts';

/** A strict RFC 4180 reader (CRLF records, quoted fields), to check what the writer wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
    if (i === text.length) return records;
  }
}

describe('csvField', () => {
  it('quotes only fields that hold a comma, a quote, CR or LF, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('杉並区、将来人口')).toBe('杉並区、将来人口'); // the ideographic comma is text
    expect(csvField(' spaced ')).toBe(' spaced ');
  });

  it('writes numbers in full and missing values as empty fields', () => {
    expect(csvField(588586.1234567891)).toBe('588586.1234567891');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(9007199254740993n)).toBe('9007199254740993');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField('')).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(
      ['year', '総人口'],
      [
        [2021, 570483],
        [2022, null],
      ],
    );
    expect(csv).toBe(`${BOM}year,総人口\r\n2021,570483\r\n2022,\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('can leave the BOM out', () => {
    expect(toCsv(['a'], [['x']], { bom: false })).toBe('a\r\nx\r\n');
  });

  it('writes a header alone when there are no rows', () => {
    expect(toCsv(['a', 'b'], [], { bom: false })).toBe('a,b\r\n');
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow('CSV row 1 has 1 fields, the header has 2');
  });

  it('takes any iterable of rows (a generator)', () => {
    function* rows() {
      yield ['杉並', 1] as const;
      yield ['"高円寺", 阿佐谷', 2] as const;
    }
    expect(parseCsv(toCsv(['name', 'n'], rows(), { bom: false }))).toEqual([
      ['name', 'n'],
      ['杉並', '1'],
      ['"高円寺", 阿佐谷', '2'],
    ]);
  });

  it('round-trips any text, Japanese, quotes and line breaks included', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '杉', '並', ',', '"', '\n', '\r', ' ', '、', '😀', '\t') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        (width, raw) => {
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const rows = raw.map((r) => r.slice(0, width));
          const csv = toCsv(header, rows);
          expect(csv.startsWith(BOM)).toBe(true);
          expect(parseCsv(csv.slice(1))).toEqual([header, ...rows]);
        },
      ),
    );
  });
});
