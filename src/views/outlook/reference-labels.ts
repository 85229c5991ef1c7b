// The words for the dashed line and the pyramid's outline: the plan's baseline, or scenario B when the
// outlook compares two scenarios (then the solid line is A). One place, so every panel says the same.
import type { Lang } from '../../i18n/lang.ts';
import { messages } from '../../i18n/messages.ts';

export interface ReferenceLabels {
  /** Legend of the solid line (the scenario shown, A). */
  readonly scenario: string;
  /** Legend of the dashed line. */
  readonly reference: string;
  /** Table columns: the scenario's and the reference's. */
  readonly scenarioColumn: string;
  readonly referenceColumn: string;
}

/** `versus`: B's name when comparing, null when the reference is the plan's baseline. */
export function referenceLabels(lang: Lang, versus: string | null): ReferenceLabels {
  const m = messages(lang);
  if (versus === null) {
    return {
      scenario: m.outlook.legend.scenario,
      reference: m.outlook.legend.baseline,
      scenarioColumn: m.outlook.trends.columns.scenario,
      referenceColumn: m.outlook.trends.columns.baseline,
    };
  }
  return {
    scenario: m.compare.legendA,
    reference: m.compare.legendB(versus),
    scenarioColumn: m.compare.table.a,
    referenceColumn: m.compare.table.b,
  };
}
