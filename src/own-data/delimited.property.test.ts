// Property tests of the CSV/TSV parser and the separator guess (issue 12): whatever RFC 4180 writes is
// read back cell for cell, with each record's starting line; any text at all is parsed without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessSeparator, parseDelimited } from './delimited.ts';

/** Cells with the characters that need quoting: separators, quotes, line breaks (\n; \r only as \r\n). */
const cellArb = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/g, '')),
  fc.constantFrom('', ',', '\t', ';', '"', '""', 'a\nb', 'a\r\nb', '"quoted"', ' 1,234 ', '０～４歳', '総数／男(人)'),
);
const write = (rows: readonly (readonly string[])[], sep: string, eol: string) =>
  rows.map((r) => r.map((c) => (/[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join(eol) + eol;

describe('parseDelimited', () => {
  it('reads back what RFC 4180 writes, cell for cell, each record at the line it starts on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(',', '\t', ';'),
        fc.constantFrom('\n', '\r\n'),
        (rows, sep, eol) => {
          const text = write(rows, sep, eol);
          const parsed = parseDelimited(text, sep);
          expect(parsed.map((r) => r.cells)).toEqual(rows);
          let line = 1;
          rows.forEach((row, i) => {
            expect(parsed[i].line).toBe(line);
            line += 1 + row.join('').split('\n').length - 1;
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('parses any text without throwing; lines start at 1 and never go back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(',', '\t', ';'), (text, sep) => {
        const rows = parseDelimited(text, sep);
        let last = 1;
        for (const row of rows) {
          expect(row.line).toBeGreaterThanOrEqual(last);
          expect(row.cells.length).toBeGreaterThan(0);
          last = row.line;
        }
        expect(guessSeparator(text)).toMatch(/^[,\t;]$/);
      }),
      { numRuns: 400 },
    );
  });

  it('guesses the separator of a table written with it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', '\t', ';'),
        fc.array(fc.array(fc.stringMatching(/^[a-z0-9年齢男女]{1,6}$/), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 10 }),
        (sep, rows) => {
          expect(guessSeparator(rows.map((r) => r.join(sep)).join('\n'))).toBe(sep);
        },
      ),
      { numRuns: 200 },
    );
  });
});
