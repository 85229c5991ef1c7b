// The whole on-screen state lives in the query string, so a copied link reproduces the screen:
//   ?view=outlook&lang=ja&year=2030&focus=none&tfr=0.99&srb=105.1&mortalityDecline=0&inMigration=1&outMigration=1&horizon=2065
// A TFR path is written tfr=2030:1.1,2045:1.4 (year:tfr pairs, years increasing).
//
// Links always carry every parameter (encodeUrlState writes them all), so a link keeps its meaning
// even if a later version changes a default. decodeUrlState never throws: each bad parameter
// becomes an issue naming the parameter and the value, and falls back to its own default while
// the other parameters are kept.
import { DEFAULT_SCENARIO, SCENARIO_RANGES } from '../../worker/engine/scenario.ts';
import { MAX_HORIZON, type Scenario, type TfrPath } from '../../worker/engine/types.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang.ts';
import { DEFAULT_VIEW, VIEWS, type View } from './views.ts';

/** First year of the projection (population at 1 Jan 2021, the plan's base). */
export const BASE_YEAR = 2021;
export const YEAR_RANGE = { min: BASE_YEAR, max: MAX_HORIZON } as const;
/** The plan's final year (2030 = 令和12年). */
export const DEFAULT_YEAR = 2030;

/** A population curve the outlook highlights (e.g. when arriving from a children's policy in the plan view). */
export const FOCUSES = ['none', 'total', 'age0_14', 'age15_64', 'age65plus'] as const;
export type Focus = (typeof FOCUSES)[number];
export const DEFAULT_FOCUS: Focus = 'none';

export interface UrlState {
  readonly view: View;
  readonly lang: Lang;
  /** The year shown (pyramid, headline numbers); never after scenario.horizon. */
  readonly year: number;
  /** The curve the outlook highlights; 'none' highlights nothing. */
  readonly focus: Focus;
  readonly scenario: Readonly<Scenario>;
}

export const DEFAULT_STATE: UrlState = {
  view: DEFAULT_VIEW,
  lang: DEFAULT_LANG,
  year: DEFAULT_YEAR,
  focus: DEFAULT_FOCUS,
  scenario: DEFAULT_SCENARIO,
};

type NumberParam = Exclude<keyof Scenario, 'tfr'>;
export const PARAMS = ['view', 'lang', 'year', 'focus', 'tfr', 'srb', 'mortalityDecline', 'inMigration', 'outMigration', 'horizon'] as const;
export type Param = (typeof PARAMS)[number];

export type UrlProblem =
  | 'unknown-parameter'
  | 'repeated'
  | 'unknown-value'
  | 'not-a-number'
  | 'out-of-range'
  | 'not-integer'
  | 'tfr-path'
  | 'after-horizon';

/** One thing wrong with a link. The UI words it per language (src/i18n). */
export interface UrlIssue {
  /** The parameter as written in the link. */
  readonly param: string;
  /** Its value as written (decoded, cut to 60 characters). */
  readonly value: string;
  readonly problem: UrlProblem;
  /** The allowed values or range, e.g. "0–3", "outlook, plan, data". */
  readonly allowed?: string;
  /** What is shown instead (the parameter's default), as it would be written in a link. */
  readonly fallback?: string;
  /** For a TFR path: the offending year:tfr point. */
  readonly point?: string;
}

export interface Decoded {
  readonly state: UrlState;
  readonly issues: readonly UrlIssue[];
}

/** Numbers as written by String(n): no hex, no spaces, no Infinity. */
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function parseDecimal(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n + 0 : null; // + 0 turns -0 into 0
}

const range = (min: number, max: number) => `${min}–${max}`;
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

interface NumberSpec {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

const NUMBER_SPECS: Record<NumberParam | 'year', NumberSpec> = {
  year: { ...YEAR_RANGE, integer: true },
  srb: SCENARIO_RANGES.srb,
  mortalityDecline: SCENARIO_RANGES.mortalityDecline,
  inMigration: SCENARIO_RANGES.inMigration,
  outMigration: SCENARIO_RANGES.outMigration,
  horizon: SCENARIO_RANGES.horizon,
};

/** A number within spec, or the problem with it. */
function checkNumber(text: string, spec: NumberSpec): number | UrlProblem {
  const n = parseDecimal(text);
  if (n === null) return 'not-a-number';
  if (n < spec.min || n > spec.max) return 'out-of-range';
  if (spec.integer && !Number.isInteger(n)) return 'not-integer';
  return n;
}

function formatTfr(tfr: number | TfrPath): string {
  return typeof tfr === 'number' ? String(tfr) : tfr.map(([year, value]) => `${year}:${value}`).join(',');
}

/** A TFR constant or path, or the issue fields describing what is wrong. */
function checkTfr(text: string): number | TfrPath | Pick<UrlIssue, 'problem' | 'allowed' | 'point'> {
  const tfrSpec = SCENARIO_RANGES.tfr;
  if (!text.includes(':')) {
    const n = checkNumber(text, tfrSpec);
    return typeof n === 'number' ? n : { problem: n, allowed: range(tfrSpec.min, tfrSpec.max) };
  }
  const path: [number, number][] = [];
  for (const point of text.split(',')) {
    const parts = point.split(':');
    const year = parts.length === 2 ? checkNumber(parts[0], { ...YEAR_RANGE, integer: true }) : 'not-a-number';
    const value = parts.length === 2 ? checkNumber(parts[1], tfrSpec) : 'not-a-number';
    const previous = path.at(-1)?.[0];
    if (typeof year !== 'number' || typeof value !== 'number' || (previous !== undefined && year <= previous)) {
      return {
        problem: 'tfr-path',
        point: clip(point),
        allowed: `${range(YEAR_RANGE.min, YEAR_RANGE.max)} : ${range(tfrSpec.min, tfrSpec.max)}`,
      };
    }
    path.push([year, value]);
  }
  return path;
}

/** Reads the query string (with or without the leading "?"). Never throws. */
export function decodeUrlState(search: string): Decoded {
  const params = new URLSearchParams(search);
  const issues: UrlIssue[] = [];
  const unknown: UrlIssue[] = [];
  const repeated = new Map<string, UrlIssue>();
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const values = params.getAll(key);
    if (key === '' && values.every((v) => v === '')) continue; // "?=" or "&=&": nothing was said
    if (!(PARAMS as readonly string[]).includes(key)) {
      unknown.push({ param: clip(key), value: clip(values.join(', ')), problem: 'unknown-parameter' });
    } else if (values.length > 1) {
      repeated.set(key, { param: key, value: clip(values.join(', ')), problem: 'repeated', fallback: clip(values[0]) });
    }
  }

