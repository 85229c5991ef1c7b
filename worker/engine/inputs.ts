// Explicit projection inputs: validation with messages that name the field, and the JSON form (docs/inputs.md).
import { shapeFromAsfr } from './asfr.ts';
import { allowed, show } from './messages.ts';
import { AGES, type BySex, type ProjectionInputs } from './types.ts';

/** Allowed ranges of the explicit inputs (documented in docs/inputs.md). */
export const INPUT_RANGES = {
  baseYear: { min: 1950, max: 2069 },
  population: { min: 0, max: 1e9 },
  survival: { min: 0, max: 1 },
  birthSurvival: { min: 0, max: 1 },
  fertilityShape: { min: 0, max: 1 },
  asfr: { min: 0, max: 1 },
  tfr: { min: 0, max: 3 },
  srb: { min: 90, max: 120 },
  inMigrationRate: { min: 0, max: 2 },
  outMigrationRate: { min: 0, max: 1 },
} as const;

/** How far the fertility shape may sum from 1. */
const SHAPE_TOLERANCE = 1e-6;

const KNOWN = [
  'baseYear',
  'population',
  'survival',
  'birthSurvival',
  'fertilityShape',
  'asfr',
  'tfr',
  'srb',
  'inMigrationRate',
  'outMigrationRate',
  'description',
  'source',
];

type Range = { readonly min: number; readonly max: number };

function number(name: string, value: unknown, range: Range): number {
  if (value === undefined) throw new TypeError(`${name} is missing`);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${name} must be a number, got ${show(value)}`);
  }
  if (value < range.min || value > range.max) {
    throw new RangeError(`${name} ${value} is out of range: ${allowed(range.min, range.max)}`);
  }
  return value;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function ages(name: string, value: unknown, range: Range): number[] {
  if (value === undefined) throw new TypeError(`${name} is missing`);
  if (!isArrayLike(value)) throw new TypeError(`${name} must be a list of ${AGES} numbers, got ${show(value)}`);
  if (value.length !== AGES) {
    throw new RangeError(`${name} must have ${AGES} numbers (ages 0..99 and 100+), got ${value.length}`);
  }
  return Array.from(value, (v, a) => number(`${name}[${a}]`, v, range));
}

function object(name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) throw new TypeError(`${name} is missing`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object, got ${show(value)}`);
  }
  return value as Record<string, unknown>;
}

function bySexAges(name: string, value: unknown, range: Range): BySex<number[]> {
  const o = object(name, value);
  return { male: ages(`${name}.male`, o.male, range), female: ages(`${name}.female`, o.female, range) };
}

function bySexNumber(name: string, value: unknown, range: Range): BySex<number> {
  const o = object(name, value);
  return { male: number(`${name}.male`, o.male, range), female: number(`${name}.female`, o.female, range) };
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Validates explicit inputs (an object as in docs/inputs.md, or a ProjectionInputs) and returns a clean copy.
 * Fertility may be given as fertilityShape (sums to 1, with tfr) or as asfr by age (shape = asfr / Σasfr,
 * tfr = Σasfr). Throws an Error naming the field, the value and the allowed range.
 */
export function validateInputs(raw: unknown): ProjectionInputs {
  const o = object('inputs', raw);
  for (const key in o) {
    if (!KNOWN.includes(key)) throw new TypeError(`unknown field "${key}" in inputs (known: ${KNOWN.join(', ')})`);
  }
  const baseYear = number('baseYear', o.baseYear, INPUT_RANGES.baseYear);
  if (!Number.isInteger(baseYear)) throw new RangeError(`baseYear ${baseYear} must be a whole year`);

  let fertilityShape: number[];
  let tfr: number;
  if (o.asfr !== undefined) {
    if (o.fertilityShape !== undefined) throw new TypeError('give either fertilityShape (with tfr) or asfr, not both');
    const asfr = ages('asfr', o.asfr, INPUT_RANGES.asfr);
    const total = sum(asfr);
    if (!(total > 0)) throw new RangeError('asfr sums to 0: give fertilityShape and tfr 0 for a projection without births');
    number('asfr (its sum, the TFR)', total, INPUT_RANGES.tfr);
    ({ shape: fertilityShape, tfr } = shapeFromAsfr(asfr));
    if (o.tfr !== undefined) {
      const given = number('tfr', o.tfr, INPUT_RANGES.tfr);
      if (Math.abs(given - total) > 1e-6) {
        throw new RangeError(`tfr ${given} disagrees with the sum of asfr ${total}: give one of them`);
      }
    }
  } else {
    if (o.fertilityShape === undefined) throw new TypeError('fertilityShape (with tfr) or asfr is missing');
    fertilityShape = ages('fertilityShape', o.fertilityShape, INPUT_RANGES.fertilityShape);
    const total = sum(fertilityShape);
    if (Math.abs(total - 1) > SHAPE_TOLERANCE) {
      throw new RangeError(`fertilityShape must sum to 1, got ${total}`);
    }
    tfr = number('tfr', o.tfr, INPUT_RANGES.tfr);
  }
  const name = o.asfr !== undefined ? 'asfr' : 'fertilityShape';
  if (fertilityShape[0] !== 0) throw new RangeError(`${name}[0] must be 0: babies aged 0 give no births`);

  return {
    baseYear,
    population: bySexAges('population', o.population, INPUT_RANGES.population),
    survival: bySexAges('survival', o.survival, INPUT_RANGES.survival),
    birthSurvival: bySexNumber('birthSurvival', o.birthSurvival, INPUT_RANGES.birthSurvival),
    fertilityShape,
    tfr,
    srb: number('srb', o.srb, INPUT_RANGES.srb),
    inMigrationRate: bySexAges('inMigrationRate', o.inMigrationRate, INPUT_RANGES.inMigrationRate),
    outMigrationRate: bySexAges('outMigrationRate', o.outMigrationRate, INPUT_RANGES.outMigrationRate),
  };
}

/** Parses and validates the JSON text of an inputs file. */
export function parseInputsJson(text: string): ProjectionInputs {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`inputs are not valid JSON: ${(error as Error).message}`);
  }
  return validateInputs(raw);
}
