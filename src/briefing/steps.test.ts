import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../worker/engine/scenario.ts';
import { LANGS } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { applyPreset, loadPresets } from '../scenario/presets.ts';
import { decodeUrlState, DEFAULT_STATE, encodeUrlState, STEP_RANGE, updateState } from '../state/url.ts';
import { loadRealPlanTables } from '../views/plan/test-tables.ts';
import { realProjection } from '../views/data/test-projection.ts';
import { applyStep } from './apply.ts';
import { BRIEFING_STEPS, STEP_IDS } from './steps.ts';

const presets = loadPresets().presets;
const numbers = BRIEFING_STEPS.map((_, i) => i + 1);
const stepOf = (id: string) => BRIEFING_STEPS.findIndex((s) => s.id === id) + 1;

/** Every component's source, to find the elements the steps bring into view. */
const SOURCES = import.meta.glob('../**/*.svelte', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('briefing steps', () => {
  it('are the story in order, each with its words in every language', () => {
    expect(BRIEFING_STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(STEP_RANGE.max).toBe(BRIEFING_STEPS.length);
    for (const lang of LANGS) expect(Object.keys(messages(lang).briefing.steps)).toEqual([...STEP_IDS]);
  });

  it('each decode to a valid state: the link round-trips with no notice, the step included', () => {
    for (const n of numbers) {
      const { state, missingPreset } = applyStep(n, DEFAULT_STATE, presets);
      expect(missingPreset, `step ${n}`).toBeNull();
      expect(state.step).toBe(n);
      const decoded = decodeUrlState(encodeUrlState(state));
      expect(decoded.issues, `step ${n}`).toEqual([]);
      expect(decoded.state, `step ${n}`).toEqual(state);
    }
  });

  it('set scenarios the engine accepts, made by the presets’ own code', () => {
    for (const n of numbers) {
      const step = BRIEFING_STEPS[n - 1];
      const { scenario } = applyStep(n, DEFAULT_STATE, presets).state;
      expect(resolveScenario(scenario), `step ${n}`).toEqual(scenario);
      const preset = presets.find((p) => p.id === step.scenario.preset)!;
      expect(scenario).toEqual(applyPreset(preset, { ...DEFAULT_STATE.scenario, horizon: step.scenario.horizon }));
    }
    // Simulation 1 is a fertility path; the others are the plan's assumptions.
    expect(applyStep(stepOf('simulation'), DEFAULT_STATE, presets).state.scenario.tfr).toEqual(
      presets.find((p) => p.id === 'sim1')!.scenario.tfr,
    );
    expect(applyStep(stepOf('change'), DEFAULT_STATE, presets).state.scenario).toEqual(DEFAULT_STATE.scenario);
  });

  it('look the same whichever state they are reached from (language and plan settings aside)', () => {
    const sim2 = presets.find((p) => p.id === 'sim2')!;
    const elsewhere = updateState(DEFAULT_STATE, {
      view: 'data',
      lang: 'en',
      year: 2039,
      focus: 'age0_14',
      step: 5,
      scenario: { ...applyPreset(sim2, DEFAULT_STATE.scenario), horizon: 2040, mortalityDecline: 0.5 },
      plan: { view: 'timeline', node: 'p12', search: 'みどり', governance: true, sdgSort: 'count' },
    });
    for (const n of numbers) {
      const a = applyStep(n, DEFAULT_STATE, presets).state;
      const b = applyStep(n, elsewhere, presets).state;
      const shown = (s: typeof a) => ({
        view: s.view,
        year: s.year,
        focus: s.focus,
        scenario: s.scenario,
        step: s.step,
        plan: BRIEFING_STEPS[n - 1].view === 'plan' ? { ...s.plan, sdgSort: null } : null,
      });
      expect(shown(b), `step ${n}`).toEqual(shown(a));
      expect(b.lang).toBe('en');
    }
  });

  it('bring into view elements the app draws', () => {
    const all = Object.values(SOURCES).join('\n');
    for (const step of BRIEFING_STEPS) {
      const parts = /^\[data-(chart|testid)="([\w-]+)"\](?: \[data-testid="([\w-]+)"\])?$/.exec(step.target);
      expect(parts, step.target).not.toBeNull();
      const [, kind, id, part] = parts!;
      if (kind === 'chart') expect(all, step.target).toMatch(new RegExp(`<ChartFrame\\s[^>]*\\bid="${id}"`));
      else expect(all, step.target).toContain(`data-testid="${id}"`);
      if (part) expect(all, step.target).toContain(`data-testid="${part}"`);
    }
  });

  it("show the plan's children field (子ども) in the plan step", async () => {
    const step = BRIEFING_STEPS[stepOf('children') - 1];
    expect(step.plan?.node).toMatch(/^f\d+$/);
    const { plan_fields } = await loadRealPlanTables();
    const field = plan_fields.find((f) => `f${f.field_id}` === step.plan?.node);
    expect(field?.name_ja).toBe('子ども');
  });

  it('say only what the projection shows: a peak before the horizon, natural decrease made up by moving in', async () => {
    const baseline = await realProjection({ horizon: 2065 });
    const total = baseline.summary.total;
    const peak = total.indexOf(Math.max(...total));
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(total.length - 1); // a peak, then decline: the 'total' step's words
    const change = BRIEFING_STEPS[stepOf('change') - 1];
    const y = change.year - baseline.baseYear;
    expect(baseline.summary.natural_change[y]).toBeLessThan(0);
    expect(baseline.summary.social_change[y]).toBeGreaterThan(-baseline.summary.natural_change[y]);
  });
});