  /** The parameter's value, or its default after recording an issue. */
  function read<T>(param: Param, fallback: T, check: (text: string) => T | Omit<UrlIssue, 'param' | 'value' | 'fallback'>, show: (v: T) => string = String): T {
    const text = params.get(param);
    if (text === null) return fallback;
    const twice = repeated.get(param);
    if (twice) issues.push(twice);
    const result = check(text);
    if (typeof result === 'object' && result !== null && 'problem' in result) {
      issues.push({ param, value: clip(text), ...result, fallback: show(fallback) });
      return fallback;
    }
    return result as T;
  }
  const oneOf = <T extends string>(options: readonly T[]) => (text: string) =>
    (options as readonly string[]).includes(text) ? (text as T) : { problem: 'unknown-value' as const, allowed: options.join(', ') };
  const number = (param: NumberParam | 'year') => {
    const spec = NUMBER_SPECS[param];
    const fallback = param === 'year' ? DEFAULT_YEAR : DEFAULT_SCENARIO[param];
    return read<number>(param, fallback, (text) => {
      const n = checkNumber(text, spec);
      return typeof n === 'number' ? n : { problem: n, allowed: range(spec.min, spec.max) };
    });
  };

  const view = read<View>('view', DEFAULT_VIEW, oneOf(VIEWS));
  const lang = read<Lang>('lang', DEFAULT_LANG, oneOf(LANGS));
  const focus = read<Focus>('focus', DEFAULT_FOCUS, oneOf(FOCUSES));
  const tfr = read<number | TfrPath>('tfr', DEFAULT_SCENARIO.tfr, checkTfr, formatTfr);
  const scenario: Scenario = {
    tfr,
    srb: number('srb'),
    mortalityDecline: number('mortalityDecline'),
    inMigration: number('inMigration'),
    outMigration: number('outMigration'),
    horizon: number('horizon'),
  };
  let year = number('year');
  if (year > scenario.horizon) {
    issues.push({
      param: 'year', value: String(year), problem: 'after-horizon',
      allowed: range(YEAR_RANGE.min, scenario.horizon), fallback: String(DEFAULT_YEAR),
    });
    year = DEFAULT_YEAR; // ≤ the smallest horizon allowed (2030)
  }
  // Issues in parameter order (the order links are written in), unknown parameters last.
  const order = (i: UrlIssue) => PARAMS.indexOf(i.param as Param);
  issues.sort((a, b) => order(a) - order(b));
  return { state: { view, lang, year, focus, scenario }, issues: [...issues, ...unknown] };
}

/** Keeps `,` and `:` readable in TFR paths; everything else is percent-encoded as usual. */
const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':');

/** The query string (without "?") for a valid state, every parameter in PARAMS order. */
export function encodeUrlState(state: UrlState): string {
  const { scenario: s } = state;
  const values: Record<Param, string> = {
    view: state.view,
    lang: state.lang,
    year: String(state.year),
    focus: state.focus,
    tfr: formatTfr(s.tfr),
    srb: String(s.srb),
    mortalityDecline: String(s.mortalityDecline),
    inMigration: String(s.inMigration),
    outMigration: String(s.outMigration),
    horizon: String(s.horizon),
  };
  return PARAMS.map((p) => `${p}=${encodeValue(values[p])}`).join('&');
}

/** Applies a change and keeps the state consistent: the year follows the horizon down. */
export function updateState(state: UrlState, change: Partial<Omit<UrlState, 'scenario'>> & { scenario?: Partial<Scenario> }): UrlState {
  const scenario = { ...state.scenario, ...change.scenario };
  const year = Math.min(change.year ?? state.year, scenario.horizon);
  return { view: change.view ?? state.view, lang: change.lang ?? state.lang, year, focus: change.focus ?? state.focus, scenario };
}
