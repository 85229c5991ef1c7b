// The assumptions a user can change: defaults, allowed ranges (as data, for sliders) and validation.
import { allowed, show } from './messages.ts';
import { MAX_HORIZON, type Scenario, type TfrPath } from './types.ts';

/** How a scenario parameter may vary. The dashboard builds its sliders from these. */
export interface ParameterRange {
  readonly min: number;
  readonly max: number;
  /** A sensible slider step. */
  readonly step: number;
  readonly unit: string;
  readonly description: string;
  readonly integer?: boolean;
}

/** Allowed range of every scenario parameter. */
export const SCENARIO_RANGES = {
  tfr: {
    min: 0,
    max: 3,
    step: 0.01,
    unit: 'children per woman',
    description: 'Total fertility rate: a number, or a path [[year, tfr], ...] (linear between points, flat outside).',
  },
  srb: {
    min: 90,
    max: 120,
    step: 0.1,
    unit: 'males per 100 females',
    description: 'Sex ratio at birth.',
  },
  mortalityDecline: {
    min: -2,
    max: 3,
    step: 0.1,
    unit: '% per year',
    description: 'Annual decline of every death rate (hazard); 0 holds mortality at the base life table, negative raises it.',
  },
  inMigration: {
    min: 0,
    max: 3,
    step: 0.05,
    unit: '× base rates',
    description: 'Multiplier on the in-migration rates.',
  },
  outMigration: {
    min: 0,
    max: 3,
    step: 0.05,
    unit: '× base rates',
    description: 'Multiplier on the out-migration rates.',
  },
  horizon: {
    min: 2030,
    max: MAX_HORIZON,
    step: 1,
    unit: 'year',
    integer: true,
    description: 'Last year projected (population at Jan 1 of that year).',
  },
} as const satisfies Record<keyof Scenario, ParameterRange>;

/**
 * The plan's assumptions (杉並区総合計画 2022–2030, 人口の見通し): TFR held at the ward's 2020 value 0.99,
 * sex ratio at birth 105.1 (Tokyo 2014–2020 average), life tables held fixed, migration rates as observed,
 * projected to 2065. Explicit inputs may bring their own tfr and srb (see resolveScenario).
 */
export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  tfr: 0.99,
  srb: 105.1,
  mortalityDecline: 0,
  inMigration: 1,
  outMigration: 1,
  horizon: 2065,
});

export const SCENARIO_KEYS: readonly (keyof Scenario)[] = Object.freeze(Object.keys(SCENARIO_RANGES) as (keyof Scenario)[]);
const KNOWN_KEYS: readonly string[] = SCENARIO_KEYS;

function checkNumber(name: string, value: unknown, range: ParameterRange): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${name} must be a number, got ${show(value)}`);
  }
  if (value < range.min || value > range.max) {
    throw new RangeError(`${name} ${value} is out of range: ${allowed(range.min, range.max)}`);
  }
  if (range.integer && !Number.isInteger(value)) {
    throw new RangeError(`${name} ${value} must be a whole year`);
  }
  return value;
}

function checkTfr(value: unknown, baseYear: number): number | TfrPath {
  if (typeof value === 'number') return checkNumber('tfr', value, SCENARIO_RANGES.tfr);
  if (!Array.isArray(value) || value.length === 0) {
    throw new TypeError(`tfr must be a number or a list of [year, tfr] points, got ${show(value)}`);
  }
  const path: [number, number][] = [];
  for (let i = 0; i < value.length; i++) {
    const point: unknown = value[i];
    if (!Array.isArray(point) || point.length !== 2) {
      throw new TypeError(`tfr[${i}] must be a [year, tfr] pair, got ${show(point)}`);
    }
    const year = checkNumber(`tfr[${i}] year`, point[0], {
      min: baseYear,
      max: MAX_HORIZON,
      step: 1,
      unit: 'year',
      description: '',
      integer: true,
    });
    const tfr = checkNumber(`tfr[${i}]`, point[1], SCENARIO_RANGES.tfr);
    if (i > 0 && year <= path[i - 1][0]) {
      throw new RangeError(`tfr[${i}] year ${year} must come after ${path[i - 1][0]}: years must increase strictly`);
    }
    path.push([year, tfr]);
  }
  return path;
}

export interface ScenarioContext {
  /** Base year of the inputs: TFR path years and the horizon must not precede it. Default 2021. */
  baseYear?: number;
  /** Values used for parameters the input leaves out (before DEFAULT_SCENARIO). */
  defaults?: Partial<Scenario>;
}

/**
 * Validates a scenario (e.g. parsed from JSON or a URL) and fills in defaults.
 * Throws an Error naming the parameter, the value and the allowed range.
 */
export function resolveScenario(input: unknown = {}, context: ScenarioContext = {}): Scenario {
  const baseYear = context.baseYear ?? 2021;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError(`scenario must be an object, got ${show(input)}`);
  }
  const given = input as Record<string, unknown>;
  for (const key in given) {
    if (!KNOWN_KEYS.includes(key)) {
      throw new TypeError(`unknown scenario parameter "${key}" (known: ${SCENARIO_KEYS.join(', ')})`);
    }
  }
  const defaults = context.defaults;
  const horizon = checkNumber('horizon', pick(given, defaults, 'horizon'), SCENARIO_RANGES.horizon);
  if (horizon <= baseYear) throw new RangeError(`horizon ${horizon} must be after the base year ${baseYear}`);
  return {
    tfr: checkTfr(pick(given, defaults, 'tfr'), baseYear),
    srb: checkNumber('srb', pick(given, defaults, 'srb'), SCENARIO_RANGES.srb),
    mortalityDecline: checkNumber('mortalityDecline', pick(given, defaults, 'mortalityDecline'), SCENARIO_RANGES.mortalityDecline),
    inMigration: checkNumber('inMigration', pick(given, defaults, 'inMigration'), SCENARIO_RANGES.inMigration),
    outMigration: checkNumber('outMigration', pick(given, defaults, 'outMigration'), SCENARIO_RANGES.outMigration),
    horizon,
  };
}

// A plain function, not a closure: project() resolves a scenario on every call.
function pick(given: Record<string, unknown>, defaults: Partial<Scenario> | undefined, key: keyof Scenario): unknown {
  if (given[key] !== undefined) return given[key];
  if (defaults?.[key] !== undefined) return defaults[key];
  return DEFAULT_SCENARIO[key];
}

/** TFR in a given year: the constant, or the path interpolated linearly and held flat outside its points. */
export function tfrAt(tfr: number | TfrPath, year: number): number {
  if (typeof tfr === 'number') return tfr;
  const last = tfr.length - 1;
  if (year <= tfr[0][0]) return tfr[0][1];
  if (year >= tfr[last][0]) return tfr[last][1];
  let i = 1;
  while (tfr[i][0] < year) i++;
  const [y0, v0] = tfr[i - 1];
  const [y1, v1] = tfr[i];
  // A weighted mean, not v0 + (v1 − v0)·w: it hits v1 exactly and never leaves [v0, v1] by rounding.
  const w = (year - y0) / (y1 - y0);
  return v0 * (1 - w) + v1 * w;
}

/** Writes tfrAt(tfr, baseYear + step) for steps 0..steps−1 into out (no allocation). */
export function fillTfrByStep(tfr: number | TfrPath, baseYear: number, steps: number, out: Float64Array): void {
  if (typeof tfr === 'number') {
    out.fill(tfr, 0, steps);
    return;
  }
  for (let step = 0; step < steps; step++) out[step] = tfrAt(tfr, baseYear + step);
}
