// Joining 町丁目 names between sources. The registry table (suginami-chome-age-2022) has names only;
// the boundaries (suginami-chome-boundaries-2020) have names and 11-digit census codes. Both spell the 139
// names the same way today, but names of this kind are often written differently elsewhere (1丁目 /
// １丁目 / 一丁目, ヶ / ケ, の / ノ / 之, spaces), so the join goes through one normalisation, documented in
// data/README.md, and a test checks that all 139 names join one to one.

const KANJI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1…99 in kanji numerals as 丁目 are written: 1 一, 10 十, 12 十二, 20 二十, 21 二十一. */
export function kanjiNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`kanjiNumber: ${n} is not 1–99`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? KANJI_DIGITS[tens] : ''}${tens >= 1 ? '十' : ''}${ones ? KANJI_DIGITS[ones] : ''}`;
}

/**
 * The form names are compared in:
 * 1. Unicode NFKC (full-width digits and letters → ASCII, half-width katakana → full-width);
 * 2. every space (ASCII or ideographic) removed;
 * 3. small ヶ/ヵ and ケ/カ read as ケ/カ, and の / 之 between kanji read as ノ (堀の内 = 堀ノ内 = 堀之内);
 * 4. a 丁目 number in digits written in kanji numerals (阿佐谷南1丁目 → 阿佐谷南一丁目).
 */
export function normaliseTownName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/ヶ/g, 'ケ')
    .replace(/ヵ/g, 'カ')
    .replace(/(?<=\p{Script=Han})[の之](?=\p{Script=Han})/gu, 'ノ')
    .replace(/(\d{1,2})丁目$/, (_, n: string) => `${kanjiNumber(Number(n))}丁目`);
}

/** The 町 part and the 丁目 number of a name such as 阿佐谷南一丁目 (null: the name has no 丁目). */
export function splitChome(name: string): { town: string; chome: number | null } {
  const m = /^(.*?)([一二三四五六七八九十]+)丁目$/.exec(name);
  if (!m) return { town: name, chome: null };
  const k = m[2];
  const digit = (c: string) => KANJI_DIGITS.indexOf(c);
  const chome =
    k === '十'
      ? 10
      : k.startsWith('十')
        ? 10 + digit(k[1])
        : k.includes('十')
          ? digit(k[0]) * 10 + (k.length > 2 ? digit(k[2]) : 0)
          : digit(k);
  return { town: m[1], chome };
}

/**
 * Joins two lists of names one to one through normaliseTownName. Throws, listing them, when a name is on one
 * side only or two names normalise to the same form.
 */
export function joinByName<A, B>(
  left: readonly A[],
  leftName: (a: A) => string,
  right: readonly B[],
  rightName: (b: B) => string,
): [A, B][] {
  const index = new Map<string, B>();
  for (const b of right) {
    const key = normaliseTownName(rightName(b));
    if (index.has(key)) throw new Error(`two names normalise to ${key}`);
    index.set(key, b);
  }
  const pairs: [A, B][] = [];
  const missing: string[] = [];
  const used = new Set<string>();
  for (const a of left) {
    const key = normaliseTownName(leftName(a));
    const b = index.get(key);
    if (b === undefined || used.has(key)) missing.push(leftName(a));
    else {
      used.add(key);
      pairs.push([a, b]);
    }
  }
  const unmatched = [...index.keys()].filter((k) => !used.has(k));
  if (missing.length || unmatched.length) {
    throw new Error(`names that do not join: ${[...missing, ...unmatched].join(', ')}`);
  }
  return pairs;
}
