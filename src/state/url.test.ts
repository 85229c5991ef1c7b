import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, resolveScenario, SCENARIO_RANGES } from '../../worker/engine/scenario.ts';
import type { Scenario, TfrPath } from '../../worker/engine/types.ts';
import { LANGS } from '../i18n/lang.ts';
import {
  BORN_RANGE,
  DEFAULT_EMBED_CHART,
  EMBED_CHARTS,
  decodeUrlState,
  DEFAULT_PLAN,
  DEFAULT_STATE,
  DEFAULT_YEAR,
  encodeUrlState,
  FOCUSES,
  isPlanNodeId,
  MAX_SEARCH_LENGTH,
  PARAMS,
  PLAN_VIEWS,
  SDG_SORTS,
  STEP_RANGE,
  updateState,
  YEAR_RANGE,
  type Param,
  type PlanState,
  type UrlState,
  COMPARE_PARAMS,
  compareScenario,
  type CompareScenario,
} from './url.ts';
import { BRIEFING_STEPS } from '../briefing/steps.ts';
import { VIEWS } from './views.ts';
import { MEASURES } from '../views/town/measures.ts';

// Arbitrary valid states. `+ 0` turns -0 into 0: the URL has one way to write zero.
const within = (r: { min: number; max: number }) => fc.double({ min: r.min, max: r.max, noNaN: true }).map((x) => x + 0);
const tfrPath: fc.Arbitrary<TfrPath> = fc
  .uniqueArray(fc.integer(YEAR_RANGE), { minLength: 1, maxLength: 6 })
  .chain((years) => fc.tuple(...years.sort((a, b) => a - b).map((y) => within(SCENARIO_RANGES.tfr).map((v) => [y, v] as const))));
