// The whole on-screen state lives in the query string, so a copied link reproduces the screen:
//   ?view=outlook&lang=ja&year=2030&focus=none&tfr=0.99&srb=105.1&mortalityDecline=0&inMigration=1&outMigration=1&horizon=2065
// A TFR path is written tfr=2030:1.1,2045:1.4 (year:tfr pairs, years increasing).
// The plan view adds its own parameters after those of the outlook (see PlanState):
//   &plan=sunburst&node=p12&q=&governance=off&sdgSort=number
// After the scenario come the uncertainty bands around the outlook's lines: &bands=on (the default) or off.
// Then the briefing mode's step (src/briefing/): &step=0 (off) or 1…N.
// Then the residents' parameters: the birth year highlighted on the outlook's pyramid, and the town
// view's neighbourhood and measure: &born=none&town=none&measure=aging_rate (born=1985, town=13115001001).
// Then, only when a second scenario B is compared with the link's (A), B's parameters with the prefix b.
// (B shares A's horizon):  &b.tfr=2030:1.8,2040:2.07&b.srb=105.1&b.mortalityDecline=0&b.inMigration=0&b.outMigration=0
// They are checked exactly as A's are (same ranges, same notices, naming the b. parameter); a b. parameter
// missing from such a link takes A's default. No b. parameter at all: no comparison.
// Last, an embed link (a chart alone, for an iframe on another page) adds &embed=1&chart=total; these
// and the b. parameters are the only ones written only when used, so that every other link stays as it was.
//
// Links always carry every parameter (encodeUrlState writes them all), so a link keeps its meaning
// even if a later version changes a default. decodeUrlState never throws: each bad parameter
// becomes an issue naming the parameter and the value, and falls back to its own default while
// the other parameters are kept.
import { DEFAULT_SCENARIO, SCENARIO_RANGES } from '../../worker/engine/scenario.ts';
import { MAX_HORIZON, type Scenario, type TfrPath } from '../../worker/engine/types.ts';
import { STEP_IDS } from '../briefing/step-ids.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang.ts';
import { MEASURES, type Measure } from '../views/town/measures.ts';
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

/** The plan view's sub-views (src/views/plan/). */
export const PLAN_VIEWS = ['sunburst', 'sdg', 'timeline', 'indicators'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];
/** Order of the SDG matrix's rows and columns: by number, or by how many links they hold. */
export const SDG_SORTS = ['number', 'count'] as const;
export type SdgSort = (typeof SDG_SORTS)[number];
export const GOVERNANCE_TOGGLE = ['off', 'on'] as const;
/** The uncertainty bands (80 % and 95 %) on the trend charts; on unless a link says off (docs/bands.md). */
export const BANDS_TOGGLE = ['on', 'off'] as const;
export const DEFAULT_BANDS = true;
/** Longest search text a link may carry (characters). */
export const MAX_SEARCH_LENGTH = 100;

/**
 * A node of the plan, as a link writes it. 'none' is the whole plan (the vision at the centre).
 *   f3          field 3                      p12        policy 12
 *   p12.P057    project P057 as listed under policy 12 (a placement)
 *   g1          governance plan 1            g1.3       its 方針3          i57   governance item 57
 *   sdg4        SDG goal 4 (matrix column)   sdg4.p22   the matrix cell goal 4 × policy 22
 * Only the shape is checked here; whether the plan has that node is checked by the plan view once the
 * tables are loaded (the URL codec knows no data).
 */
export const PLAN_NODE_PATTERN = /^(none|f[1-9]\d?|p[1-9]\d?(\.P\d{3})?|g[1-9](\.[1-9]\d?)?|i[1-9]\d{0,3}|sdg[1-9]\d?(\.p[1-9]\d?)?)$/;
export const PLAN_NODE_SHAPES = 'none, f1, p12, p12.P057, g1, g1.3, i57, sdg4, sdg4.p22';

export function isPlanNodeId(text: string): boolean {
  return PLAN_NODE_PATTERN.test(text);
}

/** What the plan view shows; every field is in the link. */
export interface PlanState {
  readonly view: PlanView;
  /** The selected node ('none': the whole plan). */
  readonly node: string;
  /** The search box's text, as typed ('' = no search). */
  readonly search: string;
  /** Show the three governance plans as extra branches of the sunburst. */
  readonly governance: boolean;
  readonly sdgSort: SdgSort;
}

