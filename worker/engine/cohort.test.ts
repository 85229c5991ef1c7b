import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createResult, project } from './cohort.ts';
import { components } from './components.ts';
import { prepare } from './prepare.ts';
import { seededRandom } from './random.ts';
import { randomInputs, syntheticInputs } from './synthetic.ts';
import { AGES, CELLS_PER_YEAR, type ProjectionInputs, type ProjectionResult, type Scenario } from './types.ts';

const scenarioArb: fc.Arbitrary<Partial<Scenario>> = fc.record({
  tfr: fc.oneof(
    fc.double({ min: 0, max: 3, noNaN: true }),
    fc
      .uniqueArray(fc.integer({ min: 2021, max: 2070 }), { minLength: 1, maxLength: 4 })
      .chain((years) =>
        fc.tuple(...years.sort((a, b) => a - b).map((y) => fc.tuple(fc.constant(y), fc.double({ min: 0, max: 3, noNaN: true })))),
      ),
  ),
  srb: fc.double({ min: 90, max: 120, noNaN: true }),
  mortalityDecline: fc.oneof(fc.constant(0), fc.double({ min: -2, max: 3, noNaN: true })),
  inMigration: fc.double({ min: 0, max: 3, noNaN: true }),
  outMigration: fc.double({ min: 0, max: 3, noNaN: true }),
  horizon: fc.integer({ min: 2030, max: 2070 }),
}) as fc.Arbitrary<Partial<Scenario>>;

const seedArb = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const sum = (xs: ArrayLike<number>, from = 0, to = xs.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i];
  return s;
};
const sexTotal = (r: ProjectionResult, y: number, sex: number) =>
  sum(r.population, y * CELLS_PER_YEAR + sex * AGES, y * CELLS_PER_YEAR + (sex + 1) * AGES);

/** Pure ageing: everyone survives, nobody is born, nobody moves. */
function ageingOnly(population: ProjectionInputs['population']): ProjectionInputs {
  const ones = Array<number>(AGES).fill(1);
  const zeros = Array<number>(AGES).fill(0);
  const shape = zeros.map((_, a) => (a === 30 ? 1 : 0));
  return {
    baseYear: 2021,
    population,
    survival: { male: ones, female: ones },
    birthSurvival: { male: 1, female: 1 },
    fertilityShape: shape,
    tfr: 0,
    srb: 105.1,
    inMigrationRate: { male: zeros, female: zeros },
    outMigrationRate: { male: zeros, female: zeros },
  };
}

