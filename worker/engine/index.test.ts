import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from './index.ts';

describe('engine API', () => {
  it('projects an inputs file end to end: parse, prepare, project, summarise', () => {
    const inputs = engine.parseInputsJson(readFileSync(new URL('../../docs/examples/inputs.json', import.meta.url), 'utf8'));
    const prepared = engine.prepare(inputs);
    const result = engine.project(prepared, { horizon: 2030 });
    const { rows, peaks } = engine.summary(result);
    expect(rows).toHaveLength(10);
    expect(rows[0].total).toBe(inputs.population.male.length * 0 + 100 * 1000 * 2 + 50 + 80);
    expect(result.scenario.tfr).toBeCloseTo(1, 12); // Σ asfr of the example
    expect(peaks.total.year).toBeGreaterThanOrEqual(2021);
  });

  it('exports the ranges and defaults the dashboard builds its controls from', () => {
    expect(Object.keys(engine.SCENARIO_RANGES)).toEqual(engine.SCENARIO_KEYS);
    expect(engine.DEFAULT_SCENARIO.horizon).toBe(2065);
    expect(Object.isFrozen(engine.DEFAULT_SCENARIO)).toBe(true);
  });
});
