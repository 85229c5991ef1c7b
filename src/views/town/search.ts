// The town view's search box: a 町丁目 is found by its name as written (阿佐谷南一丁目), in kana (あさがや,
// アサガヤ), or in romaji (asagaya, Asagaya-minami 1). Text is folded before matching: NFKC (full-width →
// ASCII), lower case, katakana → hiragana, no spaces, hyphens or long-vowel marks (ō ou → o, ū uu → u), and
// 丁目 numbers in kanji read as digits (一丁目 = 1丁目 = 1-chome). Every word of the query must occur in
// one of the town's forms.

const KANJI_DIGITS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

export function foldSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .normalize('NFD')
    .replace(/[\u0304\u0302]/g, '') // macron, circumflex: ō ô → o
    .normalize('NFC')
    .replace(/([一二三四五六七八九十]+)丁目/g, (_, k: string) => `${k.length === 1 ? KANJI_DIGITS[k] : k}丁目`)
    .replace(/ou/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/[\s\-‐ー・.、,]+/g, '');
}

export interface Searchable {
  readonly code: string;
  readonly name: string;
  readonly name_en: string;
  readonly kana: string;
  readonly chome: number | null;
}

/** The forms a town can be found by, folded. */
export function searchForms(t: Searchable): string[] {
  const n = t.chome === null ? '' : String(t.chome);
  return [t.name, `${t.kana}${n}`, `${t.kana}${n}ちょうめ`, t.name_en, t.code].map(foldSearch);
}

/** The towns matching every word of the query, in their given order (an empty query matches nothing). */
export function searchTowns<T extends Searchable>(towns: readonly T[], query: string, limit = 12): T[] {
  const words = query.normalize('NFKC').trim().split(/\s+/).map(foldSearch).filter(Boolean);
  if (!words.length) return [];
  const out: T[] = [];
  for (const t of towns) {
    const forms = searchForms(t);
    if (words.every((w) => forms.some((f) => f.includes(w)))) out.push(t);
    if (out.length >= limit) break;
  }
  return out;
}