describe('project', () => {
  it('balances P(t+1) = P(t) + B − D + I − O for every year and sex, on random inputs and scenarios', () => {
    fc.assert(
      fc.property(seedArb, scenarioArb, (seed, scenario) => {
        const prepared = prepare(randomInputs(seededRandom(seed)));
        const result = project(prepared, scenario);
        const { deaths, inMigrants, outMigrants } = components(result);
        for (let y = 0; y < result.years - 1; y++) {
          let change = 0;
          let flows = 0;
          for (let sex = 0; sex < 2; sex++) {
            const cells = [(y * 2 + sex) * AGES, (y * 2 + sex + 1) * AGES] as const;
            const k = y * 2 + sex;
            const b = result.births[k];
            const d = sum(deaths, ...cells) + result.birthDeaths[k];
            const i = sum(inMigrants, ...cells) + result.birthInMigrants[k];
            const o = sum(outMigrants, ...cells) + result.birthOutMigrants[k];
            const before = sexTotal(result, y, sex);
            const after = sexTotal(result, y + 1, sex);
            const scale = 1 + before + b + d + i + o;
            expect(Math.abs(after - (before + b - d + i - o))).toBeLessThan(1e-10 * scale);
            change += after - before;
            flows += b - d + i - o;
          }
          expect(Math.abs(change - flows)).toBeLessThan(1e-10 * (1 + sexTotal(result, y, 0) + sexTotal(result, y, 1)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never produces a negative or non-finite number, even where out-migration has to be capped', () => {
    fc.assert(
      fc.property(seedArb, scenarioArb, (seed, scenario) => {
        const result = project(prepare(randomInputs(seededRandom(seed))), scenario);
        for (const xs of [result.population, result.births, result.birthDeaths, result.birthInMigrants, result.birthOutMigrants]) {
          const bad = xs.findIndex((x) => !(Number.isFinite(x) && x >= 0));
          expect(bad, `cell ${bad} is ${xs[bad]}`).toBe(-1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('with survival 1 and no births or migration, shifts every cohort by one year and keeps the total', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 2030, max: 2070 }), (seed, horizon) => {
        const base = randomInputs(seededRandom(seed)).population;
        const result = project(prepare(ageingOnly(base)), { horizon });
        for (let y = 0; y < result.years - 1; y++) {
          for (let sex = 0; sex < 2; sex++) {
            const now = (y * 2 + sex) * AGES;
            const next = now + CELLS_PER_YEAR;
            const shifted = Array.from(result.population.subarray(next, next + AGES));
            const expected = [0, ...result.population.subarray(now, now + 99), result.population[now + 99] + result.population[now + 100]];
            expect(shifted).toEqual(expected);
            expect(sexTotal(result, y + 1, sex)).toBeCloseTo(sexTotal(result, y, sex), 6);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('is linear in the base population: scaling it by c scales every output by c', () => {
    fc.assert(
      fc.property(seedArb, scenarioArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (seed, scenario, c) => {
        const inputs = randomInputs(seededRandom(seed));
        const scaled: ProjectionInputs = {
          ...inputs,
          population: {
            male: Array.from(inputs.population.male, (x) => x * c),
            female: Array.from(inputs.population.female, (x) => x * c),
          },
        };
        const a = project(prepare(inputs), scenario);
        const b = project(prepare(scaled), scenario);
        for (const key of ['population', 'births', 'birthDeaths', 'birthInMigrants', 'birthOutMigrants'] as const) {
          const off = a[key].findIndex((x, i) => Math.abs(b[key][i] - c * x) > 1e-9 * (1 + c * x));
          expect(off, `${key}[${off}]`).toBe(-1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never gives fewer births in any year for a higher TFR', () => {
    fc.assert(
      fc.property(
        seedArb,
        scenarioArb,
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (seed, scenario, t1, t2) => {
          const prepared = prepare(randomInputs(seededRandom(seed)));
          const low = project(prepared, { ...scenario, tfr: Math.min(t1, t2) });
          const high = project(prepared, { ...scenario, tfr: Math.max(t1, t2) });
          for (let y = 0; y < low.years - 1; y++) {
            const lo = low.births[2 * y] + low.births[2 * y + 1];
            const hi = high.births[2 * y] + high.births[2 * y + 1];
            expect(hi).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves age 0 empty with zero fertility and no migration', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const result = project(prepare(randomInputs(seededRandom(seed))), { tfr: 0, inMigration: 0, outMigration: 0 });
        for (let y = 1; y < result.years; y++) {
          expect(result.population[y * CELLS_PER_YEAR]).toBe(0);
          expect(result.population[y * CELLS_PER_YEAR + AGES]).toBe(0);
        }
        expect(Array.from(result.births).every((b) => b === 0)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('follows the method for one year, recomputed cell by cell from docs/method.md', () => {
    const inputs = randomInputs(seededRandom(7));
    const scenario = { tfr: 1.4, srb: 104, inMigration: 1.2, outMigration: 0.8, horizon: 2030 };
    const result = project(prepare(inputs), scenario);
    const next = (sex: 'male' | 'female', a: number) => result.population[CELLS_PER_YEAR + (sex === 'male' ? 0 : AGES) + a];
    const expected = (sex: 'male' | 'female', a: number) => {
      const P = inputs.population[sex][a];
      const net = inputs.inMigrationRate[sex][a] * 1.2 * P - inputs.outMigrationRate[sex][a] * 0.8 * P;
      const Q = P + net / 2;
      return Q * inputs.survival[sex][a] + net / 2;
    };
    for (const sex of ['male', 'female'] as const) {
      for (let a = 0; a < 99; a++) expect(next(sex, a + 1)).toBeCloseTo(expected(sex, a), 8);
      expect(next(sex, 100)).toBeCloseTo(expected(sex, 99) + expected(sex, 100), 8);
    }
    // Births from women's mid-year exposure, split by the sex ratio at birth.
    let exposure = 0;
    for (let x = 1; x < AGES; x++) exposure += inputs.fertilityShape[x] * 0.5 * (inputs.population.female[x] + next('female', x));
    const births = 1.4 * exposure;
    expect(result.births[0]).toBeCloseTo((births * 104) / 204, 8);
    expect(result.births[1]).toBeCloseTo((births * 100) / 204, 8);
    const b = result.births[0];
    const alive = b * inputs.birthSurvival.male + 0.5 * b * (inputs.inMigrationRate.male[0] * 1.2 - inputs.outMigrationRate.male[0] * 0.8);
    expect(next('male', 0)).toBeCloseTo(alive, 8);
  });

  it('interpolates a TFR path: births follow the path year by year', () => {
    const prepared = prepare(syntheticInputs());
    const path = project(prepared, {
      tfr: [
        [2021, 0.99],
        [2030, 1.8],
        [2040, 2.07],
      ],
    });
    for (const [year, tfr] of [
      [2021, 0.99],
      [2025, 0.99 + (0.81 * 4) / 9],
      [2035, 1.935],
      [2050, 2.07],
    ]) {
      const constant = project(prepared, { tfr });
      const y = year - 2021;
      // The same TFR in the same year from a different history: compare births per woman-year, not births.
      const perExposure = (r: ProjectionResult) => (r.births[2 * y] + r.births[2 * y + 1]) / femaleExposure(r, y, prepared.fertilityShape);
      expect(perExposure(path)).toBeCloseTo(tfr, 10);
      expect(perExposure(constant)).toBeCloseTo(tfr, 10);
    }
  });

  it('gives more survivors each year with a mortality decline, fewer with a rise', () => {
    const prepared = prepare(syntheticInputs());
    const base = project(prepared, { tfr: 0 });
    const decline = project(prepared, { tfr: 0, mortalityDecline: 1.5 });
    const rise = project(prepared, { tfr: 0, mortalityDecline: -1 });
    // Year 1 comes from the first year's step, which uses the base life table in every scenario.
    for (let y = 2; y < base.years; y++) {
      const total = (r: ProjectionResult) => sexTotal(r, y, 0) + sexTotal(r, y, 1);
      expect(total(decline)).toBeGreaterThan(total(base));
      expect(total(rise)).toBeLessThan(total(base));
    }
    expect(Array.from(decline.population.subarray(CELLS_PER_YEAR, 2 * CELLS_PER_YEAR))).toEqual(
      Array.from(base.population.subarray(CELLS_PER_YEAR, 2 * CELLS_PER_YEAR)),
    );
  });

  it('reuses an out buffer with the same results, and refuses one made for another horizon', () => {
    const prepared = prepare(syntheticInputs());
    const out = createResult(prepared);
    const scenario = {
      tfr: [
        [2021, 1],
        [2050, 1.6],
      ] as [number, number][],
      mortalityDecline: 0.5,
      inMigration: 1.3,
    };
    const fresh = project(prepared, scenario);
    project(prepared, { tfr: 2.5 }, out);
    expect(project(prepared, scenario, out)).toBe(out);
    expect(Array.from(out.population)).toEqual(Array.from(fresh.population));
    expect(Array.from(out.births)).toEqual(Array.from(fresh.births));
    expect(() => project(prepared, { horizon: 2040 }, out)).toThrow('out was created for horizon 2065, the scenario asks for 2040');
    expect(() => project(prepare(syntheticInputs()), {}, out)).toThrow('out was created for other prepared inputs');
  });

  it('gives the same numbers from cached growth tables as from fresh inputs', () => {
    const prepared = prepare(syntheticInputs());
    const same = (scenario: Partial<Scenario>) =>
      expect(Array.from(project(prepared, scenario).population)).toEqual(
        Array.from(project(prepare(syntheticInputs()), scenario).population),
      );
    same({ mortalityDecline: 1, tfr: 1 });
    same({ mortalityDecline: 1, tfr: 2 }); // cache hit
    same({ mortalityDecline: 1, inMigration: 1.5 }); // new multipliers
    same({ mortalityDecline: -0.5 }); // new decline
    same({}); // mortality held
  });

  it('gives the same numbers and capped cells from the held-mortality cache, whatever ran before', () => {
    const inputs = syntheticInputs();
    inputs.outMigrationRate = { male: inputs.outMigrationRate.male, female: Array(AGES).fill(0.9) };
    const prepared = prepare(inputs);
    const same = (scenario: Partial<Scenario>) => {
      const cached = project(prepared, scenario);
      const fresh = project(prepare(inputs), scenario);
      expect(Array.from(cached.population)).toEqual(Array.from(fresh.population));
      expect(Array.from(cached.birthOutMigrants)).toEqual(Array.from(fresh.birthOutMigrants));
      expect(cached.cappedCells).toBe(fresh.cappedCells);
      return cached;
    };
    same({ inMigration: 0.5, outMigration: 3 });
    components(same({ inMigration: 0.5, outMigration: 3, tfr: 2 })); // cache hit; components() rewrites prepared.rates
    expect(same({ inMigration: 0.5, outMigration: 3, srb: 100 }).cappedCells).toBeGreaterThan(0);
    same({ mortalityDecline: 2, outMigration: 2 }); // a decline rewrites prepared.rates too
    same({ inMigration: 0.5, outMigration: 3 });
    expect(same({}).cappedCells).toBe(0);
  });

  it('reports base..horizon inclusive and uses the inputs’ tfr and srb as defaults', () => {
    const inputs = { ...syntheticInputs(), tfr: 1.7, srb: 110 };
    const result = project(prepare(inputs), { horizon: 2040 });
    expect(result.years).toBe(20);
    expect(result.population.length).toBe(20 * CELLS_PER_YEAR);
    expect(result.births.length).toBe(19 * 2);
    expect(result.scenario).toMatchObject({ tfr: 1.7, srb: 110, horizon: 2040, mortalityDecline: 0 });
    expect(result.births[0] / result.births[1]).toBeCloseTo(1.1, 12);
  });

  it('validates the scenario with the parameter named', () => {
    const prepared = prepare(syntheticInputs());
    expect(() => project(prepared, { tfr: 5 })).toThrow('tfr 5 is out of range: allowed 0–3');
    expect(() => project(prepared, { outMigration: -1 })).toThrow('outMigration -1 is out of range: allowed 0–3');
  });
});

function femaleExposure(r: ProjectionResult, y: number, shape: Float64Array): number {
  let e = 0;
  for (let x = 1; x < AGES; x++)
    e += shape[x] * 0.5 * (r.population[y * CELLS_PER_YEAR + AGES + x] + r.population[(y + 1) * CELLS_PER_YEAR + AGES + x]);
  return e;
}
