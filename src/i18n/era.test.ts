import { describe, expect, it } from 'vitest';
import { eraName, eraOf } from './era.ts';

describe('eraName', () => {
  it.each([
    [2033, '令和15'],
    [2030, '令和12'],
    [2022, '令和4'],
    [2021, '令和3'],
    [2020, '令和2'],
    [2019, '令和元'],
    [2018, '平成30'],
    [2015, '平成27'],
    [1989, '平成元'],
    [1988, '昭和63'],
    [1926, '昭和元'],
    [2065, '令和47'],
    [2070, '令和52'],
  ])('%i → %s', (year, name) => {
    expect(eraName(year)).toBe(name);
  });

  it('has no era before 1926 or for a fractional year', () => {
    expect(eraName(1925)).toBeNull();
    expect(eraOf(2030.5)).toBeNull();
  });

  it('counts every year of 2021–2070 as Reiwa, one per year', () => {
    for (let year = 2021; year <= 2070; year++) expect(eraOf(year)).toEqual({ era: { name: '令和', start: 2019 }, year: year - 2018 });
  });
});
