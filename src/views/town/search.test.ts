import { describe, expect, it } from 'vitest';
import { foldSearch, searchTowns } from './search.ts';

const towns = [
  { code: '13115001001', name: '方南一丁目', name_en: 'Honan 1-chome', kana: 'ほうなん', chome: 1 },
  { code: '13115013002', name: '阿佐谷南二丁目', name_en: 'Asagaya-minami 2-chome', kana: 'あさがやみなみ', chome: 2 },
  { code: '13115014001', name: '阿佐谷北一丁目', name_en: 'Asagaya-kita 1-chome', kana: 'あさがやきた', chome: 1 },
  { code: '13115011001', name: '高円寺南一丁目', name_en: 'Koenji-minami 1-chome', kana: 'こうえんじみなみ', chome: 1 },
];
const codes = (q: string) => searchTowns(towns, q).map((t) => t.code);

describe('town search', () => {
  it('finds a town by its name, kana or romaji, folded', () => {
    expect(codes('阿佐谷南')).toEqual(['13115013002']);
    expect(codes('asagaya')).toEqual(['13115013002', '13115014001']);
    expect(codes('ASAGAYA minami')).toEqual(['13115013002']);
    expect(codes('あさがや')).toEqual(['13115013002', '13115014001']);
    expect(codes('アサガヤキタ')).toEqual(['13115014001']);
    expect(codes('ｱｻｶﾞﾔ')).toEqual(['13115013002', '13115014001']);
    expect(codes('Kōenji')).toEqual(['13115011001']);
    expect(codes('kouenji')).toEqual(['13115011001']);
    expect(codes('阿佐谷南2丁目')).toEqual(['13115013002']);
    expect(codes('阿佐谷南２')).toEqual(['13115013002']);
    expect(codes('asagaya-minami 2')).toEqual(['13115013002']);
    expect(codes('13115001001')).toEqual(['13115001001']);
    expect(codes('')).toEqual([]);
    expect(codes('新宿')).toEqual([]);
  });

  it('folds width, case, kana and 丁目 numbers', () => {
    expect(foldSearch('阿佐谷南 一丁目')).toBe('阿佐谷南1丁目');
    expect(foldSearch('Ｈｏｎａｎ')).toBe('honan');
    expect(foldSearch('ホウナン')).toBe('ほうなん');
  });
});
