// The ward's aim (目指すまちの姿), the root of the plan tree. No table carries it, so it lives in the
// dictionaries (plan.vision): the Japanese quoted from the plan summary, the English our translation.
// vision.test.ts checks the Japanese against the plan summary in data/raw/.
import { messages } from '../../i18n/messages.ts';

/** Both languages' text (read when called: the English dictionary arrives when first needed). */
export function vision(): { ja: string; en: string } {
  return { ja: messages('ja').plan.vision, en: messages('en').plan.vision };
}
