// The English dictionary once it has arrived (null before). Reactive: what was drawn while it was on its way
// is drawn again when it lands (messages.ts reads it). $state.raw: the dictionary is never changed, only
// replaced, so it is not proxied.
import type { Messages } from './ja.ts';

let english = $state.raw<Messages | null>(null);

export function arrivedEnglish(): Messages | null {
  return english;
}

export function setEnglish(dictionary: Messages): void {
  english = dictionary;
}