/** The outlook's charts an embed link can show alone (ChartFrame ids). */
export const EMBED_CHARTS = ['pyramid', 'total', 'age-groups', 'aging', 'shares', 'change', 'published'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];
export const DEFAULT_EMBED_CHART: EmbedChart = 'pyramid';
export const EMBED_TOGGLE = ['0', '1'] as const;

/** The briefing mode's step: 0 = off, 1…max = that step of src/briefing/steps.ts. */
export const STEP_RANGE = { min: 0, max: STEP_IDS.length } as const;

/**
 * Birth years the outlook can follow through its pyramid (ages 0–100+ on 1 January, 2021–2070): the oldest
 * is 99 on 1 January 2021 (older people are in the open group 100+), the youngest is born the year before the latest horizon.
 */
export const BORN_RANGE = { min: BASE_YEAR - 100, max: MAX_HORIZON - 1 } as const;
/** A 町丁目's small-area code: 13115 (Suginami) + 町 (3 digits) + 丁目 (3 digits). Existence is checked by the town view. */
export const TOWN_CODE_PATTERN = /^13115\d{6}$/;
export const DEFAULT_MEASURE: Measure = 'aging_rate';

export const DEFAULT_PLAN: PlanState = { view: 'sunburst', node: 'none', search: '', governance: false, sdgSort: 'number' };

/** Scenario B of a comparison: every scenario parameter but the horizon, which is A's. */
export type CompareScenario = Omit<Scenario, 'horizon'>;

export interface UrlState {
  readonly view: View;
  readonly lang: Lang;
  /** The year shown (pyramid, headline numbers); never after scenario.horizon. */
  readonly year: number;
  /** The curve the outlook highlights; 'none' highlights nothing. */
  readonly focus: Focus;
  readonly scenario: Readonly<Scenario>;
  readonly plan: PlanState;
  /** Whether the trend charts show the uncertainty bands. */
  readonly bands: boolean;
  /** The briefing step shown (0: briefing mode off). */
  readonly step: number;
  /** Scenario B, compared with `scenario` (A); null: no comparison. */
  readonly compare: Readonly<CompareScenario> | null;
  /** Embed mode: one chart alone (`chart`), with its title, source and a link back. */
  readonly embed: boolean;
  readonly chart: EmbedChart;
  /** The birth year highlighted in the outlook's pyramid (null: none). */
  readonly born: number | null;
  /** The town view's neighbourhood, an 11-digit code (null: the ward as a whole). */
  readonly town: string | null;
  /** What the town view's map is coloured and its list ranked by. */
  readonly measure: Measure;
}

export const DEFAULT_STATE: UrlState = {
  view: DEFAULT_VIEW,
  lang: DEFAULT_LANG,
  year: DEFAULT_YEAR,
  focus: DEFAULT_FOCUS,
  scenario: DEFAULT_SCENARIO,
  plan: DEFAULT_PLAN,
  bands: DEFAULT_BANDS,
  step: 0,
  compare: null,
  embed: false,
  chart: DEFAULT_EMBED_CHART,
  born: null,
  town: null,
  measure: DEFAULT_MEASURE,
};

type NumberParam = Exclude<keyof Scenario, 'tfr'>;
export const PARAMS = [
  'view',
  'lang',
  'year',
  'focus',
  'tfr',
  'srb',
  'mortalityDecline',
  'inMigration',
  'outMigration',
  'horizon',
  'bands',
  'plan',
  'node',
  'q',
  'governance',
  'sdgSort',
  'step',
  'born',
  'town',
  'measure',
  'embed',
  'chart',
] as const;
export type Param = (typeof PARAMS)[number];
/** Scenario B's parameters (see the top of this file), written after PARAMS when there is a comparison. */
export const COMPARE_PREFIX = 'b.';
export const COMPARE_PARAMS = ['b.tfr', 'b.srb', 'b.mortalityDecline', 'b.inMigration', 'b.outMigration'] as const;
export type CompareParam = (typeof COMPARE_PARAMS)[number];
const KNOWN: readonly string[] = [...PARAMS, ...COMPARE_PARAMS];

export const URL_PROBLEMS = [
  'unknown-parameter',
  'repeated',
  'unknown-value',
  'not-a-number',
  'out-of-range',
  'not-integer',
  'tfr-path',
  'after-horizon',
  'too-long',
] as const;
export type UrlProblem = (typeof URL_PROBLEMS)[number];

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

