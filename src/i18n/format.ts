// Numbers, years and shares as the dashboard writes them, per language.
//
// People:
//   exact    ja 588,586人     en 588,586        (tables, tooltips)
//   compact  ja 58.9万人      en 588.6k         (headlines, axes; from 10,000 up)
//            ja 1.2億人       en 1.23M          (≥ 1億 / ≥ 1 million; not reached by Suginami)
//   Below 10,000 compact is exact. Compact values have one decimal (two for M).
// Years:   ja 2033（令和15）年 / 2033（令和15）年度      en 2033 / FY2033
//   A fiscal year (年度) runs April to March: FY2030 = 2030年度 = April 2030 – March 2031.
// Shares:  ratios in, percent out: 0.287 → 28.7%.
import { eraName } from './era.ts';
import { LOCALES, type Lang } from './lang.ts';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** 588586 → "588,586" (rounded to a whole number). */
export function formatInteger(n: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

/** A number with exactly `digits` decimals: formatDecimal(0.99, 'ja', 2) → "0.99". */
export function formatDecimal(n: number, lang: Lang, digits: number): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** A change with its sign: +1,234 / −1,234 / 0. */
export function formatSignedInteger(n: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(n);
}

/** Exact head count: ja "588,586人", en "588,586". */
export function formatPeople(n: number, lang: Lang): string {
  const text = formatInteger(n, lang);
  return lang === 'ja' ? `${text}人` : text;
}

/** Rounds n / unit to `digits` decimals; null when that rounds up to the next unit (e.g. 9999.96万 → 1億). */
function scaled(n: number, unit: number, next: number, digits: number): number | null {
  const factor = 10 ** digits;
  const value = Math.round((Math.abs(n) / unit) * factor) / factor;
  return value * unit >= next ? null : Math.sign(n) * value;
}

/** Head count for headlines and axes: ja "58.9万人", en "588.6k" (exact below 10,000). */
export function formatPeopleCompact(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (Math.round(abs) < 10_000) return formatPeople(n, lang);
  if (lang === 'ja') {
    const man = abs < 1e8 ? scaled(n, 1e4, 1e8, 1) : null;
    return man !== null ? `${formatDecimal(man, lang, 1)}万人` : `${formatDecimal(n / 1e8, lang, 1)}億人`;
  }
  const k = abs < 1e6 ? scaled(n, 1e3, 1e6, 1) : null;
  return k !== null ? `${formatDecimal(k, lang, 1)}k` : `${formatDecimal(n / 1e6, lang, 2)}M`;
}

/** A ratio as a percentage: 0.287 → "28.7%". */
export function formatPercent(ratio: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);
}

export interface YearOptions {
  /** Fiscal year (年度, April–March) instead of calendar year. */
  fiscal?: boolean;
  /** Japanese only: add the era, 2033（令和15）年 (default true). Axes use false: 2033年. */
  era?: boolean;
}

/** ja "2033（令和15）年", "2030（令和12）年度"; en "2033", "FY2030". */
export function formatYear(year: number, lang: Lang, options: YearOptions = {}): string {
  const { fiscal = false, era = true } = options;
  if (lang === 'en') return fiscal ? `FY${year}` : String(year);
  const name = era ? eraName(year) : null;
  return `${year}${name ? `（${name}）` : ''}${fiscal ? '年度' : '年'}`;
}

/** Seconds for status lines: 2.3 → ja "2.3秒", en "2.3 s". */
export function formatSeconds(seconds: number, lang: Lang): string {
  const text = formatDecimal(seconds, lang, 1);
  return lang === 'ja' ? `${text}秒` : `${text} s`;
}

/** File sizes: 1536 → "1.5 KB"; bytes below 1 KB as "512 B". */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatInteger(bytes, lang)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatDecimal(value, lang, 1)} ${units[unit]}`;
}
