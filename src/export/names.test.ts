import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../worker/engine/scenario.ts';
import { projectionFileName, queryFileName, scenarioSlug } from './names.ts';

describe('file names', () => {
  it('state every assumption of the scenario, in the link’s parameter names', () => {
    expect(projectionFileName('scenario-summary', { ...DEFAULT_SCENARIO, tfr: 1.5 }, 'csv')).toBe(
      'suginami-outlook_scenario-summary_tfr-1.5_srb-105.1_mortalityDecline-0_inMigration-1_outMigration-1_horizon-2065.csv',
    );
  });

  it('write a TFR path without characters file systems refuse', () => {
    const slug = scenarioSlug({
      ...DEFAULT_SCENARIO,
      tfr: [
        [2021, 0.99],
        [2030, 1.8],
        [2040, 2.07],
      ],
      mortalityDecline: -0.5,
      horizon: 2070,
    });
    expect(slug).toBe('tfr-2021=0.99+2030=1.8+2040=2.07_srb-105.1_mortalityDecline--0.5_inMigration-1_outMigration-1_horizon-2070');
    expect(slug).not.toMatch(/[\\/:*?"<>|,\s]/);
  });

  it('name a query result by the local time it ran', () => {
    expect(queryFileName(new Date(2025, 0, 31, 14, 5, 9), 'csv')).toBe('suginami-outlook_query_20250131-140509.csv');
  });
});
