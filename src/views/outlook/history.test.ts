import { describe, expect, it } from 'vitest';
import type { DecodedTable } from '../../data/parquet.ts';
import {
  CENSUS_AGES_LEFT_OUT,
  censusHistory,
  censusMarks,
  FOREIGN_FROM,
  foreignRule,
  pastOutlooks,
  registryHistory,
  registryLines,
} from './history.ts';
import { realTable } from './test-history-tables.ts';

const registry = registryHistory(await realTable('registry_history'));
const census = censusHistory(await realTable('census_history'));
const outlooks = pastOutlooks(await realTable('past_outlooks'));

describe('registryHistory', () => {
  it('gives one row a year 1985–2026: Japanese only until 2012, Japanese + foreign from 2013', () => {
    expect(registry.map((r) => r.year)).toEqual(Array.from({ length: 42 }, (_, i) => 1985 + i));
    expect(
      registry
        .filter((r) => r.scope === 'japanese_only')
        .map((r) => r.year)
        .at(-1),
    ).toBe(2012);
    expect(registry.find((r) => r.year === 2013)).toMatchObject({ scope: 'total', total: 540021 });
    expect(registry.find((r) => r.year === 2021)!.total).toBe(573504);
    expect(registry.find((r) => r.year === 2026)!.age65plus).toBe(121713); // 20.89 % × 582,636
  });

  it('refuses a table where the scope does not fit the year', () => {
    const bad: DecodedTable = {
      file: 'data/registry_history.parquet',
      numRows: 1,
      columns: [
        { name: 'year', type: 'float64', values: Float64Array.of(2020), valid: null },
        { name: 'scope', type: 'string', values: ['japanese_only'] },
        { name: 'sex', type: 'string', values: ['total'] },
        { name: 'population', type: 'float64', values: Float64Array.of(1), valid: null },
        { name: 'age65plus_derived', type: 'float64', values: Float64Array.of(1), valid: null },
      ],
    };
    expect(() => registryHistory(bad)).toThrow(/registry_history\.parquet.*japanese_only in 2020/);
  });
});

describe('censusHistory', () => {
  it('takes the final count where there is one, the preliminary 2025 count otherwise, on 1 October', () => {
    const totals = census.filter((c) => c.indicator === 'total');
    expect(totals.map((c) => c.year)).toEqual([1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(totals.find((c) => c.year === 2015)).toMatchObject({ value: 563997, preliminary: false, x: 2015.75 });
    expect(totals.find((c) => c.year === 2025)).toMatchObject({ value: 597566, preliminary: true });
  });
});

describe('pastOutlooks', () => {
  it('gives each edition its total line from its base year, in order of the base year', () => {
    expect(outlooks.map((o) => `${o.edition}:${o.base}:${o.baseYear}`)).toEqual([
      'IPSS_2008:census:2005',
      'IPSS_2013:census:2010',
      'IPSS_2018:census:2015',
      'IPSS_2023:census:2020',
      'plan_2022:registry:2021',
    ]);
    const ipss13 = outlooks[1];
    expect(ipss13.points.map((p) => p.x)).toEqual([2010.75, 2015.75, 2020.75, 2025.75, 2030.75, 2035.75, 2040.75]);
    expect(ipss13.points[2].value).toBe(536457);
    expect(outlooks.map((o) => o.approximate)).toEqual([false, false, false, false, true]);
    expect(outlooks[4].points[0]).toEqual({ year: 2021, x: 2021, value: 573504 });
  });
});

describe('chart inputs', () => {
  it('splits the registry line at the change of definition, dotted before 2013, and does not join the parts', () => {
    const lines = registryLines(
      registry,
      ['total', 'age65plus'],
      () => '#000',
      () => 'normal',
      1985,
    );
    expect(lines.map((l) => `${l.key}:${l.style}`)).toEqual([
      'total-registry-japanese_only:dotted',
      'total-registry-total:solid',
      'age65plus-registry-japanese_only:dotted',
      'age65plus-registry-total:solid',
    ]);
    expect(lines[0].points.at(-1)!.x).toBe(2012);
    expect(lines[1].points[0]).toEqual({ x: 2013, y: 540021 });
    expect(foreignRule('x').x).toBe(FOREIGN_FROM - 0.5);
  });

  it('marks the census age groups from 1985, leaving out 2010 (13.8 % of ages unknown) and the totals', () => {
    const marks = censusMarks(census, ['age0_14', 'age15_64', 'age65plus', 'total'], () => '#000', 1985);
    const years = [...new Set(marks.map((m) => Math.floor(m.x)))];
    expect(years).toEqual([1985, 1990, 1995, 2000, 2005, 2015]);
    expect(CENSUS_AGES_LEFT_OUT).toEqual([2010]);
    expect(marks).toHaveLength(18);
    expect(marks.every((m) => m.shape === 'square' && m.hollow)).toBe(true);
    expect(marks.find((m) => m.key === 'census-age0_14-1985')!.y).toBe(79891);
  });
});
