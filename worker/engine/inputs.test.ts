import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInputsJson, validateInputs } from './inputs.ts';
import { syntheticInputs } from './synthetic.ts';

const valid = () => JSON.parse(JSON.stringify(syntheticInputs()));
const withField = (path: string, value: unknown) => {
  const o = valid();
  const keys = path.split('.');
  let target = o;
  for (const key of keys.slice(0, -1)) target = target[key];
  if (value === undefined) delete target[keys.at(-1)!];
  else target[keys.at(-1)!] = value;
  return o;
};
const age = (a: number, value: number) => Array.from({ length: 101 }, (_, i) => (i === a ? value : 0.99));

describe('validateInputs', () => {
  it('accepts complete inputs and returns a copy', () => {
    const raw = valid();
    const inputs = validateInputs(raw);
    expect(inputs.population.male).toEqual(raw.population.male);
    expect(inputs.population.male).not.toBe(raw.population.male);
    expect(inputs.tfr).toBe(0.99);
  });

  it('accepts typed arrays', () => {
    const raw = valid();
    raw.survival.male = Float64Array.from(raw.survival.male);
    expect(validateInputs(raw).survival.male).toEqual(Array.from(raw.survival.male));
  });

  it.each([
    ['population.male', Array(100).fill(1), 'population.male must have 101 numbers (ages 0..99 and 100+), got 100'],
    ['survival.female', age(80, 1.2), 'survival.female[80] 1.2 is out of range: allowed 0–1'],
    ['population.female', age(3, -5), 'population.female[3] -5 is out of range: allowed 0–1000000000'],
    ['population.male', age(7, Number.NaN), 'population.male[7] must be a number, got null'],
    ['survival.male', 'all', 'survival.male must be a list of 101 numbers, got "all"'],
    ['survival', undefined, 'survival is missing'],
    ['survival.male', undefined, 'survival.male is missing'],
    ['birthSurvival.female', 1.01, 'birthSurvival.female 1.01 is out of range: allowed 0–1'],
    ['srb', 130, 'srb 130 is out of range: allowed 90–120'],
    ['tfr', undefined, 'tfr is missing'],
    ['baseYear', 2021.5, 'baseYear 2021.5 must be a whole year'],
    ['baseYear', 1900, 'baseYear 1900 is out of range: allowed 1950–2069'],
    ['inMigrationRate.male', age(20, 2.5), 'inMigrationRate.male[20] 2.5 is out of range: allowed 0–2'],
    ['outMigrationRate.female', age(30, 1.5), 'outMigrationRate.female[30] 1.5 is out of range: allowed 0–1'],
    ['fertilityShape', Array(101).fill(0.5 / 101), 'fertilityShape must sum to 1, got 0.5'],
    ['extra', 1, 'unknown field "extra" in inputs'],
  ])('names the field: %s', (path, value, message) => {
    // JSON round trip, as from a file: NaN becomes null.
    const raw = JSON.parse(JSON.stringify(withField(path, value)));
    expect(() => validateInputs(raw)).toThrow(message);
  });

  it('requires that babies give no births', () => {
    const raw = valid();
    raw.fertilityShape = raw.fertilityShape.map((f: number) => f * 0.9);
    raw.fertilityShape[0] = 0.1;
    expect(() => validateInputs(raw)).toThrow('fertilityShape[0] must be 0: babies aged 0 give no births');
  });

  it('derives the shape and the TFR from asfr', () => {
    const raw = valid();
    raw.asfr = raw.fertilityShape.map((f: number) => f * 1.3);
    delete raw.fertilityShape;
    delete raw.tfr;
    const inputs = validateInputs(raw);
    expect(inputs.tfr).toBeCloseTo(1.3, 12);
    Array.from(inputs.fertilityShape).forEach((f, x) => expect(f).toBeCloseTo(syntheticInputs().fertilityShape[x], 12));
  });

  it('rejects asfr that disagrees with tfr, or comes with a shape', () => {
    const raw = valid();
    raw.asfr = raw.fertilityShape.map((f: number) => f * 1.3);
    expect(() => validateInputs(raw)).toThrow('give either fertilityShape (with tfr) or asfr, not both');
    delete raw.fertilityShape;
    raw.tfr = 1.5;
    expect(() => validateInputs(raw)).toThrow(/^tfr 1.5 disagrees with the sum of asfr 1.3/);
    raw.asfr = Array(101).fill(0);
    delete raw.tfr;
    expect(() => validateInputs(raw)).toThrow('asfr sums to 0');
  });
});

describe('parseInputsJson', () => {
  it('reports broken JSON', () => {
    expect(() => parseInputsJson('{"baseYear": 2021,')).toThrow(/^inputs are not valid JSON: /);
  });

  it('reads the documented example file', () => {
    const inputs = parseInputsJson(readFileSync(new URL('../../docs/examples/inputs.json', import.meta.url), 'utf8'));
    expect(inputs.baseYear).toBeGreaterThan(1950);
    expect(inputs.population.female).toHaveLength(101);
  });
});
