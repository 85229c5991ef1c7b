import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, parseRecords, toCount, toNumber } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, mixed CRLF/LF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,c"\r\n"say ""hi""",2\n')).toEqual([
      ['a', 'b,c'],
      ['say "hi"', '2'],
    ]);
  });
  it('keeps empty fields and a last line without newline', () => {
    expect(parseCsv(',,\nx,y,z')).toEqual([
      ['', '', ''],
      ['x', 'y', 'z'],
    ]);
  });
  it('rejects an unterminated quote, naming the file', () => {
    expect(() => parseCsv('a,"b\n', 'raw.csv')).toThrow(/raw\.csv.*unterminated/);
  });
});

describe('parseRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\n';
    expect(parseRecords(text, 't.csv')).toEqual([
      { a: '1', b: 'x, y', c: 'say "hi"' },
      { a: '2', b: 'two\nlines', c: '' },
    ]);
  });

  it('ignores a byte-order mark and blank lines, reads a last line without a newline', () => {
    expect(parseRecords('\uFEFFa,b\n\n1,2', 't.csv')).toEqual([{ a: '1', b: '2' }]);
  });

  it('round-trips what csvCell writes', () => {
    const values = ['plain', 'with, comma', 'with "quote"', 'multi\nline', '杉並区'];
    const text = `v\n${values.map(csvCell).join('\n')}\n`;
    expect(parseRecords(text, 't.csv').map((r) => r.v)).toEqual(values);
  });

  it('names the file and line of a row with the wrong number of fields', () => {
    expect(() => parseRecords('a,b\n1,2\n3\n', 'links.csv')).toThrow('links.csv line 3: expected 2 fields, found 1');
  });

  it('reports missing columns, duplicate headers and broken quotes', () => {
    expect(() => parseRecords('a,b\n1,2\n', 'f.csv', ['a', 'goal'])).toThrow(/f\.csv line 1: missing column\(s\) goal/);
    expect(() => parseRecords('a,a\n1,2\n', 'f.csv')).toThrow(/duplicate column names/);
    expect(() => parseRecords('a\n"open\n', 'f.csv')).toThrow(/f\.csv.*unterminated quoted field/);
    expect(() => parseRecords('a\nx"y\n', 'f.csv')).toThrow(/f\.csv/);
    expect(() => parseRecords('', 'f.csv')).toThrow(/no header row/);
  });
});

describe('toNumber / toCount', () => {
  it('parses plain numbers and names the field on failure', () => {
    expect(toNumber(' 12.5 ', 'x')).toBe(12.5);
    expect(() => toNumber('', 'file.csv row 3')).toThrow(/file.csv row 3/);
    expect(() => toNumber('abc', 'f')).toThrow(/"abc"/);
  });
  it('reads the registry placeholder "-" as zero, nothing else', () => {
    expect(toCount('-', 'f')).toBe(0);
    expect(toCount('7', 'f')).toBe(7);
    expect(() => toCount('—', 'f')).toThrow();
  });
});
