import { describe, expect, it } from 'vitest';
import {
  loadAsfr,
  loadDeathRates5y,
  loadHmdFemaleLifeTable,
  loadHmdPopulation,
  loadJuki2025Age3,
  loadJuki2026Age3,
  loadJuki2026Age5,
  loadPopChange2024,
  loadRegistryTotals2021,
  loadSuginami2022,
  sumSuginami2022Chome,
} from './sources.ts';

describe('raw sources', () => {
  it('2022 ward totals are the column sums of the 町丁目 file (PROVENANCE: 571,703 = M 274,360 + F 297,343)', () => {
    const ward = loadSuginami2022();
    const chome = sumSuginami2022Chome();
    expect(ward.map((r) => r.male)).toEqual(chome.male);
    expect(ward.map((r) => r.female)).toEqual(chome.female);
    expect(ward.reduce((a, r) => a + r.total, 0)).toBe(571703);
    expect(chome.population).toBe(571703);
    expect(ward.reduce((a, r) => a + r.male, 0)).toBe(274360);
  });

  it('reads the 2021-01-01 totals', () => {
    expect(loadRegistryTotals2021()).toMatchObject({ total: 573504, male: 275174, female: 298330 });
  });

  it('reads HMD/HFD tables with their open ages', () => {
    const lt = loadHmdFemaleLifeTable(2019);
    expect(lt[0].ex).toBe(87.44);
    expect(lt[110]).toMatchObject({ age: 110, open: true });
    const asfr = loadAsfr(2019);
    expect(asfr[0]).toMatchObject({ label: '12-', age: 12 });
    expect(asfr.at(-1)).toMatchObject({ label: '55+', age: 55 });
    expect(loadHmdPopulation(2018, 'male')).toHaveLength(111);
    expect(() => loadHmdFemaleLifeTable(1900)).toThrow(/year 1900/);
  });

  it('reads the 2018 male death rates per 100,000 (0-4 … 100+)', () => {
    const r = loadDeathRates5y(2018, 'male');
    expect(r).toHaveLength(21);
    expect(r[0]).toEqual({ ageFrom: 0, ageTo: 4, per100k: 51.9 });
    expect(r[20]).toEqual({ ageFrom: 100, ageTo: null, per100k: 44733.3 });
    expect(() => loadDeathRates5y(2030, 'male')).toThrow(/no row for 2030/);
  });

  it('reads the Tokyo registry tables for Suginami (13115)', () => {
    expect(loadJuki2025Age3().age0_14).toEqual({ total: 59182, male: 30148, female: 29034 });
    expect(loadJuki2026Age3().age65plus.total).toBe(121725);
    const age5 = loadJuki2026Age5();
    expect(age5[0].total).toEqual({ total: 582636, male: 280413, female: 302223 });
    expect(age5[21].foreign.male).toBe(0); // "-" in the source
    expect(() => loadJuki2025Age3('99999')).toThrow(/no row for municipality 99999/);
    expect(loadPopChange2024().values.get('令和６年中の動き／自然増減／出生数')).toBe(3582);
  });
});
