import { describe, expect, it } from 'vitest';
import { formatParameters, parseParameters, readParameters, toValues } from '../calibration/parameters.ts';
import { netRates } from '../calibration/schedule.ts';
import { basePopulationRows } from './base_population.ts';
import { migrationRows, outMovers2024 } from './migration.ts';

const parameters = readParameters();
const rows = migrationRows(parameters);

describe('migration.parquet rows', () => {
  it('has 202 rows (sex × ages 0..100)', () => {
    expect(rows).toHaveLength(202);
    for (const sex of ['male', 'female'] as const)
      expect(rows.filter((r) => r.sex === sex).map((r) => r.age)).toEqual(Array.from({ length: 101 }, (_, a) => a));
  });

  it('net_rate is the calibrated schedule from the committed parameters; in − out = net; both ≥ 0', () => {
    const schedule = netRates(toValues(parameters));
    rows.forEach((r) => {
      expect(r.net_rate).toBe(schedule[r.age]);
      expect(r.in_rate - r.out_rate).toBeCloseTo(r.net_rate, 14);
      expect(r.in_rate).toBeGreaterThanOrEqual(0);
      expect(r.out_rate).toBeGreaterThanOrEqual(0);
      expect(r.out_rate).toBeLessThanOrEqual(1);
    });
  });

  it('out-migrants on the base population equal the 2024 registry out-movers (15,686 + 23,304)', () => {
    const movers = outMovers2024();
    expect(movers.value).toBe(38990);
    expect(rows.reduce((s, r) => s + r.out_rate * r.base_population, 0)).toBeCloseTo(movers.value, 6);
    const base = basePopulationRows();
    rows.forEach((r) => expect(r.base_population).toBe(base.find((b) => b.sex === r.sex && b.age === r.age)?.population));
  });

  it('records its parameters and method on every row', () => {
    for (const r of rows) {
      for (const p of parameters) expect(r.parameters).toContain(`${p.name}=${p.value}`);
      expect(r.method).toMatch(/calibrated/);
    }
  });

  it('follows the parameters file (a different c moves every net rate by the difference)', () => {
    const changed = parseParameters(formatParameters(parameters.map((p) => (p.name === 'c' ? { ...p, value: p.value + 0.001 } : p))));
    const other = migrationRows(changed);
    other.forEach((r, i) => expect(r.net_rate - rows[i].net_rate).toBeCloseTo(0.001, 12));
  });
});
