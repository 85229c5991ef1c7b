// The calibration's parameters as committed data: data/calibration/fitted_parameters.csv.
// calibrate.ts writes it; the pipeline (data/pipeline/migration.ts) reads it, so `npm run data` never re-fits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvCell, parseCsv } from '../pipeline/csv.ts';
import type { ScheduleParameters } from './schedule.ts';

export const CALIBRATION_DIR = path.dirname(fileURLToPath(import.meta.url));
export const PARAMETERS_FILE = path.join(CALIBRATION_DIR, 'fitted_parameters.csv');

/** Every parameter of the calibrated baseline: the schedule's plus the old-age mortality level θ. */
export interface CalibratedParameters extends ScheduleParameters {
  /** Multiplier on death rates at ages ≥ THETA_AGE (1 = the life table as built). */
  theta: number;
}

export const PARAMETER_NAMES = ['aIn', 'muIn', 'aOut', 'muOut', 'c', 'theta'] as const satisfies readonly (keyof CalibratedParameters)[];
export type ParameterName = (typeof PARAMETER_NAMES)[number];

/** Age from which θ multiplies the death rates. */
export const THETA_AGE = 65;

export interface ParameterRow {
  name: ParameterName;
  value: number;
  unit: string;
  lower: number;
  upper: number;
  /** false: held at `value` (lower = upper = value). */
  fitted: boolean;
  meaning: string;
}

const HEADER = ['name', 'value', 'unit', 'lower', 'upper', 'fitted', 'meaning'];

/** Parse fitted_parameters.csv text; every name once, values within their bounds. Errors name the file and row. */
export function parseParameters(text: string, file = PARAMETERS_FILE): ParameterRow[] {
  const [header, ...rows] = parseCsv(text).filter((r) => r.some((f) => f !== ''));
  if (!header || header.join(',') !== HEADER.join(','))
    throw new Error(`${file}: header must be ${HEADER.join(',')}, got ${header?.join(',')}`);
  const out = rows.map((r, i): ParameterRow => {
    const where = `${file} row ${i + 2}`;
    if (r.length !== HEADER.length) throw new Error(`${where}: expected ${HEADER.length} fields, got ${r.length}`);
    const [name, value, unit, lower, upper, fitted, meaning] = r;
    if (!(PARAMETER_NAMES as readonly string[]).includes(name))
      throw new Error(`${where}: unknown parameter ${JSON.stringify(name)} (known: ${PARAMETER_NAMES.join(', ')})`);
    const num = (s: string, what: string) => {
      const v = s.trim() === '' ? NaN : Number(s);
      if (!Number.isFinite(v)) throw new Error(`${where}: ${what} ${JSON.stringify(s)} is not a number`);
      return v;
    };
    if (fitted !== 'true' && fitted !== 'false') throw new Error(`${where}: fitted must be true or false, got ${JSON.stringify(fitted)}`);
    const row = {
      name: name as ParameterName,
      value: num(value, 'value'),
      unit,
      lower: num(lower, 'lower'),
      upper: num(upper, 'upper'),
      fitted: fitted === 'true',
      meaning,
    };
    if (!(row.lower <= row.value && row.value <= row.upper))
      throw new Error(`${where}: ${name} = ${row.value} is outside its bounds [${row.lower}, ${row.upper}]`);
    return row;
  });
  for (const n of PARAMETER_NAMES) {
    const k = out.filter((r) => r.name === n).length;
    if (k !== 1) throw new Error(`${file}: parameter ${n} must appear once, found ${k} times`);
  }
  return out;
}

export function readParameters(file = PARAMETERS_FILE): ParameterRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read the calibrated parameters ${file} (run npm run calibrate): ${(e as Error).message}`);
  }
  return parseParameters(text, file);
}

export function toValues(rows: readonly ParameterRow[]): CalibratedParameters {
  return Object.fromEntries(rows.map((r) => [r.name, r.value])) as unknown as CalibratedParameters;
}

/** CSV text of parameter rows (numbers written in full so that reading them back gives the same doubles). */
export function formatParameters(rows: readonly ParameterRow[]): string {
  const lines = rows.map((r) =>
    [r.name, String(r.value), r.unit, String(r.lower), String(r.upper), String(r.fitted), r.meaning].map(csvCell).join(','),
  );
  return `${HEADER.join(',')}\n${lines.join('\n')}\n`;
}
