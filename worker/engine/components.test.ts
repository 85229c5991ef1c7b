import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from './cohort.ts';
import { components, createComponents } from './components.ts';
import { prepare } from './prepare.ts';
import { seededRandom } from './random.ts';
import { randomInputs, syntheticInputs } from './synthetic.ts';
import { AGES, CELLS_PER_YEAR } from './types.ts';

describe('components', () => {
  it('balances each cohort: P(t+1, a+1) = P(t, a) − D + I − O, with 100+ collecting ages 99 and 100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (seed, k, mOut) => {
          const result = project(prepare(randomInputs(seededRandom(seed))), { mortalityDecline: k, outMigration: mOut, horizon: 2035 });
          const { deaths: D, inMigrants: I, outMigrants: O } = components(result);
          const P = result.population;
          let worst = 0;
          for (let y = 0; y < result.years - 1; y++) {
            for (let sex = 0; sex < 2; sex++) {
              const now = (y * 2 + sex) * AGES;
              const next = now + CELLS_PER_YEAR;
              const change = (i: number) => P[i] - D[i] + I[i] - O[i];
              for (let a = 0; a < 99; a++) worst = Math.max(worst, Math.abs(P[next + a + 1] - change(now + a)) / (1 + P[now + a]));
              worst = Math.max(worst, Math.abs(P[next + 100] - change(now + 99) - change(now + 100)) / (1 + P[now + 99] + P[now + 100]));
              const k2 = y * 2 + sex;
              const babies = result.births[k2] - result.birthDeaths[k2] + result.birthInMigrants[k2] - result.birthOutMigrants[k2];
              worst = Math.max(worst, Math.abs(P[next] - babies) / (1 + result.births[k2]));
            }
          }
          expect(worst).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('follows the method: half the migrants exposed to death, deaths Q(1 − S)', () => {
    const inputs = syntheticInputs();
    const result = project(prepare(inputs), { inMigration: 1.5, horizon: 2030 });
    const { deaths, inMigrants, outMigrants } = components(result);
    const a = 24;
    const P = inputs.population.female[a] as number;
    const i = 1.5 * (inputs.inMigrationRate.female[a] as number) * P;
    const o = (inputs.outMigrationRate.female[a] as number) * P;
    expect(inMigrants[AGES + a]).toBeCloseTo(i, 9);
    expect(outMigrants[AGES + a]).toBeCloseTo(o, 9);
    expect(deaths[AGES + a]).toBeCloseTo((P + (i - o) / 2) * (1 - (inputs.survival.female[a] as number)), 9);
  });

  it('writes into a given buffer and checks its size', () => {
    const prepared = prepare(syntheticInputs());
    const result = project(prepared);
    const out = createComponents(result);
    expect(components(result, out)).toBe(out);
    expect(out.deaths.length).toBe(44 * CELLS_PER_YEAR);
    expect(() => components(project(prepared, { horizon: 2040 }), out)).toThrow('out was created for another horizon');
  });
});
