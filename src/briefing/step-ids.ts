// The briefing's step ids, in order, with no imports: the URL codec (state/url.ts) reads the number of
// steps from here, and steps.ts, which needs the codec's types, gives each id its screen.
export const STEP_IDS = ['headline', 'total', 'ageGroups', 'aging', 'change', 'simulation', 'children', 'published'] as const;
export type StepId = (typeof STEP_IDS)[number];
