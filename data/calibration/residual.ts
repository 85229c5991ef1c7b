// What the empirical residual estimate (residual_migration.parquet, ~Oct 2022 → Jan 2026) says about
// migration, in the form the calibration uses: the plausible range of old-age net rates (the bounds
// of the constant c) and group rates to set the fitted schedule beside.
import { residualRows, type ResidualRow } from '../pipeline/residual_migration.ts';

/** Both sexes' 5-year groups 0-4 … 95-99 (the noisy open 100+ left out). */
export function residualGroups(rows: readonly ResidualRow[] = residualRows()): ResidualRow[] {
  return rows.filter((r) => r.sex === 'total' && r.age_to !== null && r.age_label !== 'total');
}

/**
 * The lowest and highest annual net rate of the groups 65-69 … 95-99 (both sexes), widened outwards
 * to 0.0001. The 100+ group (about 300 people) is left out as noise.
 */
export function residualRange65plus(rows: readonly ResidualRow[] = residualRows()): { min: number; max: number } {
  const rates = residualGroups(rows)
    .filter((r) => r.age_from >= 65)
    .map((r) => r.net_rate);
  if (rates.length !== 7) throw new Error(`residual_migration: expected 7 groups 65-69 … 95-99, found ${rates.length}`);
  return { min: Math.floor(Math.min(...rates) * 1e4) / 1e4, max: Math.ceil(Math.max(...rates) * 1e4) / 1e4 };
}