const NUMBER_SPECS: Record<NumberParam | 'year' | 'step', NumberSpec> = {
  year: { ...YEAR_RANGE, integer: true },
  step: { ...STEP_RANGE, integer: true },
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
    if (!KNOWN.includes(key)) {
      unknown.push({ param: clip(key), value: clip(values.join(', ')), problem: 'unknown-parameter' });
    } else if (values.length > 1) {
      repeated.set(key, { param: key, value: clip(values.join(', ')), problem: 'repeated', fallback: clip(values[0]) });
    }
  }

  /** The parameter's value, or its default after recording an issue. */
  function read<T>(
    param: Param | CompareParam,
    fallback: T,
    check: (text: string) => T | Omit<UrlIssue, 'param' | 'value' | 'fallback'>,
    show: (v: T) => string = String,
  ): T {
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
  const oneOf =
    <T extends string>(options: readonly T[]) =>
    (text: string) =>
      (options as readonly string[]).includes(text) ? (text as T) : { problem: 'unknown-value' as const, allowed: options.join(', ') };
  /** `prefix` 'b.': scenario B's parameter of that name, with the same spec and fallback. */
  const number = (param: NumberParam | 'year' | 'step', prefix = '') => {
    const spec = NUMBER_SPECS[param];
    const fallback = param === 'year' ? DEFAULT_YEAR : param === 'step' ? DEFAULT_STATE.step : DEFAULT_SCENARIO[param];
    return read<number>(`${prefix}${param}` as Param | CompareParam, fallback, (text) => {
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
  const node = read<string>('node', DEFAULT_PLAN.node, (text) =>
    isPlanNodeId(text) ? text : { problem: 'unknown-value', allowed: PLAN_NODE_SHAPES },
  );
  const searchText = read<string>('q', DEFAULT_PLAN.search, (text) =>
    text.length <= MAX_SEARCH_LENGTH ? text : { problem: 'too-long', allowed: range(0, MAX_SEARCH_LENGTH) },
  );
  const plan: PlanState = {
    view: read<PlanView>('plan', DEFAULT_PLAN.view, oneOf(PLAN_VIEWS)),
    node,
    search: searchText,
    governance: read<(typeof GOVERNANCE_TOGGLE)[number]>('governance', 'off', oneOf(GOVERNANCE_TOGGLE)) === 'on',
    sdgSort: read<SdgSort>('sdgSort', DEFAULT_PLAN.sdgSort, oneOf(SDG_SORTS)),
  };
  let year = number('year');
  if (year > scenario.horizon) {
    issues.push({
      param: 'year',
      value: String(year),
      problem: 'after-horizon',
      allowed: range(YEAR_RANGE.min, scenario.horizon),
      fallback: String(DEFAULT_YEAR),
    });
    year = DEFAULT_YEAR; // ≤ the smallest horizon allowed (2030)
  }
  const bands = read<(typeof BANDS_TOGGLE)[number]>('bands', DEFAULT_BANDS ? 'on' : 'off', oneOf(BANDS_TOGGLE)) === 'on';
  const step = number('step');
  // Scenario B: read with A's checks, under its own names, when the link has any of its parameters.
  const b = COMPARE_PREFIX;
  const compare: CompareScenario | null = COMPARE_PARAMS.some((p) => params.has(p))
    ? {
        tfr: read<number | TfrPath>('b.tfr', DEFAULT_SCENARIO.tfr, checkTfr, formatTfr),
        srb: number('srb', b),
        mortalityDecline: number('mortalityDecline', b),
        inMigration: number('inMigration', b),
        outMigration: number('outMigration', b),
      }
    : null;
  const embed = read<(typeof EMBED_TOGGLE)[number]>('embed', '0', oneOf(EMBED_TOGGLE)) === '1';
  const chart = read<EmbedChart>('chart', DEFAULT_EMBED_CHART, oneOf(EMBED_CHARTS));
  const born = read<number | null>(
    'born',
    null,
    (text) => {
      if (text === 'none') return null;
      const n = checkNumber(text, { ...BORN_RANGE, integer: true });
      return typeof n === 'number' ? n : { problem: n, allowed: `none, ${range(BORN_RANGE.min, BORN_RANGE.max)}` };
    },
    (v) => (v === null ? 'none' : String(v)),
  );
  const town = read<string | null>(
    'town',
    null,
    (text) =>
      text === 'none'
        ? null
        : TOWN_CODE_PATTERN.test(text)
          ? text
          : { problem: 'unknown-value', allowed: 'none, 13115 + 6 digits (13115001001)' },
    (v) => v ?? 'none',
  );
  const measure = read<Measure>('measure', DEFAULT_MEASURE, oneOf(MEASURES));
  // Issues in parameter order (the order links are written in), unknown parameters last.
  const order = (i: UrlIssue) => KNOWN.indexOf(i.param);
  issues.sort((a, b) => order(a) - order(b));
  return {
    state: { view, lang, year, focus, scenario, plan, bands, step, born, town, measure, compare, embed, chart },
    issues: [...issues, ...unknown],
  };
}

/** Keeps `,` and `:` readable in TFR paths; everything else is percent-encoded as usual. */
const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':');

/** The query string (without "?") for a valid state, every parameter in PARAMS order. */
export function encodeUrlState(state: UrlState): string {
  const { scenario: s } = state;
  const values: Record<Exclude<Param, 'embed' | 'chart'>, string> = {
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
    plan: state.plan.view,
    node: state.plan.node,
    q: state.plan.search,
    governance: state.plan.governance ? 'on' : 'off',
    sdgSort: state.plan.sdgSort,
    bands: state.bands ? 'on' : 'off',
    step: String(state.step),
    born: state.born === null ? 'none' : String(state.born),
    town: state.town ?? 'none',
    measure: state.measure,
  };
  const written = PARAMS.filter((p) => p !== 'embed' && p !== 'chart').map((p) => `${p}=${encodeValue(values[p as keyof typeof values])}`);
  const b = state.compare;
  if (b) {
    const compare: Record<CompareParam, string> = {
      'b.tfr': formatTfr(b.tfr),
      'b.srb': String(b.srb),
      'b.mortalityDecline': String(b.mortalityDecline),
      'b.inMigration': String(b.inMigration),
      'b.outMigration': String(b.outMigration),
    };
    for (const p of COMPARE_PARAMS) written.push(`${p}=${encodeValue(compare[p])}`);
  }
  if (state.embed) written.push('embed=1', `chart=${state.chart}`);
  return written.join('&');
}

/** Scenario B as a whole scenario: B's parameters at A's horizon. */
export function compareScenario(state: Pick<UrlState, 'scenario' | 'compare'>): Scenario | null {
  return state.compare ? { ...state.compare, horizon: state.scenario.horizon } : null;
}

/** The parameters of a scenario that B takes (everything but the horizon). */
export function toCompare(scenario: Scenario | CompareScenario): CompareScenario {
  const { tfr, srb, mortalityDecline, inMigration, outMigration } = scenario;
  return { tfr, srb, mortalityDecline, inMigration, outMigration };
}

/** Applies a change and keeps the state consistent: the year follows the horizon down. */
export function updateState(
  state: UrlState,
  change: Partial<Omit<UrlState, 'scenario' | 'plan' | 'compare'>> & {
    scenario?: Partial<Scenario>;
    plan?: Partial<PlanState>;
    /** Scenario B (null: no comparison); a whole scenario's horizon is dropped (B takes A's). */
    compare?: CompareScenario | Scenario | null;
  },
): UrlState {
  // Unchanged parts keep their identity, so effects that depend on them (the projection) do not re-run.
  const scenario = change.scenario ? { ...state.scenario, ...change.scenario } : state.scenario;
  const year = Math.min(change.year ?? state.year, scenario.horizon);
  const plan = change.plan ? { ...state.plan, ...change.plan } : state.plan;
  const compare = change.compare === undefined ? state.compare : change.compare === null ? null : toCompare(change.compare);
  return {
    view: change.view ?? state.view,
    lang: change.lang ?? state.lang,
    year,
    focus: change.focus ?? state.focus,
    scenario,
    plan,
    bands: change.bands ?? state.bands,
    step: change.step ?? state.step,
    born: change.born !== undefined ? change.born : state.born,
    town: change.town !== undefined ? change.town : state.town,
    measure: change.measure ?? state.measure,
    compare,
    embed: change.embed ?? state.embed,
    chart: change.chart ?? state.chart,
  };
}
