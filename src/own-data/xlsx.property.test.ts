// Property tests of the XLSX reader (issue 12): workbooks with hostile sheets (row numbers and cell
// references that are not numbers, far off or missing; unknown cell types; shared strings out of range;
// markup in the text) and ZIP archives that are not workbooks are answered, never thrown at, with the
// row of any problem a real row number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './answer-check.ts';
import { readPopulationFile } from './read.ts';
import { makeZip } from './test-files.ts';
import { readXlsx, XlsxError } from './xlsx.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const refArb = fc.oneof(
  fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'AA', 'XFD'), fc.integer({ min: 1, max: 200 })).map(([c, r]) => `${c}${r}`),
  fc.constantFrom('', '1', 'A', 'ZZZZZZZZ1', 'A0', 'a1', '$A$1', 'A-1'),
);
const rowNumberArb = fc.oneof(
  fc.integer({ min: 1, max: 300 }).map(String),
  fc.constantFrom('0', '-1', 'abc', '1.5', '1e9', '', '99999999999'),
);
const cellArb = fc.record({
  ref: fc.option(refArb, { nil: null }),
  type: fc.constantFrom(null, 's', 'n', 'str', 'inlineStr', 'b', 'e', 'd', 'x'),
  value: fc.oneof(
    fc.constantFrom('年齢', '男', '女', 'age', 'male', 'female', '0～4歳', '100歳以上', '総数'),
    fc.integer({ min: -10, max: 30000 }).map(String),
    fc.string({ maxLength: 8 }),
  ),
  /** Markup as a broken file may hold it, written into the XML as is. */
  raw: fc.option(fc.constantFrom('&#xFFFFFFFF;', '&#99999999;', '&#0;', '&bogus;', '&amp;lt;', '<![CDATA[x]]>'), { nil: null, freq: 4 }),
});
const sheetArb = fc.array(fc.record({ r: fc.option(rowNumberArb, { nil: null }), cells: fc.array(cellArb, { maxLength: 5 }) }), {
  maxLength: 30,
});

type SheetRows = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(rows: SheetRows): { sheet: string; shared: string[] } {
  const shared: string[] = [];
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((c) => {
          const attrs = `${c.ref !== null ? ` r="${esc(c.ref)}"` : ''}${c.type !== null ? ` t="${c.type}"` : ''}`;
          if (c.type === 's') {
            shared.push(c.value);
            // Now and then an index past the end of the shared strings.
            return `<c${attrs}><v>${shared.length % 7 === 0 ? 9999 : shared.length - 1}</v></c>`;
          }
          if (c.type === 'inlineStr') return `<c${attrs}><is><t>${c.raw ?? esc(c.value)}</t></is></c>`;
          return `<c${attrs}><v>${c.raw ?? esc(c.value)}</v></c>`;
        })
        .join('');
      return `<row${row.r !== null ? ` r="${esc(row.r)}"` : ''}>${cells}</row>`;
    })
    .join('');
  return { sheet: `<?xml version="1.0"?><worksheet><sheetData>${body}</sheetData></worksheet>`, shared };
}

const workbook = (sheet: string, shared: string[], target = 'worksheets/sheet1.xml') => ({
  '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
  'xl/workbook.xml': '<?xml version="1.0"?><workbook><sheets><sheet name="人口" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="${esc(target)}"/></Relationships>`,
  'xl/sharedStrings.xml': `<?xml version="1.0"?><sst>${shared.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
  'xl/worksheets/sheet1.xml': sheet,
});

describe('the XLSX reader on hostile workbooks', () => {
  it('a row numbered 0 or "abc" gets the next number; a reference past column XFD, the next position; a character past U+10FFFF stays as written', async () => {
    const sheet =
      '<worksheet><sheetData><row r="0"><c r="A0" t="str"><v>a</v></c></row><row r="abc"><c r="FXSHRXW1" t="str"><v>b</v></c><c t="str"><v>&#xFFFFFFFF;</v></c></row><row r="7"><c r="C7"><v>3</v></c></row></sheetData></worksheet>';
    const read = await readXlsx(await makeZip(workbook(sheet, [])));
    expect(read.rows).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b', '&#xFFFFFFFF;'] },
      { line: 7, cells: [null, null, 3] },
    ]);
  });

  it('answers every sheet, never throwing; a problem names a real row', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, fc.boolean(), async (rows, deflate) => {
        const { sheet, shared } = sheetXml(rows);
        const bytes = await makeZip(workbook(sheet, shared), deflate);
        checkAnswer(await readPopulationFile(bytes, 'book.xlsx'), 'book.xlsx');
        // The reader itself: a sheet, or an XlsxError saying what is wrong; its rows are real row numbers.
        const read = await readXlsx(bytes).catch((error: unknown) => {
          expect(error).toBeInstanceOf(XlsxError);
          return null;
        });
        for (const row of read?.rows ?? []) expect(Number.isInteger(row.line) && row.line >= 1, `row ${row.line}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('ZIP archives that are not workbooks (parts missing, sheets elsewhere, garbage inside) get a reason, never an exception', async () => {
    const partsArb = fc.dictionary(
      fc.constantFrom(
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/worksheets/sheet1.xml',
        'xl/sharedStrings.xml',
        'other.txt',
      ),
      fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(
          '<sheet name="a" r:id="rId1"/>',
          '<Relationship Id="rId1" Target="/etc/passwd"/>',
          '<row r="1"><c r="A1"><v>1</v></c></row>',
          '<sheet/>',
        ),
      ),
      { maxKeys: 6 },
    );
    await fc.assert(
      fc.asyncProperty(partsArb, fc.boolean(), async (parts, deflate) => {
        const bytes = await makeZip({ '[Content_Types].xml': '', ...parts }, deflate);
        checkAnswer(await readPopulationFile(bytes, 'book.xlsx'), 'book.xlsx');
      }),
      { numRuns: 100 },
    );
  });
});
