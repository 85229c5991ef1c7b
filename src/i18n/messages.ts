// The dictionaries. ja.ts defines the shape; every other language is typed against it.
//
// Japanese, the default language, comes with the app's code. English is its own chunk (en.ts, 14 KB gzip),
// fetched when a page first needs it (loadMessages): before the first paint when the link says lang=en
// (main.ts), on the language switch. Until it has arrived, messages('en') answers in Japanese; it is
// reactive, so whatever was drawn then is drawn again in English when it lands.
import { arrivedEnglish, setEnglish } from './english.svelte.ts';
import { ja, type Messages } from './ja.ts';
import type { Lang } from './lang.ts';

export type { Messages };

export function messages(lang: Lang): Messages {
  return lang === 'en' ? (arrivedEnglish() ?? ja) : ja;
}

let english: Promise<void> | null = null;

/** Fetches `lang`'s dictionary if it has not arrived (once; after a failure the next call tries again). */
export function loadMessages(lang: Lang): Promise<void> {
  if (lang !== 'en' || arrivedEnglish()) return Promise.resolve();
  english ??= import('./en.ts').then(
    (m) => setEnglish(m.en),
    (error: unknown) => {
      english = null;
      throw error;
    },
  );
  return english;
}
