import { describe, expect, it } from 'vitest';
import { parseCsv, toCount, toNumber } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,c"\r\n"say ""hi""",2\n')).toEqual([
      ['a', 'b,c'],
      ['say "hi"', '2'],
    ]);
  });
  it('keeps empty fields and a last line without newline', () => {
    expect(parseCsv(',,\nx,y,z')).toEqual([['', '', ''], ['x', 'y', 'z']]);
  });
  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
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
