// Property tests of combining a read file with the ward's inputs (issue 12): any population and any
// rates a file may carry are answered, never thrown at; what is accepted is exactly the file's population
// with the ward's rates where the file gave none; a refusal starts with the file's name and names the
// input and the age (the engine's message, e.g. "survival.male[42] 1.5 is out of range: 0–1").
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectionInputs } from '../../worker/engine/types.ts';
import { loadBaseline } from '../projection/baseline.ts';
import { TEST_BASE, testFiles } from '../projection/test-files.ts';
import { combineInputs } from './own-inputs.ts';
import type { GivenRates, PopulationRead } from './rejection.ts';

let ward: ProjectionInputs;
beforeAll(async () => {
  const inputs = (await loadBaseline(TEST_BASE, testFiles().fetch)).inputs;
  if (!inputs || 'error' in inputs) throw new Error('the ward’s inputs did not load');
  ward = inputs as unknown as ProjectionInputs;
});

const ages = (value: fc.Arbitrary<number>) => fc.array(value, { minLength: 101, maxLength: 101 }).map((a) => Float64Array.from(a));
/** Rates in range, and in one array of five one age that is not (negative, above the range, NaN). */
const rateArb = (max: number) =>
  fc
    .tuple(
      ages(fc.double({ min: 0, max, noNaN: true })),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.tuple(fc.nat(100), fc.constantFrom(-0.1, max + 0.5, Number.NaN)) },
      ),
    )
    .map(([rates, wrong]) => {
      if (wrong) rates[wrong[0]] = wrong[1];
      return rates;
    });
const ratesArb: fc.Arbitrary<GivenRates> = fc.record(
  {
    survival: fc.record({ male: rateArb(1), female: rateArb(1) }, { requiredKeys: [] }),
    inMigrationRate: fc.record({ male: rateArb(2), female: rateArb(2) }, { requiredKeys: [] }),
    outMigrationRate: fc.record({ male: rateArb(1), female: rateArb(1) }, { requiredKeys: [] }),
    // Births per woman at 15–49 (a TFR of at most 3.5), 0 elsewhere, now and then one age wrong or all 0.
    asfr: fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .tuple(rateArb(0.1), fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(100) }))
          .map(([a, wrong]) => a.map((v, x) => ((x >= 15 && x <= 49) || x === wrong ? v : 0))),
      },
      { weight: 1, arbitrary: fc.constant(new Float64Array(101)) },
    ),
  },
  { requiredKeys: [] },
);

function read(population: { male: Float64Array; female: Float64Array }, rates: GivenRates): PopulationRead {
  return {
    kind: 'population',
    fileName: 'mine.csv',
    format: 'csv',
    encoding: 'utf-8',
    ageForm: 'single',
    population,
    rates,
    columns: { age: '年齢', male: '男', female: '女', total: null },
    ignored: [],
    ageRows: 101,
    totalChecked: null,
    unknownAge: 0,
    sheet: null,
  };
}

describe('combineInputs', () => {
  it('births per woman of 0 at every age, or given at age 0: refused in the file’s terms', () => {
    const population = { male: new Float64Array(101).fill(1000), female: new Float64Array(101).fill(1000) };
    const zero = combineInputs(read(population, { asfr: new Float64Array(101) }), ward, 2026);
    expect(zero).toEqual({ ok: false, message: expect.stringMatching(/^mine\.csv: asfr \(births per woman\) is 0 at every age/) });
    const atZero = new Float64Array(101);
    atZero[0] = 0.01;
    atZero[30] = 0.1;
    expect(combineInputs(read(population, { asfr: atZero }), ward, 2026)).toEqual({
      ok: false,
      message: expect.stringMatching(/^mine\.csv: asfr\[0\] must be 0/),
    });
  });

  it('takes any population the readers accept, with the ward’s rates where none are given', () => {
    fc.assert(
      fc.property(ages(fc.integer({ min: 0, max: 50000 })), ages(fc.integer({ min: 0, max: 50000 })), (male, female) => {
        const combined = combineInputs(read({ male, female }, {}), ward, 2026);
        if (!combined.ok) throw new Error(combined.message);
        expect(Array.from(combined.own.inputs.population.male)).toEqual(Array.from(male));
        expect(Array.from(combined.own.inputs.population.female)).toEqual(Array.from(female));
        expect(Array.from(combined.own.inputs.survival.male)).toEqual(Array.from(ward.survival.male));
        expect(combined.own.fromFile).toEqual(['population']);
        expect(combined.own.baseYear).toBe(2026);
      }),
      { numRuns: 100 },
    );
  });

  it('answers any rates, never throwing: accepted with them, or refused naming the file, the input and the age', () => {
    fc.assert(
      fc.property(ratesArb, (rates) => {
        const population = { male: new Float64Array(101).fill(1000), female: new Float64Array(101).fill(1000) };
        const combined = combineInputs(read(population, rates), ward, 2026);
        const bad = (a: Float64Array | undefined, max: number) => a !== undefined && a.some((v) => !(v >= 0 && v <= max));
        if (combined.ok) {
          if (rates.survival?.male) expect(Array.from(combined.own.inputs.survival.male)).toEqual(Array.from(rates.survival.male));
          if (rates.inMigrationRate?.female)
            expect(Array.from(combined.own.inputs.inMigrationRate.female)).toEqual(Array.from(rates.inMigrationRate.female));
          // A value out of its range is never let through.
          expect(bad(rates.survival?.male, 1) || bad(rates.outMigrationRate?.female, 1)).toBe(false);
        } else {
          expect(combined.message).toMatch(/^mine\.csv: \S/);
          // Named in the file's terms: the rate and the age; births per woman as asfr, never the engine's fertilityShape.
          expect(combined.message).not.toContain('fertilityShape');
          if (/\[\d+\]/.test(combined.message))
            expect(combined.message).toMatch(/(survival|inMigrationRate|outMigrationRate)\.(male|female)\[\d+\]|asfr\[\d+\]/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
