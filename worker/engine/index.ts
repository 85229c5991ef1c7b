// Public API of the projection engine (pure TypeScript: no DOM, no Node).
export * from './types.ts';
export {
  DEFAULT_SCENARIO,
  SCENARIO_RANGES,
  SCENARIO_KEYS,
  resolveScenario,
  tfrAt,
  type ParameterRange,
  type ScenarioContext,
} from './scenario.ts';
export { INPUT_RANGES, validateInputs, parseInputsJson } from './inputs.ts';
export { asfrFromShape, shapeFromAsfr } from './asfr.ts';
export { prepare } from './prepare.ts';
export { project, createResult, scenarioFor } from './cohort.ts';
export { components, createComponents } from './components.ts';
export { summary, ageSum, AGE_GROUPS, type SummaryRow, type Peak, type Peaks, type ProjectionSummary } from './summary.ts';
export { compareWithActuals, type ActualCount, type Comparison } from './compare.ts';
