// Vitest setup: the English dictionary, which the app fetches when a page first needs it (i18n/messages.ts),
// is there before any test renders or words something in English.
import { loadMessages } from './i18n/messages.ts';

await loadMessages('en');
