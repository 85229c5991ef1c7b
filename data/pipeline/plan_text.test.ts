import { describe, expect, it } from 'vitest';
import { assumptionRows } from './assumptions.ts';
import { parenthesisedNumber, planPeak } from './plan_text.ts';
import { publishedRows } from './published_results.ts';

describe('plan text parsing', () => {
  const fake = '○人口の見通し\n出生率\t令和2年の合計特殊出生率（1.23）\n総人口\t500,000人（R15(2033)）\n高齢化率\t30.1%（R47(2064)）\n';
  it('reads numbers from table lines', () => {
    expect(parenthesisedNumber(fake, '出生率').value).toBe(1.23);
    expect(planPeak(fake, '総人口')).toMatchObject({ value: 500000, unit: 'persons', year: 2033, reiwa: 15 });
  });
  it('rejects a missing line and a Reiwa year that does not match the calendar year', () => {
    expect(() => planPeak(fake, '年少人口（0-14歳）')).toThrow(/no line/);
    expect(() => planPeak(fake, '高齢化率')).toThrow(/R47 is not 2064/);
  });
});

describe('assumptions (plan ○人口の見通し (1))', () => {
  const byKey = new Map(assumptionRows().map((r) => [r.key, r]));
  it('holds the TFR, sex ratio at birth, base date and base totals', () => {
    expect(byKey.get('tfr')?.value).toBe(0.99);
    expect(byKey.get('srb')?.value).toBe(105.1);
    expect(byKey.get('base_date')?.value_text).toBe('2021-01-01');
    expect(byKey.get('base_total')?.value).toBe(573504);
    expect((byKey.get('base_male')?.value ?? 0) + (byKey.get('base_female')?.value ?? 0)).toBe(573504);
    expect(byKey.get('horizon_end_year')?.value).toBe(2065);
  });
  it('quotes the plan verbatim', () => {
    expect(byKey.get('tfr')?.quote).toContain('合計特殊出生率（0.99）');
    expect(byKey.get('srb')?.quote).toContain('（105.1）');
  });
});

describe('published_results (plan ○人口の見通し (2) ①人口ピーク)', () => {
  const rows = publishedRows();
  const get = (i: string) => rows.find((r) => r.indicator === i);
  it('has the five published figures with their (fiscal) years', () => {
    expect(rows).toHaveLength(5);
    expect(get('total')).toMatchObject({ kind: 'peak', value: 588586, year: 2033, unit: 'persons' });
    expect(get('age0_14')).toMatchObject({ kind: 'peak', value: 61717, year: 2025 });
    expect(get('age15_64')).toMatchObject({ kind: 'peak', value: 402599, year: 2029 });
    expect(get('age65plus')).toMatchObject({ kind: 'peak', value: 155292, year: 2053 });
    expect(get('aging_rate')).toMatchObject({ kind: 'level', value: 28.7, year: 2065, unit: 'percent' });
  });
  it('notes that the years are fiscal years (ピークとなる年度)', () => {
    rows.forEach((r) => expect(r.note).toContain('ピークとなる年度'));
  });
});
