import { describe, expect, it } from 'vitest';
import { loadRealPlanTables } from '../../views/plan/test-tables.ts';
import { decimalYear, fiscalEnd, fiscalStart, fiscalYearOf, spanOf, timelineRows } from './timeline-layout.ts';

describe('fiscal years', () => {
  it('run from April to March', () => {
    expect(fiscalYearOf(new Date(2026, 2, 31))).toBe(2025);
    expect(fiscalYearOf(new Date(2026, 3, 1))).toBe(2026);
    expect(fiscalYearOf(new Date(2026, 10, 24))).toBe(2026);
    expect(fiscalStart(2030)).toBe(2030.25);
    expect(fiscalEnd(2030)).toBe(2031.25);
    expect(decimalYear(new Date(2026, 0, 1))).toBe(2026);
    expect(decimalYear(new Date(2026, 6, 2, 12))).toBeCloseTo(2026.5, 2);
  });

  it('place a fiscal period from 1 April of its first year to 31 March after its last, a calendar one from 1 January', () => {
    expect(spanOf({ period_id: 1, kind: 'k', start_fy: 2022, end_fy: 2030, year_basis: 'fiscal' }, 2040)).toEqual({
      x0: 2022.25,
      x1: 2031.25,
      openEnd: false,
    });
    expect(spanOf({ period_id: 1, kind: 'k', start_fy: 2022, end_fy: 2065, year_basis: 'calendar' }, 2070)).toEqual({
      x0: 2022,
      x1: 2066,
      openEnd: false,
    });
    expect(spanOf({ period_id: 1, kind: 'k', start_fy: 2024, end_fy: null, year_basis: 'fiscal' }, 2033)).toEqual({
      x0: 2024.25,
      x1: 2033,
      openEnd: true,
    });
    expect(spanOf({ period_id: 1, kind: 'k', start_fy: null, end_fy: 2030, year_basis: 'fiscal' }, 2033)).toBeNull();
  });
});

describe('timelineRows (real plan_periods)', () => {
  it('puts the three execution periods on one row, overlapping related plans on a row each, and keeps every period once', async () => {
    const { plan_periods } = await loadRealPlanTables();
    const rows = timelineRows(plan_periods, 2033, (p) => p.kind !== 'population_projection');
    const execution = rows.filter((r) => r.kind === 'execution_plan');
    expect(execution.length).toBe(1);
    expect(execution[0].segments.length).toBe(plan_periods.filter((p) => p.kind === 'execution_plan').length);
    const related = plan_periods.filter((p) => p.kind === 'other_plan');
    expect(rows.filter((r) => r.kind === 'other_plan').length).toBe(related.length);
    const placed = rows.flatMap((r) => r.segments.map((s) => s.period.period_id)).sort((a, b) => a - b);
    expect(placed).toEqual(plan_periods.filter((p) => p.kind !== 'population_projection').map((p) => p.period_id));
    // No two segments of a row overlap.
    for (const r of rows) {
      const s = [...r.segments].sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < s.length; i++) expect(s[i].x0).toBeGreaterThanOrEqual(s[i - 1].x1);
    }
    // The revision's end is not in our sources: open to the axis end.
    const revision = rows.find((r) => r.kind === 'revision')!.segments[0];
    expect(revision.openEnd).toBe(true);
    expect(revision.x1).toBe(2033);
  });
});
