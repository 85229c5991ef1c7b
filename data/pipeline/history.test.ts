import { describe, expect, it } from 'vitest';
import { censusHistoryRows, registryHistoryRows } from './history.ts';
import { loadCensusAge3, loadCensusTotals, loadIpssProjections, loadRegistryHistory, loadRegistryShare65 } from './history_sources.ts';

describe('registry on 1 January, 1985–2026', () => {
  const counts = loadRegistryHistory();
  const both = (year: number, scope: string) => counts.find((c) => c.year === year && c.scope === scope && c.sex === 'total')?.population;

  it('is Japanese residents only until 2012 and Japanese + foreign from 2013', () => {
    expect(both(1985, 'japanese_only')).toBe(522149);
    expect(both(2012, 'japanese_only')).toBe(527675);
    expect(both(2012, 'total')).toBeUndefined();
    expect(both(2013, 'total')).toBe(540021);
    expect(both(2013, 'foreign')).toBe(10489);
    expect(both(2013, 'japanese_only')).toBeUndefined();
  });

  it('agrees with the plan base and the later registry tables already in data/raw', () => {
    expect(both(2021, 'total')).toBe(573504);
    expect(both(2025, 'total')).toBe(577147);
    expect(both(2026, 'total')).toBe(582636);
    expect(both(2026, 'japanese')).toBe(557361);
  });

  it('derives the number aged 65+ from the share within the rounding of the share (0.005 % of the population)', () => {
    const rows = registryHistoryRows();
    const row = (year: number, sex: string) => rows.find((r) => r.year === year && r.scope === 'total' && r.sex === sex)!;
    // 2025 and 2026 have the registry's own 65+ counts (actuals): 120,809 and 121,725.
    expect(Math.abs(row(2025, 'total').age65plus_derived! - 120809)).toBeLessThanOrEqual(0.00005 * 577147);
    expect(Math.abs(row(2026, 'total').age65plus_derived! - 121725)).toBeLessThanOrEqual(0.00005 * 582636);
    expect(rows.filter((r) => r.scope === 'foreign').every((r) => r.share_65plus_pct === null && r.age65plus_derived === null)).toBe(true);
    expect(rows).toHaveLength(210);
  });

  it('reads the shares of men and women as parts of the whole population (they add up to both sexes)', () => {
    const shares = loadRegistryShare65();
    const s = (sex: string) => shares.find((x) => x.year === 2026 && x.scope === 'total' && x.sex === sex)!.sharePct;
    expect(s('total')).toBe(20.89);
    expect(s('male') + s('female')).toBeCloseTo(20.9, 2);
  });
});

describe('census on 1 October, 1980–2025', () => {
  it('has the totals, 2025 marked preliminary', () => {
    const totals = loadCensusTotals().filter((c) => c.sex === 'total');
    const of = (year: number, status = 'final') => totals.find((c) => c.year === year && c.status === status)?.population;
    expect(of(1980)).toBe(542449);
    expect(of(2015)).toBe(563997);
    expect(of(2015, 'preliminary')).toBe(564846);
    expect(of(2020)).toBe(591108);
    expect(of(2025)).toBeUndefined();
    expect(of(2025, 'preliminary')).toBe(597566);
  });

  it('has the three age groups and the unknown ages, adding up to the totals', () => {
    const age3 = loadCensusAge3().filter((c) => c.sex === 'total');
    const totals = loadCensusTotals().filter((c) => c.sex === 'total' && c.status === 'final');
    for (const year of [1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015]) {
      const sum = age3.filter((c) => c.year === year).reduce((s, c) => s + c.population, 0);
      expect(sum, String(year)).toBe(totals.find((c) => c.year === year)!.population);
    }
    expect(age3.find((c) => c.year === 2010 && c.ageGroup === 'unknown')!.population).toBe(75940);
  });

  it('says which rows are preliminary or not comparable', () => {
    const rows = censusHistoryRows();
    expect(rows.find((r) => r.year === 2025)!.note).toMatch(/PRELIMINARY/);
    expect(rows.find((r) => r.year === 2010 && r.age_group === '0-14' && r.sex === 'total')!.note).toMatch(/13\.8 %/);
    expect(rows.find((r) => r.year === 2015 && r.age_group === '65+' && r.sex === 'total')!.note).toMatch(/unknown age/);
  });
});

describe('IPSS projections', () => {
  const values = loadIpssProjections();
  const v = (edition: string, year: number, indicator = 'total') =>
    values.find((x) => x.edition === edition && x.year === year && x.indicator === indicator)?.population;

  it('has the four editions with their base years and the figures the issue quotes', () => {
    expect([...new Set(values.map((x) => `${x.edition}:${x.baseCensusYear}`))]).toEqual([
      'IPSS_2008:2005',
      'IPSS_2013:2010',
      'IPSS_2018:2015',
      'IPSS_2023:2020',
    ]);
    expect(v('IPSS_2013', 2020)).toBe(536457);
    expect(v('IPSS_2008', 2010)).toBe(536280);
    expect(v('IPSS_2023', 2050, 'age65plus')).toBe(177887);
    expect(v('IPSS_2013', 2020, 'age15_64')).toBeUndefined(); // not in source
  });

  it('leaves out the closed-population variant and marks the base years', () => {
    expect(values.filter((x) => x.edition === 'IPSS_2008')).toHaveLength(1);
    expect(values.filter((x) => x.valueType === 'base_year_value').map((x) => `${x.edition}:${x.year}`)).toContain('IPSS_2023:2020');
  });
});
