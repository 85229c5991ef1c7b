// A step's title and lead in the reader's language. The dictionaries hold the sentences; every number
// in them comes from here: the step's own year and horizon, the age group's name from the dictionary,
// and the scenario's label and description from data/scenarios/presets.json.
import { formatYear } from '../i18n/format.ts';
import type { StepContext } from '../i18n/ja.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { Preset } from '../scenario/presets.ts';
import { briefingStep } from './apply.ts';

export interface StepWords {
  readonly title: string;
  readonly lead: string;
}

/** The context a step's words are filled with. */
export function stepContext(n: number, presets: readonly Preset[], lang: Lang): StepContext {
  const step = briefingStep(n);
  if (!step) throw new RangeError(`briefing step ${n} does not exist`);
  const preset = presets.find((p) => p.id === step.scenario.preset);
  return {
    year: formatYear(step.year, lang),
    horizon: formatYear(step.scenario.horizon, lang),
    older: messages(lang).outlook.groupsShort.age65plus,
    scenario: preset ? preset.label[lang] : step.scenario.preset,
    scenarioText: preset ? preset.description[lang] : '',
  };
}

export function stepWords(n: number, presets: readonly Preset[], lang: Lang): StepWords {
  const step = briefingStep(n);
  if (!step) throw new RangeError(`briefing step ${n} does not exist`);
  const c = stepContext(n, presets, lang);
  const words = messages(lang).briefing.steps[step.id];
  return { title: words.title(c), lead: words.lead(c) };
}
