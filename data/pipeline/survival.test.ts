import { describe, expect, it } from 'vitest';
import { lifeTable } from './lifetable.ts';
import { loadHmdFemaleLifeTable, loadLifeTableFacts, type Sex } from './sources.ts';
import {
  calibratedLevel,
  fullLifeTable,
  graduateYear,
  mortalityLevel,
  mortalitySchedules,
  survivalRows,
  survivalTableRows,
} from './survival.ts';

const rows = survivalTableRows();
const schedules = mortalitySchedules();
const fact = (table: string, sex: Sex, measure: string) => {
  const f = loadLifeTableFacts(table).find((x) => x.sex === sex && x.measure === measure);
  if (!f) throw new Error(`no ${table} ${sex} ${measure}`);
  return f.value;
};

describe('survival table', () => {
  it("carries the life table's survival and the calibrated one (death rates at 65+ × θ from fitted_parameters.csv)", () => {
    const level = calibratedLevel();
    expect(level.x0).toBe(65);
    for (const sex of ['male', 'female'] as const) {
      const r = rows.filter((x) => x.sex === sex);
      const calibrated = mortalityLevel(sex, level.theta, 65, schedules);
      r.forEach((x, a) => {
        expect(x.survival).toBe(calibrated[a].survival);
        expect(x.mortality_level).toBe(a >= 65 ? level.theta : 1);
        if (a < 64) expect(x.survival).toBe(x.survival_life_table);
        expect(x.ex).toBe(survivalRows(sex, schedules[sex])[a].ex); // life-table columns: the national table
      });
      expect(r[0].source).toMatch(new RegExp(`ages ≥ 65 × ${level.theta}`));
    }
  });

  it('has 101 rows per sex with survival in (0, 1], falling lx and one birth_survival per sex', () => {
    expect(rows).toHaveLength(202);
    for (const sex of ['male', 'female'] as const) {
      const r = rows.filter((x) => x.sex === sex);
      expect(r.map((x) => x.age)).toEqual(Array.from({ length: 101 }, (_, i) => i));
      r.forEach((x) => {
        expect(x.survival).toBeGreaterThan(0);
        expect(x.survival).toBeLessThanOrEqual(1);
      });
      for (let a = 1; a <= 100; a++) expect(r[a].lx).toBeLessThan(r[a - 1].lx);
      expect(new Set(r.map((x) => x.birth_survival)).size).toBe(1);
      expect(r[0].birth_survival).toBeCloseTo(r[0].person_years / r[0].lx, 12);
      expect(r[100].qx).toBe(1);
      expect(r[100].person_years).toBeCloseTo(r[100].person_years_above, 9);
    }
  });

  // The plan used the Tokyo 2015 prefectural table and the national 2019 abridged table; neither is in
  // our sources. Our stand-ins must agree with the published national 2019 figures.
  describe.each([
    // sex, e0 tolerance (years), survival tolerance (percentage points)
    ['male', 0.2, 0.5],
    ['female', 0.05, 0.1],
  ] as const)('%s: checks against the MHLW 2019 abridged life table', (sex, e0Tol, pctTol) => {
    const t = fullLifeTable(schedules[sex]);
    it(`e0 within ${e0Tol} years`, () => {
      expect(Math.abs(t.ex[0] - fact('2019 abridged', sex, 'e0_years'))).toBeLessThan(e0Tol);
    });
    it.each([65, 75, 90])(`survival to %i within ${pctTol} points`, (age) => {
      const published = fact('2019 abridged', sex, `pct_surviving_to_${age}`);
      expect(Math.abs((100 * t.lx[age]) / t.radix - published)).toBeLessThan(pctTol);
    });
  });

  it('male: the 2018 graduation also matches the MHLW 2018 abridged table (same year as its death rates)', () => {
    const t = fullLifeTable(schedules.male);
    expect(Math.abs(t.ex[0] - fact('2018 abridged', 'male', 'e0_years'))).toBeLessThan(0.1);
    for (const age of [65, 75, 90]) {
      expect(Math.abs((100 * t.lx[age]) / t.radix - fact('2018 abridged', 'male', `pct_surviving_to_${age}`))).toBeLessThan(0.4);
    }
  });

  it('validates the graduation on women: 2015–2018 group rates → within 0.1 year of the HMD single-age e0', () => {
    for (const year of [2015, 2016, 2017, 2018]) {
      const hmd = loadHmdFemaleLifeTable(year);
      const g = graduateYear(
        year,
        'female',
        hmd.slice(0, 5).map((r) => r.mx),
      );
      expect(Math.abs(lifeTable(g.schedule).ex[0] - hmd[0].ex)).toBeLessThan(0.1);
    }
  });

  it('applies a mortality level only at ages ≥ x0', () => {
    const base = survivalRows('female', schedules.female);
    const higher = survivalRows('female', schedules.female, { theta: 1.2, x0: 75 });
    expect(higher[73].survival).toBe(base[73].survival); // S_73 = L_74 / L_73: untouched
    expect(higher[74].survival).toBeLessThan(base[74].survival); // S_74 = L_75 / L_74: L_75 uses m_75
    expect(higher[80].survival).toBeLessThan(base[80].survival);
    expect(higher[0].ex).toBeLessThan(base[0].ex);
    expect(higher[0].source).toMatch(/ages ≥ 75 × 1.2/);
  });

  it('mortalityLevel(θ = 1) reproduces the life table; θ < 1 raises old-age survival', () => {
    const same = mortalityLevel('male', 1, 65, schedules);
    rows.filter((r) => r.sex === 'male').forEach((r, a) => expect(same[a].survival).toBe(r.survival_life_table));
    expect(mortalityLevel('male', 0.9, 65, schedules)[80].survival).toBeGreaterThan(same[80].survival);
    expect(() => mortalityLevel('male', -1, 65, schedules)).toThrow(/θ/);
  });
});
