// A briefing step applied to the state: the step's view, year, focus and plan selection, and its scenario
// made by the same function the scenario panel's preset buttons use (applyPreset). Pure: the bar pushes
// the result to the URL (one history entry per step, so Back returns to the previous step).
import { applyPreset, type Preset } from '../scenario/presets.ts';
import { encodeUrlState, updateState, type UrlState } from '../state/url.ts';
import { BRIEFING_STEPS, type BriefingStep } from './steps.ts';

export interface Applied {
  readonly state: UrlState;
  /** The step's preset when data/scenarios/presets.json has no such preset (the scenario is then kept). */
  readonly missingPreset: string | null;
}

/** Step n (1-based) of the briefing; undefined outside 1…BRIEFING_STEPS.length. */
export function briefingStep(n: number): BriefingStep | undefined {
  return Number.isInteger(n) && n >= 1 ? BRIEFING_STEPS[n - 1] : undefined;
}

/** The state showing step n, from the current state (its language and unrelated plan settings are kept). */
export function applyStep(n: number, current: UrlState, presets: readonly Preset[]): Applied {
  const step = briefingStep(n);
  if (!step) throw new RangeError(`briefing step ${n} does not exist (1–${BRIEFING_STEPS.length})`);
  const preset = presets.find((p) => p.id === step.scenario.preset);
  const scenario = preset ? applyPreset(preset, { ...current.scenario, horizon: step.scenario.horizon }) : undefined;
  const state = updateState(current, {
    view: step.view,
    year: step.year,
    focus: step.focus,
    scenario,
    plan: step.plan,
    step: n,
    compare: null,
  });
  return { state, missingPreset: preset ? null : step.scenario.preset };
}

/** Whether the state still shows step n as the step sets it (false once the presenter changed something). */
export function showsStep(n: number, state: UrlState, presets: readonly Preset[]): boolean {
  if (!briefingStep(n)) return false;
  const { state: expected, missingPreset } = applyStep(n, state, presets);
  return !missingPreset && encodeUrlState(expected) === encodeUrlState({ ...state, step: n });
}
