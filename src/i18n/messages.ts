// The dictionaries. ja.ts defines the shape; every other language is typed against it.
import { en } from './en.ts';
import { ja, type Messages } from './ja.ts';
import type { Lang } from './lang.ts';

export type { Messages };

export const MESSAGES: Record<Lang, Messages> = { ja, en };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
