// The briefing mode's steps, as plain data: the plan's population story told in order, one screen a
// step. A step says what to show (a partial link state, applied by apply.ts) and which element to bring
// into view; its words live in the dictionaries (briefing.steps[id]), and they carry no number of their
// own: a year comes from the step's state, a scenario's name and values from data/scenarios/presets.json.
// url.ts reads the number of steps from step-ids.ts, not from here, so the two do not import each other.
import type { Focus, PlanState } from '../state/url.ts';
import type { View } from '../state/views.ts';
import { STEP_IDS, type StepId } from './step-ids.ts';

export { STEP_IDS, type StepId };

/** The scenario of a step: a preset (applied exactly as the scenario panel applies it) and the horizon. */
export interface StepScenario {
  /** A preset id of data/scenarios/presets.json. */
  readonly preset: string;
  readonly horizon: number;
}

export interface BriefingStep {
  /** Key of the step's words in the dictionaries (briefing.steps[id]). */
  readonly id: StepId;
  readonly view: View;
  /** The outlook's year (pyramid, headline). Every step sets year, focus and scenario, so that a step
   *  looks the same whichever step came before it. */
  readonly year: number;
  readonly focus: Focus;
  readonly scenario: StepScenario;
  /** The plan view's state; search text and governance branches are reset so the node shows plainly. */
  readonly plan?: Partial<PlanState>;
  /** CSS selector of the element brought into view: a chart's data-chart (or the headline's test id),
   *  optionally narrowed to a part of it marked by a test id, when the whole chart is taller than a screen. */
  readonly target: string;
}

/** The plan's assumptions to 2065, the horizon of the plan's own projection. */
const PLAN: StepScenario = { preset: 'plan', horizon: 2065 };
const HEADLINE = '[data-testid="headline"]';
const chart = (id: string) => `[data-chart="${id}"]`;

export const BRIEFING_STEPS: readonly BriefingStep[] = [
  // The plan's final year (2030 = 令和12年), with the plan's assumptions.
  { id: 'headline', view: 'outlook', year: 2030, focus: 'none', scenario: PLAN, target: HEADLINE },
  // The total and its peak (the peak label on the curve).
  { id: 'total', view: 'outlook', year: 2030, focus: 'total', scenario: PLAN, target: chart('total') },
  // The three age groups, 65+ highlighted.
  { id: 'ageGroups', view: 'outlook', year: 2030, focus: 'age65plus', scenario: PLAN, target: chart('age-groups') },
  // The aging rate to the horizon; the pyramid and headline show the horizon's year.
  { id: 'aging', view: 'outlook', year: 2065, focus: 'none', scenario: PLAN, target: chart('aging') },
  // Natural vs social change: deaths outnumber births, moving in keeps the population up.
  { id: 'change', view: 'outlook', year: 2030, focus: 'none', scenario: PLAN, target: chart('change') },
  // Simulation 1 (fertility rises) against the plan's dotted line, in the horizon's year.
  { id: 'simulation', view: 'outlook', year: 2065, focus: 'total', scenario: { preset: 'sim1', horizon: 2065 }, target: HEADLINE },
  // What the ward does: the plan's children field (field 6, 子ども) in the sunburst.
  {
    id: 'children',
    view: 'plan',
    year: 2030,
    focus: 'none',
    scenario: PLAN,
    plan: { view: 'sunburst', node: 'f6', search: '', governance: false },
    // The sunburst from its breadcrumb down: the frame with its search box is taller than a projector's screen.
    target: `${chart('plan-sunburst')} [data-testid="breadcrumb"]`,
  },
  // The plan's published figures beside ours, with the notes on what is approximated.
  { id: 'published', view: 'outlook', year: 2030, focus: 'none', scenario: PLAN, target: chart('published') },
];
