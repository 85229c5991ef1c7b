import { describe, expect, it } from 'vitest';
import { residualRows } from '../pipeline/residual_migration.ts';
import { residualGroups, residualRange65plus } from './residual.ts';

const rows = residualRows();

describe('residual estimate, as the calibration reads it', () => {
  it('has the 20 groups 0-4 … 95-99 for both sexes', () => {
    expect(residualGroups(rows).map((r) => r.age_label)).toEqual(Array.from({ length: 20 }, (_, g) => `${5 * g}-${5 * g + 4}`));
  });

  it('gives the old-age range from the 65-69 … 95-99 rates, widened outwards to 0.0001', () => {
    const rates = residualGroups(rows)
      .filter((r) => r.age_from >= 65)
      .map((r) => r.net_rate);
    const { min, max } = residualRange65plus(rows);
    expect(min).toBeLessThanOrEqual(Math.min(...rates));
    expect(min).toBeGreaterThan(Math.min(...rates) - 1e-4);
    expect(max).toBeGreaterThanOrEqual(Math.max(...rates));
    expect(max).toBeLessThan(Math.max(...rates) + 1e-4);
  });

  it('refuses a table without the old-age groups', () => {
    expect(() => residualRange65plus(rows.filter((r) => r.age_from < 90))).toThrow(/expected 7 groups/);
  });
});
