import { describe, expect, it } from 'vitest';
import { validateInputs } from './inputs.ts';
import { seededRandom } from './random.ts';
import { randomInputs, syntheticInputs } from './synthetic.ts';

describe('synthetic inputs', () => {
  it('are valid, and the random ones repeat for a seed', () => {
    expect(() => validateInputs(syntheticInputs())).not.toThrow();
    for (let seed = 1; seed < 50; seed++) expect(() => validateInputs(randomInputs(seededRandom(seed)))).not.toThrow();
    expect(randomInputs(seededRandom(3))).toEqual(randomInputs(seededRandom(3)));
    expect(randomInputs(seededRandom(3))).not.toEqual(randomInputs(seededRandom(4)));
  });

  it('draw numbers in [0, 1)', () => {
    const random = seededRandom(42);
    const xs = Array.from({ length: 1000 }, random);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBe(1000);
  });
});
