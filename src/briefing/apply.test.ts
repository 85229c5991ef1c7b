import { describe, expect, it } from 'vitest';
import { loadPresets } from '../scenario/presets.ts';
import { DEFAULT_STATE, updateState } from '../state/url.ts';
import { applyStep, briefingStep, showsStep } from './apply.ts';
import { BRIEFING_STEPS } from './steps.ts';

const presets = loadPresets().presets;

describe('applyStep', () => {
  it('gives the step its number and nothing outside 1…N', () => {
    expect(briefingStep(0)).toBeUndefined();
    expect(briefingStep(BRIEFING_STEPS.length + 1)).toBeUndefined();
    expect(briefingStep(1.5)).toBeUndefined();
    expect(() => applyStep(0, DEFAULT_STATE, presets)).toThrow(/step 0 does not exist \(1–\d+\)/);
    expect(applyStep(BRIEFING_STEPS.length, DEFAULT_STATE, presets).state.step).toBe(BRIEFING_STEPS.length);
  });

  it('keeps the scenario and names the preset when presets.json lacks it', () => {
    const changed = updateState(DEFAULT_STATE, { scenario: { srb: 110 } });
    const { state, missingPreset } = applyStep(
      1,
      changed,
      presets.filter((p) => p.id !== BRIEFING_STEPS[0].scenario.preset),
    );
    expect(missingPreset).toBe(BRIEFING_STEPS[0].scenario.preset);
    expect(state.scenario).toBe(changed.scenario);
    expect(state.view).toBe(BRIEFING_STEPS[0].view);
  });
});

describe('showsStep', () => {
  it('is true for the state a step sets, false once the presenter changes what the step set', () => {
    for (let n = 1; n <= BRIEFING_STEPS.length; n++) {
      const { state } = applyStep(n, DEFAULT_STATE, presets);
      expect(showsStep(n, state, presets), `step ${n}`).toBe(true);
      expect(showsStep(n, updateState(state, { lang: 'en', plan: { sdgSort: 'count' } }), presets), `step ${n}: language`).toBe(true);
      expect(showsStep(n, updateState(state, { scenario: { inMigration: 0.5 } }), presets), `step ${n}: scenario`).toBe(false);
      expect(showsStep(n, updateState(state, { year: 2050 }), presets), `step ${n}: year`).toBe(false);
    }
    expect(showsStep(0, DEFAULT_STATE, presets)).toBe(false);
  });
});
