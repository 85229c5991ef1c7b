import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDecimal,
  formatInteger,
  formatPeople,
  formatPeopleCompact,
  formatPercent,
  formatSeconds,
  formatSignedInteger,
  formatYear,
} from './format.ts';

describe('formatYear', () => {
  it('writes Japanese years with the era, as the plan does', () => {
    expect(formatYear(2033, 'ja')).toBe('2033（令和15）年');
    expect(formatYear(2019, 'ja')).toBe('2019（令和元）年');
    expect(formatYear(2015, 'ja')).toBe('2015（平成27）年');
    expect(formatYear(2065, 'ja')).toBe('2065（令和47）年');
  });

  it('distinguishes fiscal years (年度) from calendar years', () => {
    expect(formatYear(2030, 'ja', { fiscal: true })).toBe('2030（令和12）年度');
    expect(formatYear(2030, 'en', { fiscal: true })).toBe('FY2030');
    expect(formatYear(2030, 'en')).toBe('2030');
  });

  it('leaves the era out on request (axes) and where there is none', () => {
    expect(formatYear(2040, 'ja', { era: false })).toBe('2040年');
    expect(formatYear(1920, 'ja')).toBe('1920年');
  });
});

describe('people', () => {
  it('exact counts: grouped, with 人 in Japanese', () => {
    expect(formatPeople(588586, 'ja')).toBe('588,586人');
    expect(formatPeople(588586, 'en')).toBe('588,586');
    expect(formatPeople(588585.6, 'ja')).toBe('588,586人');
    expect(formatInteger(-1234, 'en')).toBe('-1,234');
  });

  it('compact counts: 万人 and k with one decimal from 10,000', () => {
    expect(formatPeopleCompact(588586, 'ja')).toBe('58.9万人');
    expect(formatPeopleCompact(588586, 'en')).toBe('588.6k');
    expect(formatPeopleCompact(10_000, 'ja')).toBe('1.0万人');
    expect(formatPeopleCompact(10_000, 'en')).toBe('10.0k');
    expect(formatPeopleCompact(-25_300, 'ja')).toBe('-2.5万人');
  });

  it('compact counts below 10,000 stay exact', () => {
    expect(formatPeopleCompact(9_999, 'ja')).toBe('9,999人');
    expect(formatPeopleCompact(9_999, 'en')).toBe('9,999');
    expect(formatPeopleCompact(0, 'en')).toBe('0');
  });

  it('moves to the next unit when rounding reaches it', () => {
    expect(formatPeopleCompact(9_999.6, 'ja')).toBe('1.0万人');
    expect(formatPeopleCompact(999_960, 'en')).toBe('1.00M');
    expect(formatPeopleCompact(1_234_567, 'en')).toBe('1.23M');
    expect(formatPeopleCompact(99_999_999, 'ja')).toBe('1.0億人');
    expect(formatPeopleCompact(12_345_678, 'ja')).toBe('1,234.6万人');
  });
});

describe('other numbers', () => {
  it('percentages from ratios', () => {
    expect(formatPercent(0.287, 'ja')).toBe('28.7%');
    expect(formatPercent(0.287, 'en')).toBe('28.7%');
    expect(formatPercent(0.2, 'en', 0)).toBe('20%');
  });

  it('decimals, signs, seconds and sizes', () => {
    expect(formatDecimal(0.99, 'ja', 2)).toBe('0.99');
    expect(formatDecimal(105.1, 'en', 1)).toBe('105.1');
    expect(formatSignedInteger(1234, 'ja')).toBe('+1,234');
    expect(formatSignedInteger(-1234, 'en')).toBe('-1,234');
    expect(formatSignedInteger(0, 'en')).toBe('0');
    expect(formatSeconds(2.34, 'ja')).toBe('2.3秒');
    expect(formatSeconds(2.34, 'en')).toBe('2.3 s');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(16040, 'en')).toBe('15.7 KB');
    expect(formatBytes(34_242_586, 'ja')).toBe('32.7 MB');
  });
});
