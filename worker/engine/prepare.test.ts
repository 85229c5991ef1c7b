import { describe, expect, it } from 'vitest';
import { prepare } from './prepare.ts';
import { syntheticInputs } from './synthetic.ts';
import { AGES, CELLS_PER_YEAR } from './types.ts';

describe('prepare', () => {
  it('lays the inputs out by sex × age and precomputes hazards', () => {
    const inputs = syntheticInputs();
    const p = prepare(inputs);
    expect(p.population[AGES + 40]).toBe(inputs.population.female[40]);
    expect(p.survival[70]).toBe(inputs.survival.male[70]);
    expect(p.hazard[AGES + 90]).toBeCloseTo(-Math.log(inputs.survival.female[90] as number), 15);
    expect(p.birthHazard[0]).toBeCloseTo(-Math.log(inputs.birthSurvival.male), 15);
    expect([p.firstFertileAge, p.lastFertileAge]).toEqual([15, 49]);
  });

  it('sizes the scratch buffers for the longest horizon the base year allows', () => {
    const p = prepare({ ...syntheticInputs(), baseYear: 2030 });
    expect(p.maxSteps).toBe(40);
    expect(p.survivalByStep.length).toBe(40 * CELLS_PER_YEAR);
    expect(p.tfrByStep.length).toBe(40);
  });

  it('validates the inputs', () => {
    expect(() => prepare({ ...syntheticInputs(), srb: 200 })).toThrow('srb 200 is out of range: allowed 90–120');
  });
});
