import { readFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readPopulationFile } from './read.ts';
import type { PopulationRead, ReadResult, Rejection } from './rejection.ts';
import { csvText, fiveYearRows, makeXlsx, makeZip } from './test-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const example = (name: string) => new Uint8Array(readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url)));

function population(result: ReadResult): PopulationRead {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.rejection)}`);
  if (result.data.kind !== 'population') throw new Error('not a population');
  return result.data;
}
function rejection(result: ReadResult): Rejection {
  if (result.ok) throw new Error('accepted');
  return result.rejection;
}
const sum = (a: ArrayLike<number>, from = 0, to = a.length - 1) => {
  let s = 0;
  for (let i = from; i <= to; i++) s += a[i];
  return s;
};

// The ward's registry, 2026-01-01, 5-year groups (docs/examples, made from data/raw/tokyo-juki-age5-2026-suginami-extract).
const REGISTRY_MALE_0_4 = 9198;
const REGISTRY_MALE = 280413;
const REGISTRY_FEMALE = 302223;

describe('readPopulationFile: encodings', () => {
  it('reads the Shift_JIS example (Excel in Japan): 5-year groups split into single years, totals checked', async () => {
    const read = population(await readPopulationFile(example('suginami-2026-5sai-sjis.csv'), 'suginami-2026-5sai-sjis.csv'));
    expect(read.encoding).toBe('shift_jis');
    expect(read.format).toBe('csv');
    expect(read.ageForm).toBe('groups');
    expect(read.columns).toEqual({ age: '年齢', male: '男', female: '女', total: '総数' });
    expect(read.totalChecked).toBe(true);
    expect(read.ageRows).toBe(21);
    expect(sum(read.population.male)).toBeCloseTo(REGISTRY_MALE, 6);
    expect(sum(read.population.female)).toBeCloseTo(REGISTRY_FEMALE, 6);
    expect(sum(read.population.male, 0, 4)).toBeCloseTo(REGISTRY_MALE_0_4, 6);
    expect(read.population.female[100]).toBe(414);
    expect(read.population.male.every((v) => v >= 0)).toBe(true);
  });

  it('reads the same file in UTF-8 with a BOM, and without one, to the same numbers', async () => {
    const sjis = population(await readPopulationFile(example('suginami-2026-5sai-sjis.csv'), 'a.csv'));
    const bomBytes = example('suginami-2026-5sai-utf8bom.csv');
    expect(Array.from(bomBytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const bom = population(await readPopulationFile(bomBytes, 'b.csv'));
    const plain = population(await readPopulationFile(bomBytes.subarray(3), 'c.csv'));
    expect(bom.encoding).toBe('utf-8-bom');
    expect(plain.encoding).toBe('utf-8');
    expect(Array.from(bom.population.male)).toEqual(Array.from(sjis.population.male));
    expect(Array.from(plain.population.female)).toEqual(Array.from(sjis.population.female));
  });

  it("reads Tokyo's registry table as published (UTF-8, many columns): the totals' columns, the rest listed as ignored", async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../data/raw/tokyo-juki-age5-2026-suginami-extract/jy26_table7_age5_suginami_extract.csv', import.meta.url)),
    );
    const read = population(await readPopulationFile(bytes, 'jy26.csv'));
    expect(read.columns.male).toBe('総数／男(人)');
    expect(read.columns.age).toBe('年齢');
    expect(read.ignored).toContain('日本人／男(人)');
    expect(read.ignored).toContain('年齢階層');
    expect(sum(read.population.male)).toBeCloseTo(REGISTRY_MALE, 6);
  });

  it('reads English headers, single years, TSV; ages above 100 go into 100+', async () => {
    const rows = [['age', 'male', 'female']];
    for (let a = 0; a <= 105; a++) rows.push([String(a), String(100 + a), String(200 + a)]);
    const read = population(await readPopulationFile(utf8(csvText(rows, '\t')), 'pop.tsv'));
    expect(read.format).toBe('tsv');
    expect(read.ageForm).toBe('single');
    expect(read.population.male[42]).toBe(142);
    expect(read.population.male[100]).toBe(200 + 201 + 202 + 203 + 204 + 205);
  });

  it('names an encoding that is neither UTF-8 nor Shift_JIS, with the row', async () => {
    const bytes = new Uint8Array([...utf8('年齢,男,女\r\n0,1,2\r\n'), 0x31, 0x2c, 0xff, 0xfe, 0xfd, 0x0d, 0x0a]);
    expect(rejection(await readPopulationFile(bytes, 'x.csv'))).toMatchObject({ reason: 'encoding', row: 3, value: '0xFF' });
  });
});

describe('readPopulationFile: every bad file is named, with where', () => {
  const csv = (rows: string[][]) => utf8(csvText(rows));

  it('empty, blank, header without rows', async () => {
    expect(rejection(await readPopulationFile(new Uint8Array(), 'e.csv')).reason).toBe('empty');
    expect(rejection(await readPopulationFile(utf8(' \r\n\r\n'), 'e.csv')).reason).toBe('empty');
    expect(rejection(await readPopulationFile(utf8('年齢,男,女\r\n'), 'h.csv'))).toMatchObject({ reason: 'no-rows', row: 1 });
  });

  it('an image, a PDF, an old .xls or any binary renamed .csv', async () => {
    expect(
      rejection(await readPopulationFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'chart.csv')),
    ).toMatchObject({ reason: 'image', value: 'PNG' });
    expect(rejection(await readPopulationFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'photo.csv'))).toMatchObject({
      reason: 'image',
      value: 'JPEG',
    });
    expect(rejection(await readPopulationFile(utf8('%PDF-1.7\n'), 'a.csv'))).toMatchObject({ reason: 'binary', value: 'PDF' });
    expect(rejection(await readPopulationFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')).reason).toBe(
      'old-excel',
    );
    expect(rejection(await readPopulationFile(new Uint8Array([1, 2, 0, 4, 5]), 'a.csv')).reason).toBe('binary');
  });

  it('a negative or non-numeric count: row, column, age and value', async () => {
    const negative = fiveYearRows((g) => (g === 3 ? '-12' : 1000));
    expect(rejection(await readPopulationFile(csv(negative), 'n.csv'))).toMatchObject({
      reason: 'negative',
      row: 5,
      column: '男',
      age: '15～19歳',
      value: '-12',
    });
    const text = fiveYearRows(undefined, (g) => (g === 7 ? 'abc' : 10));
    expect(rejection(await readPopulationFile(csv(text), 't.csv'))).toMatchObject({
      reason: 'not-a-number',
      row: 9,
      column: '女',
      age: '35～39歳',
      value: 'abc',
    });
    const empty = fiveYearRows(undefined, (g) => (g === 0 ? '' : 10));
    expect(rejection(await readPopulationFile(csv(empty), 'e.csv'))).toMatchObject({ reason: 'empty-cell', row: 2, column: '女' });
  });

  it('"-" is 0 and 1,234 is a count (as the registry prints them)', async () => {
    const rows = fiveYearRows((g) => (g === 20 ? '-' : '"1,234"'));
    const read = population(await readPopulationFile(csv(rows), 'a.csv'));
    expect(read.population.male[100]).toBe(0);
    expect(sum(read.population.male, 0, 4)).toBeCloseTo(1234, 9);
  });

  it('missing, duplicated or overlapping ages; an open group below 100', async () => {
    const missing = fiveYearRows().filter((r) => r[0] !== '40～44歳');
    expect(rejection(await readPopulationFile(csv(missing), 'm.csv'))).toMatchObject({ reason: 'missing-ages', age: '40–44' });
    const noTop = fiveYearRows().slice(0, -1);
    expect(rejection(await readPopulationFile(csv(noTop), 'm.csv'))).toMatchObject({ reason: 'missing-ages', age: '100+' });
    const twice = [...fiveYearRows(), ['10～14歳', '1', '1']];
    expect(rejection(await readPopulationFile(csv(twice), 'd.csv'))).toMatchObject({
      reason: 'duplicate-age',
      row: 23,
      age: '10～14歳',
      otherRow: 4,
    });
    const open = [...fiveYearRows().slice(0, 19), ['90歳以上', '5', '5']];
    expect(rejection(await readPopulationFile(csv(open), 'o.csv'))).toMatchObject({ reason: 'open-group', row: 20, age: '90歳以上' });
    const bad = [...fiveYearRows(), ['七十', '1', '1']];
    expect(rejection(await readPopulationFile(csv(bad), 'u.csv'))).toMatchObject({ reason: 'unknown-age', row: 23, value: '七十' });
  });

  it('unknown columns: no header naming age and both sexes within 30 rows', async () => {
    const r = rejection(
      await readPopulationFile(
        csv([
          ['x', 'y', 'z'],
          ['1', '2', '3'],
        ]),
        'u.csv',
      ),
    );
    expect(r).toMatchObject({ reason: 'no-header', row: 1, value: 'x | y | z', detail: '年齢/age, 男/male, 女/female' });
    const ambiguous = rejection(
      await readPopulationFile(
        csv([
          ['年齢', '男A', '男B', '女'],
          ['0', '1', '2', '3'],
        ]),
        'a.csv',
      ),
    );
    expect(ambiguous).toMatchObject({ reason: 'ambiguous-column', column: '男A, 男B' });
  });

  it('a total row or column that disagrees with the ages', async () => {
    const rows = [['年齢', '男', '女'], ['総数', '99999', '23121'], ...fiveYearRows().slice(1)];
    expect(rejection(await readPopulationFile(csv(rows), 't.csv'))).toMatchObject({
      reason: 'total-mismatch',
      row: 2,
      column: '男',
      value: '99999',
      detail: String(21 * 1000 + 210),
    });
    const column = fiveYearRows().map((r, i) => [...r, i === 0 ? '計' : i === 3 ? '5' : String(Number(r[1]) + Number(r[2]))]);
    expect(rejection(await readPopulationFile(csv(column), 'c.csv'))).toMatchObject({
      reason: 'total-mismatch',
      row: 4,
      column: '計',
      age: '10～14歳',
    });
  });

  it('a file over 50 MB is refused', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    expect(rejection(await readPopulationFile(big, 'big.csv')).reason).toBe('too-large');
  });

  it('rates given in the file (single years), and a rate out of range', async () => {
    const rows = [['年齢', '男', '女', '生残率_男', '生残率_女']];
    for (let a = 0; a <= 100; a++) rows.push([String(a), '10', '10', '0.99', a === 50 ? '1.5' : '0.995']);
    expect(rejection(await readPopulationFile(csv(rows), 'r.csv'))).toMatchObject({
      reason: 'rate-out-of-range',
      row: 52,
      column: '生残率_女',
      value: '1.5',
    });
    rows[51][4] = '0.995';
    const read = population(await readPopulationFile(csv(rows), 'r.csv'));
    expect(read.rates.survival?.male?.[3]).toBe(0.99);
    expect(read.rates.survival?.female?.[100]).toBe(0.995);
  });
});

describe('readPopulationFile: JSON inputs, Parquet, XLSX', () => {
  it('a JSON inputs file (docs/inputs.md) is read whole; a bad one gives the engine message', async () => {
    const ok = await readPopulationFile(example('inputs.json'), 'inputs.json');
    expect(ok.ok && ok.data.kind).toBe('inputs');
    expect(rejection(await readPopulationFile(utf8('{"baseYear": 2021}'), 'x.json'))).toMatchObject({ reason: 'invalid-inputs' });
  });

  it('Parquet round trip: a table written by hyparquet-writer reads to the same population', async () => {
    const ages = Array.from({ length: 101 }, (_, a) => (a === 100 ? '100歳以上' : `${a}歳`));
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: '年齢', data: ages, type: 'STRING' },
        { name: '男', data: ages.map((_, a) => 500 - a), type: 'DOUBLE' },
        { name: '女', data: ages.map((_, a) => 600 - a), type: 'INT32' },
      ],
    });
    const read = population(await readPopulationFile(new Uint8Array(buffer), 'pop.parquet'));
    expect(read.format).toBe('parquet');
    expect(read.population.male[10]).toBe(490);
    expect(read.population.female[100]).toBe(500);
  });

  it('a corrupt Parquet file, and one named .parquet that is not', async () => {
    const buffer = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'age', data: [1, 2, 3], type: 'INT32' }] }));
    const cut = new Uint8Array([...buffer.subarray(0, 20), ...buffer.subarray(buffer.length - 4)]);
    expect(rejection(await readPopulationFile(cut, 'cut.parquet')).reason).toBe('corrupt-parquet');
    expect(rejection(await readPopulationFile(utf8('age,male\n'), 'x.parquet')).reason).toBe('corrupt-parquet');
  });

  it('an .xlsx workbook (deflated, shared strings with furigana); a broken one', async () => {
    const rows = [['杉並区の人口'], ...fiveYearRows().map((r, i) => (i === 0 ? r : [r[0], Number(r[1]), Number(r[2])]))];
    const read = population(await readPopulationFile(await makeXlsx(rows), 'pop.xlsx'));
    expect(read.format).toBe('xlsx');
    expect(read.sheet).toBe('人口');
    expect(read.columns.male).toBe('男');
    expect(sum(read.population.female, 95, 99)).toBeCloseTo(1119, 6);
    const zip = await makeZip({ 'hello.txt': 'hi' });
    expect(rejection(await readPopulationFile(zip, 'a.zip')).reason).toBe('zip-not-xlsx');
    expect(rejection(await readPopulationFile(zip, 'a.xlsx')).reason).toBe('corrupt-xlsx');
    expect(rejection(await readPopulationFile(zip.subarray(0, 30), 'a.xlsx')).reason).toBe('corrupt-xlsx');
  });
});
