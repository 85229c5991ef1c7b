// How the town view writes a measure's value: shares and ages to one decimal, people whole.
import { formatDecimal, formatInteger } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { messages } from '../../i18n/messages.ts';
import type { Measure } from './measures.ts';

/** The number alone (legend ranges, table cells): 21.0 / 3,456 / 45.2 */
export function measureNumber(measure: Measure, value: number, lang: Lang): string {
  return measure === 'population' ? formatInteger(value, lang) : formatDecimal(value, lang, 1);
}

/** With its unit: 21.0% / 3,456人 / 45.2歳 */
export function measureValue(measure: Measure, value: number, lang: Lang): string {
  return messages(lang).town.value(measure, measureNumber(measure, value, lang));
}

/** A neighbourhood's name in the reader's language (the Japanese name stays beside the English one). */
export function townName(t: { name: string; name_en: string }, lang: Lang): string {
  return lang === 'ja' ? t.name : `${t.name_en} (${t.name})`;
}
