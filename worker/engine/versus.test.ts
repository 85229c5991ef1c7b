import { describe, expect, it } from 'vitest';
import { project } from './cohort.ts';
import { prepare } from './prepare.ts';
import { summary } from './summary.ts';
import { syntheticInputs } from './synthetic.ts';
import { versus, versusSeries, versusTable, versusYears, VERSUS_QUANTITIES } from './versus.ts';

describe('A against B', () => {
  it('difference is A − B and the ratio (影響度) A ÷ B; no ratio against zero', () => {
    expect(versus(105, 100)).toEqual({ a: 105, b: 100, difference: 5, ratio: 1.05 });
    expect(versus(90, 100).difference).toBe(-10);
    expect(versus(90, 100).ratio).toBeCloseTo(0.9, 15);
    expect(versus(3, 0).ratio).toBeNaN();
    expect(versus(0, 0)).toMatchObject({ difference: 0 });
  });

  it('series: year by year, and refuses series of different lengths', () => {
    const { difference, ratio } = versusSeries([10, 20, 30], [10, 10, 0]);
    expect([...difference]).toEqual([0, 10, 30]);
    expect([...ratio].slice(0, 2)).toEqual([1, 2]);
    expect(ratio[2]).toBeNaN();
    expect(() => versusSeries([1, 2], [1])).toThrow(/A has 2 years and B 1/);
  });

  it('reports 2030, 2040, 2050 within the projection and the horizon, once', () => {
    expect(versusYears(2021, 2065)).toEqual([2030, 2040, 2050, 2065]);
    expect(versusYears(2021, 2050)).toEqual([2030, 2040, 2050]);
    expect(versusYears(2021, 2045)).toEqual([2030, 2040, 2045]);
    expect(versusYears(2021, 2030)).toEqual([2030]);
  });

  it('a projection against itself: no difference, ratio 1; with more births, A ÷ B of the children > 1', () => {
    const inputs = prepare(syntheticInputs());
    const low = summary(project(inputs, { tfr: 1.0, horizon: 2050 })).rows;
    const high = summary(project(inputs, { tfr: 1.8, horizon: 2050 })).rows;
    const of = (rows: typeof low) => (q: (typeof VERSUS_QUANTITIES)[number], i: number) => rows[i][q];
    const same = versusTable(low[0].year, 2050, of(low), of(low));
    for (const row of same) for (const q of VERSUS_QUANTITIES) expect(row.values[q]).toMatchObject({ difference: 0, ratio: 1 });
    const table = versusTable(low[0].year, 2050, of(high), of(low));
    expect(table.map((r) => r.year)).toEqual(versusYears(low[0].year, 2050));
    const last = table.at(-1)!.values;
    expect(last.age0_14.ratio).toBeGreaterThan(1);
    expect(last.total.difference).toBeCloseTo(last.total.a - last.total.b, 9);
    expect(last.aging_rate.difference).toBeLessThan(0); // more children: a smaller share of 65+
  });
});
