// Search in the plan's names, Japanese and English. Text is folded before comparing, so that what
// people type matches what the document prints:
//   - NFKC: full-width ↔ half-width letters and digits (ＩＣＴ = ICT, １２ = 12), half-width katakana
//     (ｺﾐｭﾆﾃｨ = コミュニティ), compatibility characters (㎡ = m2);
//   - katakana → hiragana (コミュニティ = こみゅにてぃ), lower case, and no spaces or middle dots
//     (防災防犯 finds 防災・防犯; Park Area finds "park area").
// Words separated by spaces (half- or full-width) must all be found, in any order, each in the Japanese
// or the English name (子ども 居場所 finds 子どもの居場所づくり…).

/** Folds text for comparison (see above). */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s・･]+/g, '');
}

/** The words of a query, folded; empty when there is nothing to search for. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/\s+/)
    .map(fold)
    .filter((w) => w.length > 0);
}

/** A function telling whether names match the query (every word found in one of them). */
export function matcher(query: string): ((...names: readonly string[]) => boolean) | null {
  const words = queryWords(query);
  if (!words.length) return null;
  return (...names) => {
    const haystack = names.map(fold).join('\u0000');
    return words.every((w) => haystack.includes(w));
  };
}

/** The ids of the items whose names match (null: no search). */
export function searchIds<T>(
  items: Iterable<T>,
  query: string,
  names: (item: T) => readonly string[],
  id: (item: T) => string,
): Set<string> | null {
  const match = matcher(query);
  if (!match) return null;
  const found = new Set<string>();
  for (const item of items) if (match(...names(item))) found.add(id(item));
  return found;
}
