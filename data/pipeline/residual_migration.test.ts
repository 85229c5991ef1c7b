import { describe, expect, it } from 'vitest';
import { flowRows } from './flows_2024.ts';
import { lifeTable, personYears } from './lifetable.ts';
import { INTERVAL_YEARS, residualBySex, residualRows, type ResidualInputs } from './residual_migration.ts';
import { loadHmdFemaleLifeTable } from './sources.ts';

describe('residualBySex (mechanics)', () => {
  it('finds no migration in a stationary population', () => {
    const hmd = loadHmdFemaleLifeTable(2019);
    const t = lifeTable({ mx: hmd.map((r) => r.mx), ax: hmd.map((r) => r.ax) });
    const births = 1000;
    const perSex = births * (100 / 205); // female share at srb 105
    const start = Array.from({ length: 122 }, (_, k) => (perSex * personYears(t, k, k + 1)) / t.lx[0]);
    const end = Array.from({ length: 21 }, (_, g) => (perSex * personYears(t, 5 * g, g === 20 ? Infinity : 5 * g + 5)) / t.lx[0]);
    const inputs: ResidualInputs = {
      start: { male: start, female: start },
      end: { male: end, female: end },
      birthsPerYear: births,
      srb: 105,
      tables: { male: t, female: t },
    };
    for (const h of [1, 3.25, 4.5]) {
      residualBySex(inputs, 'female', h).forEach((g, i) => expect(Math.abs(g.actual - g.expected)).toBeLessThan(1e-6 * end[i] + 1e-9));
    }
  });
});

describe('residual_migration (2022 → 2026-01-01)', () => {
  const rows = residualRows();
  const row = (sex: string, label: string) => {
    const r = rows.find((x) => x.sex === sex && x.age_label === label);
    if (!r) throw new Error(`no ${sex} ${label}`);
    return r;
  };

  it('has 22 rows per sex (21 groups + all ages) for male, female and total', () => {
    expect(rows).toHaveLength(66);
    expect(row('total', 'total').actual_2026).toBe(582636);
    expect(row('male', 'total').actual_2026).toBe(280413);
    expect(row('total', 'total').population_2022).toBe(571703);
  });

  it('is consistent: net = actual − expected, total = male + female, rate = net / person-years', () => {
    for (const r of rows) {
      expect(r.net_migrants).toBeCloseTo(r.actual_2026 - r.expected_2026, 9);
      expect(r.net_rate).toBeCloseTo(r.net_migrants / r.person_years, 12);
      expect(r.years).toBe(INTERVAL_YEARS);
      if (r.age_from > 0) expect(r.births_survived).toBe(0);
    }
    for (const label of ['0-4', '20-24', '100+', 'total']) {
      expect(row('total', label).net_migrants).toBeCloseTo(row('male', label).net_migrants + row('female', label).net_migrants, 6);
    }
  });

  it('puts births of the interval (2024 births × 3.25 years, survived) in 0-4 only', () => {
    const b = row('total', '0-4').births_survived;
    expect(b).toBeLessThan(3582 * INTERVAL_YEARS);
    expect(b).toBeGreaterThan(0.99 * 3582 * INTERVAL_YEARS);
  });

  it('gives an annual net gain of the same order as the 2024 registry moves (independent source)', () => {
    const flows = new Map(flowRows().map((r) => [r.key, r.value]));
    const moves2024 =
      (flows.get('net_other_prefectures') ?? NaN) + (flows.get('net_within_tokyo') ?? NaN) + (flows.get('other_change') ?? NaN);
    const annual = row('total', 'total').net_migrants / INTERVAL_YEARS;
    expect(annual / moves2024).toBeGreaterThan(0.5);
    expect(annual / moves2024).toBeLessThan(1.5);
  });

  it('reports how much an uncertain start date moves the result (one month either side)', () => {
    for (const r of rows) {
      expect(Number.isFinite(r.net_migrants_if_start_2022_09_01)).toBe(true);
      expect(Number.isFinite(r.net_migrants_if_start_2022_11_01)).toBe(true);
    }
    const t = row('total', 'total');
    expect(t.net_migrants_if_start_2022_09_01).not.toBe(t.net_migrants);
  });
});
