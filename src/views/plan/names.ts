// Names in the reader's language. The Japanese is the plan's; the English is our translation
// (name_en_source = 'Suginami Outlook translation'), which the English UI says next to the names.
import type { Lang } from '../../i18n/lang.ts';
import type { PlanNodeData } from './hierarchy.ts';

export const rowName = (row: { readonly name_ja: string; readonly name_en: string }, lang: Lang): string =>
  lang === 'ja' ? row.name_ja : row.name_en;

export const nodeName = (d: Pick<PlanNodeData, 'nameJa' | 'nameEn'>, lang: Lang): string => (lang === 'ja' ? d.nameJa : d.nameEn);

/** The other language's name, shown beside the reader's (both are always available). */
export const otherName = (d: Pick<PlanNodeData, 'nameJa' | 'nameEn'>, lang: Lang): string => (lang === 'ja' ? d.nameEn : d.nameJa);

/** ja/en text pairs from a row (e.g. note_ja / note_en). */
export const pick = (lang: Lang, ja: string | null, en: string | null): string | null => (lang === 'ja' ? ja : en);
