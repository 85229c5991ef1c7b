// A projection result shaped for the charts, in the worker: the yearly summary as columns, the peaks,
// and the largest pyramid cell. Same numbers as the engine's summary() (tested against it), but
// written into fresh typed arrays that can be transferred, with the by-age components in a reused buffer.
import { components } from '../../worker/engine/components.ts';
import { AGE_GROUPS, type Peak, type Peaks } from '../../worker/engine/summary.ts';
import { AGES, CELLS_PER_YEAR, type AgeComponents, type ProjectionResult } from '../../worker/engine/types.ts';
import { SUMMARY_FIELDS, type SummaryColumns, type SummaryField } from '../../worker/projection.protocol.ts';

export interface Summarized {
  readonly summary: SummaryColumns;
  readonly peaks: Peaks;
  readonly maxCell: number;
}

/** The first year of the highest value (the engine's rule: the first year on ties). */
function peakOf(values: Float64Array, baseYear: number): Peak {
  let best = 0;
  for (let y = 1; y < values.length; y++) if (values[y] > values[best]) best = y;
  return { year: baseYear + best, value: values[best] };
}

/**
 * Columns and peaks of a result. `scratch` (createComponents(result)) receives the deaths and migrants
 * by age; it is overwritten, so the caller may reuse it for the next result of the same horizon.
 */
export function summarize(result: ProjectionResult, scratch: AgeComponents): Summarized {
  const { years, population, baseYear } = result;
  const { deaths, inMigrants, outMigrants } = components(result, scratch);
  const columns = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, new Float64Array(years)])) as Record<SummaryField, Float64Array>;
  const groups = [columns.age0_14, columns.age15_64, columns.age65plus];
  let maxCell = 0;
  for (let y = 0; y < years; y++) {
    const row = y * CELLS_PER_YEAR;
    let male = 0;
    let female = 0;
    for (let a = 0; a < AGES; a++) {
      const m = population[row + a];
      const f = population[row + AGES + a];
      male += m;
      female += f;
      if (m > maxCell) maxCell = m;
      if (f > maxCell) maxCell = f;
    }
    AGE_GROUPS.forEach((g, i) => {
      let sum = 0;
      for (let a = g.from; a <= g.to; a++) sum += population[row + a] + population[row + AGES + a];
      groups[i][y] = sum;
    });
    const total = male + female;
    columns.male[y] = male;
    columns.female[y] = female;
    columns.total[y] = total;
    columns.aging_rate[y] = total > 0 ? (100 * columns.age65plus[y]) / total : NaN;
    columns.share0_14[y] = total > 0 ? (100 * columns.age0_14[y]) / total : NaN;
    columns.share15_64[y] = total > 0 ? (100 * columns.age15_64[y]) / total : NaN;
    if (y === years - 1) {
      for (const f of ['births', 'deaths', 'in_migrants', 'out_migrants', 'natural_change', 'social_change'] as const) columns[f][y] = NaN;
      continue;
    }
    let d = 0;
    let i = 0;
    let o = 0;
    for (let j = row; j < row + CELLS_PER_YEAR; j++) {
      d += deaths[j];
      i += inMigrants[j];
      o += outMigrants[j];
    }
    const pair = (xs: Float64Array) => xs[y * 2] + xs[y * 2 + 1];
    const births = pair(result.births);
    const allDeaths = d + pair(result.birthDeaths);
    const inflow = i + pair(result.birthInMigrants);
    const outflow = o + pair(result.birthOutMigrants);
    columns.births[y] = births;
    columns.deaths[y] = allDeaths;
    columns.in_migrants[y] = inflow;
    columns.out_migrants[y] = outflow;
    columns.natural_change[y] = births - allDeaths;
    columns.social_change[y] = inflow - outflow;
  }
  const y2065 = 2065 - baseYear;
  return {
    summary: columns,
    peaks: {
      total: peakOf(columns.total, baseYear),
      age0_14: peakOf(columns.age0_14, baseYear),
      age15_64: peakOf(columns.age15_64, baseYear),
      age65plus: peakOf(columns.age65plus, baseYear),
      aging_rate: peakOf(columns.aging_rate, baseYear),
      aging_rate_2065: y2065 >= 0 && y2065 < years ? columns.aging_rate[y2065] : null,
    },
    maxCell,
  };
}
