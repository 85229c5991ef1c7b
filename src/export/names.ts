// File names for downloads. A projection's file name states its whole scenario, in the link's own
// parameter names, so a file found later says which assumptions produced it:
//   suginami-outlook_scenario-summary_tfr-0.99_srb-105.1_mortalityDecline-0_inMigration-1_outMigration-1_horizon-2065.csv
// A TFR path is written year=tfr joined by "+" (tfr-2030=1.1+2045=1.4): ":" and "," are not
// allowed in file names on every system.
import type { Scenario } from '../../worker/engine/types.ts';

export const FILE_PREFIX = 'suginami-outlook';

/** The scenario as a file-name part. */
export function scenarioSlug(scenario: Scenario): string {
  const tfr = typeof scenario.tfr === 'number' ? String(scenario.tfr) : scenario.tfr.map(([year, value]) => `${year}=${value}`).join('+');
  return [
    `tfr-${tfr}`,
    `srb-${scenario.srb}`,
    `mortalityDecline-${scenario.mortalityDecline}`,
    `inMigration-${scenario.inMigration}`,
    `outMigration-${scenario.outMigration}`,
    `horizon-${scenario.horizon}`,
  ].join('_');
}

/** e.g. projectionFileName('scenario-summary', scenario, 'csv'). */
export function projectionFileName(what: string, scenario: Scenario, extension: string): string {
  return `${FILE_PREFIX}_${what}_${scenarioSlug(scenario)}.${extension}`;
}

/** A query result's file: the local date and time it was run, to the second (20250131-142501). */
export function queryFileName(ranAt: Date, extension: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${ranAt.getFullYear()}${p(ranAt.getMonth() + 1)}${p(ranAt.getDate())}-${p(ranAt.getHours())}${p(ranAt.getMinutes())}${p(ranAt.getSeconds())}`;
  return `${FILE_PREFIX}_query_${stamp}.${extension}`;
}
