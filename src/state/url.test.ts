import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, resolveScenario, SCENARIO_RANGES } from '../../worker/engine/scenario.ts';
import type { Scenario, TfrPath } from '../../worker/engine/types.ts';
import { LANGS } from '../i18n/lang.ts';
import {
  decodeUrlState, DEFAULT_STATE, DEFAULT_YEAR, encodeUrlState, FOCUSES, PARAMS, updateState, YEAR_RANGE, type Param, type UrlState,
} from './url.ts';
import { VIEWS } from './views.ts';

// Arbitrary valid states. `+ 0` turns -0 into 0: the URL has one way to write zero.
const within = (r: { min: number; max: number }) => fc.double({ min: r.min, max: r.max, noNaN: true }).map((x) => x + 0);
const tfrPath: fc.Arbitrary<TfrPath> = fc
  .uniqueArray(fc.integer(YEAR_RANGE), { minLength: 1, maxLength: 6 })
  .chain((years) => fc.tuple(...years.sort((a, b) => a - b).map((y) => within(SCENARIO_RANGES.tfr).map((v) => [y, v] as const))));
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
    fc.integer({ min: YEAR_RANGE.min, max: scenario.horizon }).map((year) => ({ view, lang, year, focus, scenario: scenario as Scenario })),
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
  if (param === 'view' || param === 'lang' || param === 'focus') {
    const allowed: readonly string[] = param === 'view' ? VIEWS : param === 'lang' ? LANGS : FOCUSES;
    return fc.oneof(words, fc.string({ maxLength: 12 })).filter((s) => !allowed.includes(s));
  }
  const range = param === 'year' ? YEAR_RANGE : SCENARIO_RANGES[param];
  const outside = fc.oneof(
    fc.double({ min: range.max, noNaN: true, noDefaultInfinity: true, minExcluded: true }),
    fc.double({ max: range.min, noNaN: true, noDefaultInfinity: true, maxExcluded: true }),
  ).map(String).filter((text) => !(Number(text) >= range.min && Number(text) <= range.max)); // -0 prints as '0'
  const options = [words, outside];
  if (param === 'year' || param === 'horizon') options.push(fc.double({ min: range.min, max: range.max - 1, noNaN: true }).filter((x) => !Number.isInteger(x)).map(String));
  if (param === 'tfr') options.push(fc.constantFrom('2030:1.2,2030:1.3', '2040:1.2,2030:1.3', '2020:1', '2030:4', '2030', '2030:', ':1', '2030:1;2040:2'));
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
      'view=outlook&lang=ja&year=2030&focus=none&tfr=0.99&srb=105.1&mortalityDecline=0&inMigration=1&outMigration=1&horizon=2065',
    );
    const path = updateState(DEFAULT_STATE, { scenario: { tfr: [[2030, 1.1], [2045, 1.4]] } });
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
          const defaults = { ...DEFAULT_STATE, ...DEFAULT_STATE.scenario } as Record<Param, unknown>;
          const before = { ...state, ...state.scenario } as Record<Param, unknown>;
          const after = { ...got, ...got.scenario } as Record<Param, unknown>;
          expect(after[param]).toEqual(defaults[param]);
          expect(issues.find((i) => i.param === param)).toMatchObject({ param, value: garbage.length > 60 ? `${garbage.slice(0, 57)}...` : garbage });
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
      fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), fc.string({ maxLength: 20 }))).map((pairs) =>
        pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
      ),
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
      ['inMigration:not-a-number', 'lang:repeated', 'srb:out-of-range', 'tfr:tfr-path', 'utm_source:unknown-parameter', 'view:unknown-value', 'year:not-integer'].sort(),
    );
    expect(issues.find((i) => i.param === 'tfr')).toEqual({
      param: 'tfr', value: '2040:1.2,2030:1.3', problem: 'tfr-path', point: '2030:1.3', allowed: '2021–2070 : 0–3', fallback: '0.99',
    });
    expect(issues.find((i) => i.param === 'view')).toEqual({ param: 'view', value: 'bogus', problem: 'unknown-value', allowed: 'outlook, plan, data', fallback: 'outlook' });
    expect(issues.find((i) => i.param === 'lang')).toEqual({ param: 'lang', value: 'ja, en', problem: 'repeated', fallback: 'ja' });
    expect(issues.find((i) => i.param === 'year')).toEqual({ param: 'year', value: '2031.5', problem: 'not-integer', allowed: '2021–2070', fallback: '2030' });
    expect(issues.find((i) => i.param === 'srb')).toEqual({ param: 'srb', value: '200', problem: 'out-of-range', allowed: '90–120', fallback: '105.1' });
    expect(state).toEqual({
      view: 'outlook', lang: 'ja', year: 2030, focus: 'none',
      scenario: { ...DEFAULT_SCENARIO, horizon: 2040 },
    });
  });

  it('sends a year after the horizon back to the default year', () => {
    const { state, issues } = decodeUrlState('year=2050&horizon=2040');
    expect(state.year).toBe(DEFAULT_YEAR);
    expect(state.scenario.horizon).toBe(2040);
    expect(issues).toEqual([{ param: 'year', value: '2050', problem: 'after-horizon', allowed: '2021–2040', fallback: '2030' }]);
  });
});

describe('updateState', () => {
  it('keeps the year within a lowered horizon', () => {
    const later = updateState(DEFAULT_STATE, { year: 2060 });
    expect(updateState(later, { scenario: { horizon: 2040 } })).toMatchObject({ year: 2040, scenario: { horizon: 2040 } });
    expect(updateState(later, { view: 'data' })).toMatchObject({ view: 'data', year: 2060 });
  });
});
