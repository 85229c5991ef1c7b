import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\n';
    expect(parseCsv(text, 't.csv')).toEqual([
      { a: '1', b: 'x, y', c: 'say "hi"' },
      { a: '2', b: 'two\nlines', c: '' },
    ]);
  });

  it('ignores a byte-order mark and blank lines, reads a last line without a newline', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2', 't.csv')).toEqual([{ a: '1', b: '2' }]);
  });

  it('round-trips what csvCell writes', () => {
    const values = ['plain', 'with, comma', 'with "quote"', 'multi\nline', ''];
    const text = `v\n${values.map(csvCell).join('\n')}\n`;
    expect(parseCsv(text, 't.csv').map((r) => r.v)).toEqual(values.filter((v) => v !== ''));
  });

  it('names the file and line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'links.csv')).toThrow('links.csv line 3: expected 2 fields, found 1');
  });

  it('reports missing columns, duplicate headers and broken quotes', () => {
    expect(() => parseCsv('a,b\n1,2\n', 'f.csv', ['a', 'goal'])).toThrow(/f\.csv line 1: missing column\(s\) goal/);
    expect(() => parseCsv('a,a\n1,2\n', 'f.csv')).toThrow(/duplicate column names/);
    expect(() => parseCsv('a\n"open\n', 'f.csv')).toThrow(/unterminated quoted field/);
    expect(() => parseCsv('a\nx"y\n', 'f.csv')).toThrow(/a quote inside an unquoted field/);
    expect(() => parseCsv('', 'f.csv')).toThrow(/no header row/);
  });
});