/** Node ids of every shape the plan view writes. */
const nodeArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant('none'),
  fc.integer({ min: 1, max: 99 }).map((n) => `f${n}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `p${n}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([p, n]) => `p${p}.P${String(n).padStart(3, '0')}`),
  fc.integer({ min: 1, max: 9 }).map((n) => `g${n}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 99 })).map(([g, n]) => `g${g}.${n}`),
  fc.integer({ min: 1, max: 9999 }).map((n) => `i${n}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `sdg${n}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([g, p]) => `sdg${g}.p${p}`),
);
/** Search text as people type it: Japanese, full-width, spaces, symbols that need escaping in a URL. */
const searchArb = fc.oneof(
  fc.constantFrom('', '子ども', 'ＩＣＴ', 'park area', '区民&区政', 'a=b?c#d', '100%', '  みどり  '),
  fc.string({ maxLength: MAX_SEARCH_LENGTH }),
  fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => s.length <= MAX_SEARCH_LENGTH),
);
const planArb: fc.Arbitrary<PlanState> = fc.record({
  view: fc.constantFrom(...PLAN_VIEWS),
  node: nodeArb,
  search: searchArb,
  governance: fc.boolean(),
  sdgSort: fc.constantFrom(...SDG_SORTS),
});

/** Every parameter's value in a state, keyed by the parameter's name in the link. */
function flat(state: UrlState): Record<Param, unknown> {
  const { plan } = state;
  return {
    ...state.scenario,
    view: state.view,
    lang: state.lang,
    year: state.year,
    focus: state.focus,
    bands: state.bands,
    plan: plan.view,
    node: plan.node,
    q: plan.search,
    governance: plan.governance,
    sdgSort: plan.sdgSort,
    step: state.step,
    born: state.born,
    town: state.town,
    measure: state.measure,
    embed: state.embed,
    chart: state.chart,
  };
}

/** Scenario B of a comparison, or none. */
const compareArb: fc.Arbitrary<CompareScenario | null> = fc.option(
  fc.record({
    tfr: fc.oneof(within(SCENARIO_RANGES.tfr), tfrPath),
    srb: within(SCENARIO_RANGES.srb),
    mortalityDecline: within(SCENARIO_RANGES.mortalityDecline),
    inMigration: within(SCENARIO_RANGES.inMigration),
    outMigration: within(SCENARIO_RANGES.outMigration),
  }),
  { nil: null },
);

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    view: fc.constantFrom(...VIEWS),
    lang: fc.constantFrom(...LANGS),
    focus: fc.constantFrom(...FOCUSES),
    tfr: fc.oneof(within(SCENARIO_RANGES.tfr), tfrPath),
    srb: within(SCENARIO_RANGES.srb),
    mortalityDecline: within(SCENARIO_RANGES.mortalityDecline),
    inMigration: within(SCENARIO_RANGES.inMigration),
    outMigration: within(SCENARIO_RANGES.outMigration),
    horizon: fc.integer(SCENARIO_RANGES.horizon),
  })
  .chain(({ view, lang, focus, ...scenario }) =>
    fc
      .tuple(
        fc.integer({ min: YEAR_RANGE.min, max: scenario.horizon }),
        planArb,
        fc.boolean(),
        fc.integer(STEP_RANGE),
        fc.option(fc.integer(BORN_RANGE)),
        fc.option(fc.integer({ min: 0, max: 999_999 }).map((n) => `13115${String(n).padStart(6, '0')}`)),
        fc.constantFrom(...MEASURES),
        compareArb,
        fc.option(fc.constantFrom(...EMBED_CHARTS)),
      )
      // The chart is written only in embed links.
      .map(([year, plan, bands, step, born, town, measure, compare, chart]) => ({
        view,
        lang,
        year,
        focus,
        scenario: scenario as Scenario,
        plan,
        bands,
        step,
        born,
        town,
        measure,
        compare,
        embed: chart !== null,
        chart: chart ?? DEFAULT_EMBED_CHART,
      })),
  );

/** Replaces one parameter's value in a query string. */
function withParam(query: string, param: Param, value: string): string {
  const params = new URLSearchParams(query);
  params.set(param, value);
  return params.toString();
}

/** Values that are wrong for a parameter, by construction. */
function garbageFor(param: Param): fc.Arbitrary<string> {
  const words = fc.constantFrom('', 'abc', 'NaN', 'Infinity', '0x10', '1,5', ' 1', '1e', '--1', '<script>', '杉並');
  const choices: Partial<Record<Param, readonly string[]>> = {
    view: VIEWS,
    lang: LANGS,
    focus: FOCUSES,
    plan: PLAN_VIEWS,
    governance: ['off', 'on'],
    sdgSort: SDG_SORTS,
    bands: ['on', 'off'],
    measure: MEASURES,
    embed: ['0', '1'],
    chart: EMBED_CHARTS,
  };
  const allowed = choices[param];
  if (allowed) return fc.oneof(words, fc.string({ maxLength: 12 })).filter((s) => !allowed.includes(s));
  if (param === 'node') {
    const tampered = fc.constantFrom(
      'p',
      'p0',
      'P057',
      'p12.p057',
      'p12.P57',
      'f01',
      'g1.0',
      'sdg4.22',
      'node',
      'NONE',
      'f1 ',
      'f1;f2',
      '../f1',
    );
    return fc.oneof(words, tampered, fc.string({ maxLength: 12 })).filter((s) => !isPlanNodeId(s));
  }
  if (param === 'town') {
    const tampered = fc.constantFrom(
      '1311500100',
      '131150010011',
      '13114001001',
      '13115-001001',
      'NONE',
      '13115001001 ',
      '１３１１５００１００１',
    );
    return fc.oneof(words, tampered);
  }
  if (param === 'born') {
    const outside = fc.oneof(fc.integer({ max: BORN_RANGE.min - 1 }), fc.integer({ min: BORN_RANGE.max + 1 })).map(String);
    return fc.oneof(words, outside, fc.constantFrom('1985.5', 'NONE', '1985年'));
  }
  if (param === 'q') return fc.string({ minLength: MAX_SEARCH_LENGTH + 1, maxLength: MAX_SEARCH_LENGTH + 40 });
  const range = param === 'year' ? YEAR_RANGE : param === 'step' ? STEP_RANGE : SCENARIO_RANGES[param as keyof typeof SCENARIO_RANGES];
  const outside = fc
    .oneof(
      fc.double({ min: range.max, noNaN: true, noDefaultInfinity: true, minExcluded: true }),
      fc.double({ max: range.min, noNaN: true, noDefaultInfinity: true, maxExcluded: true }),
    )
    .map(String)
    .filter((text) => !(Number(text) >= range.min && Number(text) <= range.max)); // -0 prints as '0'
  const options = [words, outside];
  if (param === 'year' || param === 'horizon' || param === 'step')
    options.push(
      fc
        .double({ min: range.min, max: range.max - 1, noNaN: true })
        .filter((x) => !Number.isInteger(x))
        .map(String),
    );
  if (param === 'tfr')
    options.push(fc.constantFrom('2030:1.2,2030:1.3', '2040:1.2,2030:1.3', '2020:1', '2030:4', '2030', '2030:', ':1', '2030:1;2040:2'));
  return fc.oneof(...options);
}

describe('URL state', () => {
  it('round-trips every valid state with no issue', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const decoded = decodeUrlState(encodeUrlState(state));
        expect(decoded.issues).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('writes every parameter, in a fixed order, readable', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe(
      'view=outlook&lang=ja&year=2030&focus=none&tfr=0.99&srb=105.1&mortalityDecline=0&inMigration=1&outMigration=1&horizon=2065&bands=on' +
        '&plan=sunburst&node=none&q=&governance=off&sdgSort=number&step=0&born=none&town=none&measure=aging_rate',
    );
    const path = updateState(DEFAULT_STATE, {
      scenario: {
        tfr: [
          [2030, 1.1],
          [2045, 1.4],
        ],
      },
    });
    expect(encodeUrlState(path)).toContain('tfr=2030:1.1,2045:1.4&');
  });

  it('reads an empty link as the defaults', () => {
    expect(decodeUrlState('')).toEqual({ state: DEFAULT_STATE, issues: [] });
    expect(decodeUrlState('?')).toEqual({ state: DEFAULT_STATE, issues: [] });
    expect(DEFAULT_STATE.scenario).toEqual(DEFAULT_SCENARIO);
  });

  it('replaces one tampered parameter by its default, names it, and keeps the rest', () => {
    fc.assert(
      fc.property(
        stateArb,
        fc.constantFrom(...PARAMS).chain((param) => fc.tuple(fc.constant(param), garbageFor(param))),
        (state, [param, garbage]) => {
          const { state: got, issues } = decodeUrlState(withParam(encodeUrlState(state), param, garbage));
          const defaults = flat(DEFAULT_STATE);
          const before = flat(state);
          const after = flat(got);
          expect(after[param]).toEqual(defaults[param]);
          expect(issues.find((i) => i.param === param)).toMatchObject({
            param,
            value: garbage.length > 60 ? `${garbage.slice(0, 57)}...` : garbage,
          });
          for (const other of PARAMS) {
            if (other === param) continue;
            // A horizon falling back to 2065 also sends a later year back to its default.
            const yearFollows = param === 'horizon' && other === 'year' && state.year > DEFAULT_SCENARIO.horizon;
            expect(after[other]).toEqual(yearFollows ? DEFAULT_YEAR : before[other]);
          }
          expect(issues.length).toBe(param === 'horizon' && state.year > DEFAULT_SCENARIO.horizon ? 2 : 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws, and always yields a state the engine accepts', () => {
    const query = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), fc.string({ maxLength: 20 })))
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { state, issues } = decodeUrlState(q);
        expect(resolveScenario(state.scenario)).toEqual(state.scenario);
        expect(VIEWS).toContain(state.view);
        expect(LANGS).toContain(state.lang);
        expect(Number.isInteger(state.year) && state.year >= YEAR_RANGE.min && state.year <= state.scenario.horizon).toBe(true);
        // The corrected link reads back without issue: the URL always shows what is on screen.
        expect(decodeUrlState(encodeUrlState(state)).issues).toEqual([]);
        for (const issue of issues) expect(issue.param.length + issue.value.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('words each problem precisely', () => {
    const { state, issues } = decodeUrlState(
      '?view=bogus&lang=ja&srb=200&year=2031.5&tfr=2040:1.2,2030:1.3&inMigration=abc&horizon=2040&utm_source=x&lang=en',
    );
    expect(issues.map((i) => `${i.param}:${i.problem}`).sort()).toEqual(
      [
        'inMigration:not-a-number',
        'lang:repeated',
        'srb:out-of-range',
        'tfr:tfr-path',
        'utm_source:unknown-parameter',
        'view:unknown-value',
        'year:not-integer',
      ].sort(),
    );
    expect(issues.find((i) => i.param === 'tfr')).toEqual({
      param: 'tfr',
      value: '2040:1.2,2030:1.3',
      problem: 'tfr-path',
      point: '2030:1.3',
      allowed: '2021–2070 : 0–3',
      fallback: '0.99',
    });
    expect(issues.find((i) => i.param === 'view')).toEqual({
      param: 'view',
      value: 'bogus',
      problem: 'unknown-value',
      allowed: 'outlook, plan, data, town',
      fallback: 'outlook',
    });
    expect(issues.find((i) => i.param === 'lang')).toEqual({ param: 'lang', value: 'ja, en', problem: 'repeated', fallback: 'ja' });
    expect(issues.find((i) => i.param === 'year')).toEqual({
      param: 'year',
      value: '2031.5',
      problem: 'not-integer',
      allowed: '2021–2070',
      fallback: '2030',
    });
    expect(issues.find((i) => i.param === 'srb')).toEqual({
      param: 'srb',
      value: '200',
      problem: 'out-of-range',
      allowed: '90–120',
      fallback: '105.1',
    });
    expect(state).toEqual({
      view: 'outlook',
      lang: 'ja',
      year: 2030,
      focus: 'none',
      scenario: { ...DEFAULT_SCENARIO, horizon: 2040 },
      plan: DEFAULT_PLAN,
      bands: true,
      step: 0,
      born: null,
      town: null,
      measure: 'aging_rate',
      compare: null,
      embed: false,
      chart: 'pyramid',
    });
  });

  it('sends a year after the horizon back to the default year', () => {
    const { state, issues } = decodeUrlState('year=2050&horizon=2040');
    expect(state.year).toBe(DEFAULT_YEAR);
    expect(state.scenario.horizon).toBe(2040);
    expect(issues).toEqual([{ param: 'year', value: '2050', problem: 'after-horizon', allowed: '2021–2040', fallback: '2030' }]);
  });
});

describe('plan parameters', () => {
  it('read a copied plan link back exactly, Japanese search text included', () => {
    const plan: PlanState = { view: 'sdg', node: 'sdg4.p22', search: '子ども　ＩＣＴ & park', governance: true, sdgSort: 'count' };
    const query = encodeUrlState({ ...DEFAULT_STATE, view: 'plan', plan });
    expect(query).toContain('&plan=sdg&node=sdg4.p22&q=%E5%AD%90');
    expect(query).toContain('%20%26%20park&governance=on&sdgSort=count');
    expect(decodeUrlState(query)).toEqual({ state: { ...DEFAULT_STATE, view: 'plan', plan }, issues: [] });
  });

  it('accept the node shapes the plan view writes, and only those', () => {
    for (const id of ['none', 'f1', 'f8', 'p29', 'p12.P057', 'g3', 'g1.5', 'i165', 'sdg17', 'sdg4.p22'])
      expect(isPlanNodeId(id), id).toBe(true);
    for (const id of ['', 'f0', 'f', 'p1.P1', 'p1.P0001', 'P057', 'g0', 'g1.0', 'g1.3.2', 'i0', 'sdg0', 'sdg4.P22', 'F1', ' f1', 'f1\n']) {
      expect(isPlanNodeId(id), id).toBe(false);
    }
  });

  it('name each tampered plan parameter, fall back for it alone, and keep the rest of the plan state', () => {
    const { state, issues } = decodeUrlState(
      `view=plan&plan=matrix&node=p12.P57&q=${'あ'.repeat(MAX_SEARCH_LENGTH + 1)}&governance=yes&sdgSort=count`,
    );
    expect(state.view).toBe('plan');
    expect(state.plan).toEqual({ ...DEFAULT_PLAN, sdgSort: 'count' });
    expect(issues.map((i) => `${i.param}:${i.problem}`)).toEqual([
      'plan:unknown-value',
      'node:unknown-value',
      'q:too-long',
      'governance:unknown-value',
    ]);
    expect(issues[0]).toEqual({
      param: 'plan',
      value: 'matrix',
      problem: 'unknown-value',
      allowed: 'sunburst, sdg, timeline, indicators',
      fallback: 'sunburst',
    });
    expect(issues[1]).toMatchObject({ param: 'node', value: 'p12.P57', fallback: 'none' });
    expect(issues[1].allowed).toContain('p12.P057');
    expect(issues[2]).toMatchObject({ param: 'q', value: `${'あ'.repeat(57)}...`, allowed: `0–${MAX_SEARCH_LENGTH}`, fallback: '' });
    expect(issues[3]).toMatchObject({ param: 'governance', value: 'yes', allowed: 'off, on', fallback: 'off' });
  });

  it('a search of exactly the longest length is kept', () => {
    const q = 'x'.repeat(MAX_SEARCH_LENGTH);
    expect(decodeUrlState(`q=${q}`)).toEqual({ state: { ...DEFAULT_STATE, plan: { ...DEFAULT_PLAN, search: q } }, issues: [] });
  });
});

describe('updateState', () => {
  it('merges a partial plan change and keeps the rest', () => {
    const before = updateState(DEFAULT_STATE, { view: 'plan', plan: { node: 'f3', search: 'みどり' } });
    expect(before.plan).toEqual({ ...DEFAULT_PLAN, node: 'f3', search: 'みどり' });
    const after = updateState(before, { plan: { view: 'timeline' } });
    expect(after.plan).toEqual({ ...DEFAULT_PLAN, view: 'timeline', node: 'f3', search: 'みどり' });
    expect(after.scenario).toBe(before.scenario);
  });

  it('keeps the year within a lowered horizon', () => {
    const later = updateState(DEFAULT_STATE, { year: 2060 });
    expect(updateState(later, { scenario: { horizon: 2040 } })).toMatchObject({ year: 2040, scenario: { horizon: 2040 } });
    expect(updateState(later, { view: 'data' })).toMatchObject({ view: 'data', year: 2060 });
  });
});

describe('briefing step', () => {
  it('allows 0 (off) to the number of steps, and writes it last', () => {
    expect(STEP_RANGE).toEqual({ min: 0, max: BRIEFING_STEPS.length });
    for (let step = 0; step <= BRIEFING_STEPS.length; step++) {
      const query = encodeUrlState({ ...DEFAULT_STATE, step });
      expect(query).toContain(`&sdgSort=number&step=${step}&`);
      expect(decodeUrlState(query)).toEqual({ state: { ...DEFAULT_STATE, step }, issues: [] });
    }
  });

  it('names a step out of range or not an integer, with the value and the range, falls back to 0 and keeps the rest', () => {
    const max = BRIEFING_STEPS.length;
    const rest = 'view=plan&lang=en&year=2040&focus=age65plus&node=f6';
    for (const [value, problem] of [
      ['99', 'out-of-range'],
      ['-1', 'out-of-range'],
      [String(max + 1), 'out-of-range'],
      ['2.5', 'not-integer'],
      ['two', 'not-a-number'],
      ['', 'not-a-number'],
    ] as const) {
      const { state, issues } = decodeUrlState(`${rest}&step=${value}`);
      expect(issues, value).toEqual([{ param: 'step', value, problem, allowed: `0–${max}`, fallback: '0' }]);
      expect(state).toEqual({
        ...DEFAULT_STATE,
        view: 'plan',
        lang: 'en',
        year: 2040,
        focus: 'age65plus',
        plan: { ...DEFAULT_PLAN, node: 'f6' },
        step: 0,
      });
    }
  });

  it('is kept by updateState unless changed', () => {
    const briefing = updateState(DEFAULT_STATE, { step: 3 });
    expect(updateState(briefing, { year: 2040 }).step).toBe(3);
    expect(updateState(briefing, { step: 0 }).step).toBe(0);
  });
});

describe('scenario B (b. parameters)', () => {
  const sim1 = 'b.tfr=2030:1.8,2040:2.07&b.inMigration=0';

  it('no b. parameter: no comparison; any b. parameter: a comparison, the others at their defaults', () => {
    expect(decodeUrlState('tfr=1.2').state.compare).toBeNull();
    const { state, issues } = decodeUrlState(`tfr=1.2&${sim1}`);
    expect(issues).toEqual([]);
    expect(state.compare).toEqual({
      tfr: [
        [2030, 1.8],
        [2040, 2.07],
      ],
      srb: 105.1,
      mortalityDecline: 0,
      inMigration: 0,
      outMigration: 1,
    });
    expect(state.scenario.tfr).toBe(1.2); // A is A's
    expect(compareScenario(state)).toEqual({ ...state.compare, horizon: state.scenario.horizon });
  });

  it('writes every b. parameter after the others, only when comparing', () => {
    const state = decodeUrlState(sim1).state;
    expect(encodeUrlState(state)).toMatch(
      /&measure=aging_rate&b\.tfr=2030:1\.8,2040:2\.07&b\.srb=105\.1&b\.mortalityDecline=0&b\.inMigration=0&b\.outMigration=1$/,
    );
    expect(encodeUrlState(updateState(state, { compare: null }))).not.toContain('b.');
  });

  it('round-trips every B (with A and the rest) with no issue', () => {
    fc.assert(
      fc.property(
        stateArb,
        compareArb.filter((c) => c !== null),
        (state, compare) => {
          const withB = { ...state, compare };
          expect(decodeUrlState(encodeUrlState(withB))).toEqual({ state: withB, issues: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("checks a tampered b. value exactly as A's: the same notice, under B's name; B's default; A and the rest kept", () => {
    fc.assert(
      fc.property(
        stateArb,
        compareArb.filter((c) => c !== null),
        fc.constantFrom(...COMPARE_PARAMS).chain((param) => fc.tuple(fc.constant(param), garbageFor(param.slice(2) as Param))),
        (state, compare, [param, garbage]) => {
          const withB = { ...state, compare };
          const name = param.slice(2) as keyof CompareScenario;
          const { state: got, issues } = decodeUrlState(withParam(encodeUrlState(withB), param as Param, garbage));
          // A's own reading of the same garbage: the notice must be the same but for the parameter's name.
          const asA = decodeUrlState(withParam(encodeUrlState(state), name as Param, garbage)).issues.find((i) => i.param === name);
          expect(issues.find((i) => i.param === param)).toEqual({ ...asA, param });
          expect(got.compare?.[name]).toEqual(DEFAULT_STATE.scenario[name]);
          for (const other of Object.keys(compare) as (keyof CompareScenario)[])
            if (other !== name) expect(got.compare?.[other]).toEqual(compare[other]);
          expect(got.scenario).toEqual(state.scenario);
          expect(issues.filter((i) => i.param !== param)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names an unknown or repeated b. parameter and keeps the comparison', () => {
    const { state, issues } = decodeUrlState(`${sim1}&b.horizon=2040&b.srb=104&b.srb=106`);
    expect(issues).toEqual([
      { param: 'b.srb', value: '104, 106', problem: 'repeated', fallback: '104' },
      { param: 'b.horizon', value: '2040', problem: 'unknown-parameter' },
    ]);
    expect(state.compare?.srb).toBe(104);
    // Only an unknown b. parameter: no comparison, and a notice.
    const only = decodeUrlState('b.horizon=2040');
    expect(only.state.compare).toBeNull();
    expect(only.issues.map((i) => i.param)).toEqual(['b.horizon']);
  });

  it('updateState: B takes a whole scenario without its horizon, null ends the comparison, A stays', () => {
    const a = updateState(DEFAULT_STATE, { scenario: { tfr: 1.4, horizon: 2050 } });
    const pinned = updateState(a, { compare: a.scenario });
    expect(pinned.compare).toEqual({ tfr: 1.4, srb: 105.1, mortalityDecline: 0, inMigration: 1, outMigration: 1 });
    expect(compareScenario(pinned)?.horizon).toBe(2050);
    expect(updateState(pinned, { year: 2040 }).compare).toBe(pinned.compare);
    expect(updateState(pinned, { compare: null }).compare).toBeNull();
  });
});

describe('bands', () => {
  it('are on unless the link says off; a bad value is named and falls back to on', () => {
    expect(DEFAULT_STATE.bands).toBe(true);
    expect(decodeUrlState('bands=off').state.bands).toBe(false);
    expect(decodeUrlState('bands=on').state.bands).toBe(true);
    expect(encodeUrlState({ ...DEFAULT_STATE, bands: false })).toContain('&horizon=2065&bands=off&plan=');
    const { state, issues } = decodeUrlState('bands=yes&tfr=1.2');
    expect(issues).toEqual([{ param: 'bands', value: 'yes', problem: 'unknown-value', allowed: 'on, off', fallback: 'on' }]);
    expect(state).toMatchObject({ bands: true, scenario: { tfr: 1.2 } });
    expect(updateState({ ...DEFAULT_STATE, bands: false }, { year: 2040 }).bands).toBe(false);
    expect(updateState(DEFAULT_STATE, { bands: false }).bands).toBe(false);
  });
});

describe('embed links', () => {
  it('decodes embed=1 and the chart, and writes them only in embed links', () => {
    const { state, issues } = decodeUrlState('?view=outlook&embed=1&chart=total');
    expect(issues).toEqual([]);
    expect(state.embed).toBe(true);
    expect(state.chart).toBe('total');
    expect(encodeUrlState(state)).toMatch(/&measure=aging_rate&embed=1&chart=total$/);
    expect(encodeUrlState({ ...state, embed: false })).not.toMatch(/embed|chart=/);
  });

  it('a bad embed or chart value is a notice naming it, and falls back alone', () => {
    const { state, issues } = decodeUrlState('?embed=yes&chart=pie&tfr=1.5');
    expect(state.embed).toBe(false);
    expect(state.chart).toBe('pyramid');
    expect(state.scenario.tfr).toBe(1.5);
    expect(issues).toEqual([
      { param: 'embed', value: 'yes', problem: 'unknown-value', allowed: '0, 1', fallback: '0' },
      {
        param: 'chart',
        value: 'pie',
        problem: 'unknown-value',
        allowed: 'pyramid, total, age-groups, aging, shares, change, published',
        fallback: 'pyramid',
      },
    ]);
  });
});

describe('residents: born, town, measure', () => {
  it('reads a birth year, a town code and a measure, and writes them back', () => {
    const { state, issues } = decodeUrlState('view=town&born=1985&town=13115001001&measure=median_age');
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ view: 'town', born: 1985, town: '13115001001', measure: 'median_age' });
    expect(encodeUrlState(state).endsWith('&step=0&born=1985&town=13115001001&measure=median_age')).toBe(true);
    expect(decodeUrlState('born=none&town=none')).toEqual({ state: DEFAULT_STATE, issues: [] });
  });

  it('names a birth year out of range or not a whole year, and shows no cohort', () => {
    const allowed = `none, ${BORN_RANGE.min}–${BORN_RANGE.max}`;
    expect(BORN_RANGE).toEqual({ min: 1921, max: 2069 });
    for (const [value, problem] of [
      ['1850', 'out-of-range'],
      ['2100', 'out-of-range'],
      ['1985.5', 'not-integer'],
      ['昭和60', 'not-a-number'],
    ] as const) {
      const { state, issues } = decodeUrlState(`year=2040&born=${encodeURIComponent(value)}`);
      expect(issues, value).toEqual([{ param: 'born', value, problem, allowed, fallback: 'none' }]);
      expect(state).toEqual({ ...DEFAULT_STATE, year: 2040 });
    }
    expect(decodeUrlState('born=1921').state.born).toBe(1921);
    expect(decodeUrlState('born=2069').state.born).toBe(2069);
  });

  it('names a town code of the wrong shape and falls back to the ward', () => {
    for (const value of ['13115', '13114001001', 'houan', '131150010011']) {
      const { state, issues } = decodeUrlState(`view=town&town=${value}`);
      expect(issues, value).toEqual([
        { param: 'town', value, problem: 'unknown-value', allowed: 'none, 13115 + 6 digits (13115001001)', fallback: 'none' },
      ]);
      expect(state).toEqual({ ...DEFAULT_STATE, view: 'town' });
    }
    expect(decodeUrlState('measure=density').issues[0]).toMatchObject({
      param: 'measure',
      problem: 'unknown-value',
      allowed: MEASURES.join(', '),
    });
  });

  it('is kept by updateState unless changed; null clears it', () => {
    const s = updateState(DEFAULT_STATE, { born: 1985, town: '13115001001' });
    expect(updateState(s, { year: 2040 })).toMatchObject({ born: 1985, town: '13115001001' });
    expect(updateState(s, { born: null, town: null })).toMatchObject({ born: null, town: null });
  });
});
