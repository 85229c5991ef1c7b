// Property tests of the link codec against hostile input (issue 12): whatever is in the address bar,
// decoding never throws, every notice names the parameter as it was written in the link (and is worded
// in both languages with it), and the state shown is always one the codec writes back without a notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_RANGES } from '../../worker/engine/scenario.ts';
import { messages } from '../i18n/messages.ts';
import { COMPARE_PARAMS, decodeUrlState, encodeUrlState, PARAMS, URL_PROBLEMS } from './url.ts';

/** Keys as a link may carry them: known, b.-prefixed (known or not), near misses, anything. */
const keyArb = fc.oneof(
  fc.constantFrom(...PARAMS, ...COMPARE_PARAMS),
  fc.constantFrom('b.', 'b.horizon', 'b.year', 'B.tfr', 'b.tfr ', 'tfr[]', '', '%', 'b.%ZZ'),
  fc.string({ maxLength: 8 }).map((s) => `b.${s}`),
  fc.string({ maxLength: 10 }),
);
/** Values: numbers in and out of range, TFR paths, words, percent-escapes (valid and broken), anything. */
const valueArb = fc.oneof(
  fc.double().map(String),
  fc.double({ min: SCENARIO_RANGES.tfr.min, max: SCENARIO_RANGES.tfr.max, noNaN: true }).map(String),
  fc.constantFrom(
    '',
    'NaN',
    'Infinity',
    '-0',
    '1e400',
    '0x10',
    ' 1',
    '2030:1.1,2045:1.4',
    '2045:1.4,2030:1.1',
    '2030:',
    ':1',
    'on',
    'off',
    'plan',
  ),
  fc
    .array(fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.double({ min: -1, max: 5, noNaN: true })), { maxLength: 4 })
    .map((ps) => ps.map(([y, v]) => `${y}:${v}`).join(',')),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
/** A raw query string: pairs joined with & (encoded, raw, or with broken % escapes), or any text at all. */
const queryArb = fc.oneof(
  fc
    .array(fc.tuple(keyArb, valueArb, fc.constantFrom('encoded', 'raw', 'broken')), { maxLength: 12 })
    .map((pairs) =>
      pairs
        .map(([k, v, how]) =>
          how === 'encoded'
            ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}`
            : how === 'raw'
              ? `${k}=${v}`
              : `${encodeURIComponent(k)}=%${v.slice(0, 1)}%E3%81`,
        )
        .join('&'),
    ),
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 40 }).map((s) => `?${s}`),
);

/** The keys of a query as URLSearchParams reads them (what the codec sees). */
const keysOf = (q: string) => [...new URLSearchParams(q).keys()];

describe('decodeUrlState on arbitrary links', () => {
  it('never throws; every notice names a parameter of the link, a known problem, and is worded with the parameter in both languages', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const { state, issues } = decodeUrlState(q);
        const keys = keysOf(q);
        for (const issue of issues) {
          expect(URL_PROBLEMS).toContain(issue.problem);
          expect(keys).toContain(issue.param); // named as written in the link
          expect(issue.value.length).toBeLessThanOrEqual(60);
          for (const lang of ['ja', 'en'] as const) {
            const words = messages(lang).notices.url(issue);
            expect(words.length).toBeGreaterThan(0);
            expect(words).toContain(issue.param);
          }
        }
        // What is shown is written back without a notice, and reads back to the same state.
        const written = encodeUrlState(state);
        const again = decodeUrlState(written);
        expect(again.issues).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      { numRuns: 600 },
    );
  });

  it('a link whose only b. parameters are broken still opens a comparison, each broken one named', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...COMPARE_PARAMS), { minLength: 1 }),
        fc.constantFrom('abc', '-500', '1e9', ''),
        (params, bad) => {
          const q = params.map((p) => `${p}=${encodeURIComponent(bad)}`).join('&');
          const { state, issues } = decodeUrlState(q);
          expect(state.compare).not.toBeNull();
          expect(issues.map((i) => i.param).sort()).toEqual([...params].sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
