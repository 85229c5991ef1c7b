import { describe, expect, it } from 'vitest';
import { actualRows, type ActualRow } from './actuals.ts';

const rows = actualRows();
const pick = (f: Partial<ActualRow>) => rows.filter((r) => Object.entries(f).every(([k, v]) => r[k as keyof ActualRow] === v));
const one = (f: Partial<ActualRow>) => {
  const m = pick(f);
  if (m.length !== 1) throw new Error(`expected one row for ${JSON.stringify(f)}, found ${m.length}`);
  return m[0].population;
};

describe('actuals', () => {
  it('has the 2021-01-01 totals', () => {
    expect(one({ ref_date: '2021-01-01', sex: 'total' })).toBe(573504);
  });

  it('has the ~Oct 2022 single ages, flagged as uncertain, summing to 571,703', () => {
    const r22 = pick({ ref_date: '2022-10-01' });
    r22.forEach((r) => expect(r.date_certain).toBe(false));
    const single = r22.filter((r) => r.sex === 'total' && (r.age_to === r.age_from || r.age_label === '100+'));
    expect(single).toHaveLength(101);
    expect(single.reduce((a, r) => a + r.population, 0)).toBe(571703);
    expect(one({ ref_date: '2022-10-01', sex: 'total', age_label: '65+' })).toBe(120217);
  });

  it('has 2025-01-01 three groups for 13115 (0-14 = 59,182: M 30,148, F 29,034)', () => {
    expect(one({ ref_date: '2025-01-01', sex: 'total', age_label: '0-14' })).toBe(59182);
    expect(one({ ref_date: '2025-01-01', sex: 'male', age_label: '0-14' })).toBe(30148);
    expect(one({ ref_date: '2025-01-01', sex: 'female', age_label: '0-14' })).toBe(29034);
    expect(one({ ref_date: '2025-01-01', sex: 'total', age_label: 'total' })).toBe(577147);
  });

  it('has 2026-01-01 five-year groups × sex × nationality adding up to the published totals', () => {
    expect(one({ ref_date: '2026-01-01', sex: 'total', nationality: 'total', age_label: 'total' })).toBe(582636);
    expect(one({ ref_date: '2026-01-01', sex: 'total', nationality: 'japanese', age_label: 'total' })).toBe(557361);
    expect(one({ ref_date: '2026-01-01', sex: 'total', nationality: 'foreign', age_label: 'total' })).toBe(25275);
    for (const sex of ['total', 'male', 'female'] as const) {
      for (const nationality of ['total', 'japanese', 'foreign'] as const) {
        const groups = pick({ ref_date: '2026-01-01', sex, nationality }).filter(
          (r) => r.age_label !== 'total' && !r.source.includes('3-1'),
        );
        expect(groups).toHaveLength(21);
        expect(groups.reduce((a, r) => a + r.population, 0)).toBe(one({ ref_date: '2026-01-01', sex, nationality, age_label: 'total' }));
      }
    }
  });

  it('2026 three groups (table 3-1) agree with the five-year table', () => {
    const fiveYear = pick({ ref_date: '2026-01-01', sex: 'total', nationality: 'total' }).filter((r) => r.source.includes('table7'));
    const sum = (from: number, to: number) =>
      fiveYear.filter((r) => r.age_from >= from && r.age_from <= to && r.age_label !== 'total').reduce((a, r) => a + r.population, 0);
    const three = pick({ ref_date: '2026-01-01', sex: 'total' }).filter((r) => r.source.includes('3-1'));
    expect(three.find((r) => r.age_label === '0-14')?.population).toBe(sum(0, 14));
    expect(three.find((r) => r.age_label === '15-64')?.population).toBe(sum(15, 64));
    expect(three.find((r) => r.age_label === '65+')?.population).toBe(sum(65, 200));
  });

  it('uses NULL age_to only for open groups and marks what we summed', () => {
    rows.filter((r) => r.age_to === null).forEach((r) => expect(['total', '65+', '100+']).toContain(r.age_label));
    rows.filter((r) => r.derivation !== 'as in source').forEach((r) => expect(r.derivation).toMatch(/^summed here/));
  });
});
