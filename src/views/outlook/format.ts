// How the outlook writes its numbers (built on src/i18n/format.ts): people in 万人 / k, shares in %,
// differences with a sign, axis ticks without trailing zeros.
import { formatDecimal, formatInteger, formatPeople, formatPeopleCompact, formatYear } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';

export const people = formatPeopleCompact;
export const exact = formatPeople;
export const year = (y: number, lang: Lang) => formatYear(y, lang);
/** Years on axes and in tables: no era. */
export const plainYear = (y: number, lang: Lang) => formatYear(y, lang, { era: false });

/** A percentage given in percent (28.7 → "28.7%"). */
export const percent = (value: number, lang: Lang, digits = 1) => `${formatDecimal(value, lang, digits)}%`;

const MINUS = '−';
/** +1.2万人 / −3,456人 / ±0 */
export function signedPeople(n: number, lang: Lang): string {
  const rounded = Math.round(n);
  if (rounded === 0) return lang === 'ja' ? '±0人' : '±0';
  return `${rounded > 0 ? '+' : MINUS}${formatPeopleCompact(Math.abs(rounded), lang)}`;
}

export function signedPercent(value: number, lang: Lang, digits = 1): string {
  const text = formatDecimal(Math.abs(value), lang, digits);
  return `${Number(text) === 0 ? '±' : value > 0 ? '+' : MINUS}${text}`;
}

/** Axis ticks of head counts: ja 60万 / 5,000, en 600k / 5,000. */
export function axisPeople(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : '';
  const trim = (x: number) => String(Number(x.toFixed(1)));
  if (lang === 'ja' && abs >= 1e4) return `${sign}${trim(abs / 1e4)}万`;
  if (lang === 'en' && abs >= 1e4) return `${sign}${trim(abs / 1e3)}k`;
  return `${sign}${formatInteger(abs, lang)}`;
}
