import { describe, expect, it } from 'vitest';
import { formatParameters, PARAMETER_NAMES, parseParameters, readParameters, toValues, type ParameterRow } from './parameters.ts';

const rows: ParameterRow[] = PARAMETER_NAMES.map((name, i) => ({
  name,
  value: 0.1 + i / 7,
  unit: 'per year',
  lower: 0,
  upper: 2,
  fitted: true,
  meaning: `meaning of ${name}, with "quotes"`,
}));

describe('fitted_parameters.csv', () => {
  it('round-trips through format and parse, doubles exactly', () => {
    expect(parseParameters(formatParameters(rows))).toEqual(rows);
  });

  it('the committed file has every parameter once, each within its bounds', () => {
    const committed = readParameters();
    expect(committed.map((r) => r.name).sort()).toEqual([...PARAMETER_NAMES].sort());
    const v = toValues(committed);
    for (const name of PARAMETER_NAMES) expect(Number.isFinite(v[name])).toBe(true);
  });

  it.each([
    ['a wrong header', (t: string) => t.replace('name,value', 'nom,value'), /header must be/],
    ['an unknown parameter', (t: string) => t.replace('\naIn,', '\naInn,'), /unknown parameter "aInn"/],
    ['a value outside its bounds', (t: string) => t.replace(/\naIn,[^,]+,/, '\naIn,5,'), /aIn = 5 is outside its bounds \[0, 2\]/],
    [
      'a missing parameter',
      (t: string) =>
        t
          .split('\n')
          .filter((l) => !l.startsWith('theta,'))
          .join('\n'),
      /theta must appear once, found 0/,
    ],
    ['a duplicated parameter', (t: string) => `${t}${t.split('\n').find((l) => l.startsWith('c,'))}\n`, /c must appear once, found 2/],
    ['a non-number', (t: string) => t.replace(/\nmuIn,[^,]+,/, '\nmuIn,abc,'), /value "abc" is not a number/],
    ['a bad fitted flag', (t: string) => t.replace(',true,"meaning of muOut', ',yes,"meaning of muOut'), /fitted must be true or false/],
  ])('names the problem: %s', (_, tamper, message) => {
    expect(() => parseParameters(tamper(formatParameters(rows)), 'params.csv')).toThrow(message);
  });

  it('names the file when it cannot be read', () => {
    expect(() => readParameters('/nonexistent/fitted.csv')).toThrow(/cannot read the calibrated parameters \/nonexistent\/fitted.csv/);
  });
});
