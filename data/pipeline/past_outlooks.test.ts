import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIpssErrorsQuoted } from './history_sources.ts';
import { OUT_DIR, rawPath } from './paths.ts';
import { PLAN_EDITION, pastOutlookErrorRows, pastOutlookTables, type PastOutlookRow } from './past_outlooks.ts';

const { outlooks, errors } = await pastOutlookTables(OUT_DIR);
const err = (edition: string, horizon: number) => {
  const r = errors.filter((e) => e.edition === edition && e.horizon_years === horizon);
  if (r.length !== 1) throw new Error(`expected one error row for ${edition} at ${horizon} years, found ${r.length}`);
  return r[0];
};

describe('past outlook errors', () => {
  it('reproduces the figures the issue quotes (IPSS against the census)', () => {
    // "IPSS's 2013 edition expected the ward to shrink to 536,457 by 2020 — the 2020 census counted 591,108
    // (−9.2 % after 10 years, −12.5 % after 15); the 2018 edition was −3.0 % after 5 years, the 2023 edition −1.3 %"
    expect(err('IPSS_2013', 10)).toMatchObject({
      target_year: 2020,
      projected: 536457,
      actual: 591108,
      base: 'census',
      actual_status: 'final',
    });
    expect(err('IPSS_2013', 10).error_pct.toFixed(1)).toBe('-9.2');
    expect(err('IPSS_2013', 15).error_pct.toFixed(1)).toBe('-12.5');
    expect(err('IPSS_2018', 5).error_pct.toFixed(1)).toBe('-3.0');
    expect(err('IPSS_2023', 5).error_pct.toFixed(1)).toBe('-1.3');
  });

  it('agrees with the source folder’s own error table, row for row', () => {
    const quoted = loadIpssErrorsQuoted();
    const ipss = errors.filter((e) => e.base === 'census');
    expect(ipss).toHaveLength(quoted.length);
    for (const q of quoted) {
      const e = err(q.edition, q.horizonYears);
      expect([e.target_year, e.projected, e.actual]).toEqual([q.targetYear, q.projected, q.census]);
      expect(e.error_pct).toBeCloseTo(q.errorPct, 2);
    }
  });

  it('agrees with the secondary quote that the 2015 census exceeded the 2013 edition by 17,867', () => {
    const quotes = readFileSync(rawPath('suginami-past-outlooks-secondary-quotes', 'secondary_quotes.csv'), 'utf8');
    expect(quotes).toContain('census_minus_projection,17867');
    expect(-err('IPSS_2013', 5).error_persons).toBe(17867);
  });

  it('scores every past IPSS edition too low, and marks the 2025 census as preliminary', () => {
    for (const e of errors.filter((x) => x.base === 'census')) expect(e.error_pct).toBeLessThan(0);
    for (const e of errors) expect(e.actual_status === 'preliminary').toBe(e.target_year === 2025 && e.base === 'census');
    expect(errors.filter((e) => e.actual_status === 'preliminary').every((e) => /PRELIMINARY/.test(e.note ?? ''))).toBe(true);
  });

  it("scores the plan's outlook against the registry on 1 January, horizons 1–5 (10 and 15 are still to come)", () => {
    const plan = errors.filter((e) => e.edition === PLAN_EDITION);
    expect(plan.map((e) => e.horizon_years)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.every((e) => e.base === 'registry' && e.target_date.endsWith('-01-01'))).toBe(true);
    expect(err(PLAN_EDITION, 5).actual).toBe(582636);
    // The reconstruction is within 1 % of the registry after 5 years (npm run actuals prints the same comparison).
    expect(Math.abs(err(PLAN_EDITION, 5).error_pct)).toBeLessThan(1);
  });
});

describe('past outlooks', () => {
  it('starts every line at its base: the census for IPSS, the registry on 2021-01-01 for the plan', () => {
    const base = (edition: string) =>
      outlooks.find((o) => o.edition === edition && o.value_type === 'base_year_value' && o.indicator === 'total')!;
    expect([base('IPSS_2008').year, base('IPSS_2008').population]).toEqual([2005, 528587]);
    expect([base('IPSS_2013').year, base('IPSS_2013').population]).toEqual([2010, 549569]);
    expect([base('IPSS_2018').year, base('IPSS_2018').population]).toEqual([2015, 563997]);
    expect([base('IPSS_2023').year, base('IPSS_2023').population]).toEqual([2020, 591108]);
    expect([base(PLAN_EDITION).year, base(PLAN_EDITION).population]).toEqual([2021, 573504]);
  });

  it("marks the plan's yearly values as this dashboard's approximation, in whole persons", () => {
    const plan = outlooks.filter((o) => o.edition === PLAN_EDITION && o.value_type === 'projection');
    expect(plan.length).toBe(29 * 4);
    expect(plan.every((o) => o.derivation.startsWith('APPROXIMATION') && Number.isInteger(o.population))).toBe(true);
    // Age groups add up to the total within rounding.
    for (const y of [2030, 2050]) {
      const v = (k: string) => plan.find((o) => o.year === y && o.indicator === k)!.population;
      expect(Math.abs(v('age0_14') + v('age15_64') + v('age65plus') - v('total'))).toBeLessThanOrEqual(2);
    }
  });
});

describe('pastOutlookErrorRows', () => {
  const row = (o: Partial<PastOutlookRow>): PastOutlookRow => ({
    edition: 'X',
    title_ja: 'x',
    base: 'census',
    base_year: 2015,
    published: '2018-03',
    year: 2020,
    ref_date: '2020-10-01',
    indicator: 'total',
    population: 600000,
    value_type: 'projection',
    derivation: '',
    source: '',
    ...o,
  });

  it('prefers the final census to the preliminary one, and skips years without a count', () => {
    const rows = pastOutlookErrorRows([
      row({ base_year: 2010, year: 2015, ref_date: '2015-10-01' }),
      row({ year: 2035, ref_date: '2035-10-01' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actual: 563997, actual_status: 'final', horizon_years: 5, error_persons: 600000 - 563997 });
  });

  it('refuses to score an outlook against a count of another date', () => {
    expect(() => pastOutlookErrorRows([row({ ref_date: '2020-01-01' })])).toThrow(/2020-01-01.*2020-10-01/);
  });

  it('ignores age groups and base-year values', () => {
    expect(pastOutlookErrorRows([row({ indicator: 'age0_14' }), row({ value_type: 'base_year_value' })])).toEqual([]);
  });
});
