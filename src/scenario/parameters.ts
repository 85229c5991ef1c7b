// The scenario panel's parameters, built from the engine's ranges (SCENARIO_RANGES): a slider and a
// number box for each. checkTyped reads what a user typed: a number within the range is accepted;
// anything else is refused with the problem and the allowed range, and the last valid value stays.
import { SCENARIO_RANGES } from '../../worker/engine/scenario.ts';
import type { Scenario } from '../../worker/engine/types.ts';
import { YEAR_RANGE } from '../state/url.ts';

/** The parameters with one number each (the TFR has its own editor: a level or a path). */
export const NUMBER_PARAMETERS = ['srb', 'mortalityDecline', 'inMigration', 'outMigration', 'horizon'] as const;
export type NumberParameter = (typeof NUMBER_PARAMETERS)[number];

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer?: boolean;
}

export const RANGES: Readonly<Record<NumberParameter | 'tfr' | 'year' | 'pathYear', Range>> = {
  tfr: SCENARIO_RANGES.tfr,
  srb: SCENARIO_RANGES.srb,
  mortalityDecline: SCENARIO_RANGES.mortalityDecline,
  inMigration: SCENARIO_RANGES.inMigration,
  outMigration: SCENARIO_RANGES.outMigration,
  horizon: SCENARIO_RANGES.horizon,
  year: { ...YEAR_RANGE, step: 1, integer: true },
  pathYear: { ...YEAR_RANGE, step: 1, integer: true },
};

export type Typed =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: 'empty' | 'not-a-number' | 'out-of-range' | 'not-integer'; readonly text: string };

/** Reads a typed value: full-width digits and a comma as decimal mark are accepted (Japanese keyboards). */
export function checkTyped(text: string, range: Range): Typed {
  const cleaned = text
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^([-−]?\d*),(\d+)$/, '$1.$2')
    .replace(/^−/, '-');
  if (cleaned === '') return { ok: false, problem: 'empty', text };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { ok: false, problem: 'not-a-number', text };
  const value = Number(cleaned) + 0;
  if (value < range.min || value > range.max) return { ok: false, problem: 'out-of-range', text };
  if (range.integer && !Number.isInteger(value)) return { ok: false, problem: 'not-integer', text };
  return { ok: true, value };
}

/** A value as the number box shows it: no float noise from slider steps (0.30000000000000004 → 0.3). */
export function showValue(value: number, range: Range): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(range.step) + 1e-9));
  return String(Number(value.toFixed(decimals)));
}

/** Rounds a slider's value to its step (range inputs can yield float noise). */
export function snap(value: number, range: Range): number {
  return Number(showValue(value, range));
}

/** The TFR's mode in the panel. */
export const tfrMode = (tfr: Scenario['tfr']): 'level' | 'path' => (typeof tfr === 'number' ? 'level' : 'path');
