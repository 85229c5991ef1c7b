import { describe, expect, it } from 'vitest';
import type { StepContext } from '../i18n/ja.ts';
import { LANGS } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { loadPresets } from '../scenario/presets.ts';
import { BRIEFING_STEPS } from './steps.ts';
import { stepContext, stepWords } from './words.ts';

const presets = loadPresets().presets;
const DIGITS = /[0-9０-９]/;

describe('briefing words', () => {
  it('write no number of their own: every digit comes from the context', () => {
    const blank: StepContext = { year: 'YEAR', horizon: 'HORIZON', older: 'OLDER', scenario: 'SCENARIO', scenarioText: 'TEXT' };
    for (const lang of LANGS) {
      for (const [id, words] of Object.entries(messages(lang).briefing.steps)) {
        for (const text of [words.title(blank), words.lead(blank)]) {
          expect(text.trim().length, `${lang} ${id}`).toBeGreaterThan(0);
          expect(text, `${lang} ${id}`).not.toMatch(DIGITS);
        }
      }
    }
  });

  it('fill in the step’s year and horizon, the age group and the preset’s own words', () => {
    const aging = BRIEFING_STEPS.findIndex((s) => s.id === 'aging') + 1;
    expect(stepWords(aging, presets, 'ja').title).toBe(`高齢化率の推移（${BRIEFING_STEPS[aging - 1].scenario.horizon}（令和47）年まで）`);
    expect(stepWords(aging, presets, 'en').lead).toContain('65+');
    const sim = BRIEFING_STEPS.findIndex((s) => s.id === 'simulation') + 1;
    const sim1 = presets.find((p) => p.id === BRIEFING_STEPS[sim - 1].scenario.preset)!;
    for (const lang of LANGS) {
      const words = stepWords(sim, presets, lang);
      expect(words.title).toContain(sim1.label[lang]);
      expect(words.lead).toContain(sim1.description[lang]);
      expect(stepContext(sim, presets, lang).scenarioText).toBe(sim1.description[lang]);
    }
    const first = stepWords(1, presets, 'ja');
    expect(first.title).toBe('計画の最終年、2030（令和12）年の杉並区');
  });
});
