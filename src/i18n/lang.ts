// The languages of the dashboard. Japanese is the default: the plan, the ward and most users are Japanese.
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

/** BCP 47 locale for Intl formatting. */
export const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };
