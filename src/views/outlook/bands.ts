// The bands' numbers as the charts draw them: areas for the 80 % and 95 % bands of one quantity, the
// band's half-width at given horizons, and the past outlooks' errors at the same horizons.
import type { BandsPayload } from '../../../worker/bands.protocol.ts';
import { FAN_PROBABILITIES, FAN_QUANTITIES, type FanQuantity } from '../../../worker/engine/fan.ts';
import type { TrendArea } from '../../charts/TrendChart.svelte';

const P = FAN_PROBABILITIES.length;
/** Indexes of the band edges in FAN_PROBABILITIES: 2.5 %, 10 %, 50 %, 90 %, 97.5 %. */
const [P2, P10, P50, P90, P97] = [0, 1, 2, 3, 4];
/** The horizons at which the bands are checked against past outlooks (years after the base year). */
export const CHECK_HORIZONS = [5, 10, 15] as const;

/** One edge of a quantity's band, year by year. */
export function edge(bands: BandsPayload, quantity: FanQuantity, p: number): Float64Array {
  const q = FAN_QUANTITIES.indexOf(quantity);
  const out = new Float64Array(bands.years);
  for (let y = 0; y < bands.years; y++) out[y] = bands.quantiles[(q * bands.years + y) * P + p];
  return out;
}

/** The 95 % band (lighter, under) and the 80 % band of a quantity, for TrendChart's areas. */
export function bandAreas(bands: BandsPayload, quantity: FanQuantity, color: string): TrendArea[] {
  return [
    { key: `${quantity}-band95`, color, lower: edge(bands, quantity, P2), upper: edge(bands, quantity, P97), opacity: 0.14 },
    { key: `${quantity}-band80`, color, lower: edge(bands, quantity, P10), upper: edge(bands, quantity, P90), opacity: 0.26 },
  ];
}

/** [p2.5, p10, p90, p97.5] of a quantity in a year (null outside the bands' years). */
export function bandEdgesAt(bands: BandsPayload, quantity: FanQuantity, year: number): [number, number, number, number] | null {
  const y = year - bands.baseYear;
  if (y < 0 || y >= bands.years) return null;
  const at = (FAN_QUANTITIES.indexOf(quantity) * bands.years + y) * P;
  const q = bands.quantiles;
  return [q[at + P2], q[at + P10], q[at + P90], q[at + P97]];
}

/** Half the 80 % band as a percent of the median, at each horizon (NaN past the bands' horizon). */
export function halfWidths(bands: BandsPayload, quantity: FanQuantity = 'total', horizons: readonly number[] = CHECK_HORIZONS): number[] {
  const q = FAN_QUANTITIES.indexOf(quantity);
  return horizons.map((h) => {
    if (h >= bands.years) return NaN;
    const at = (q * bands.years + h) * P;
    const b = bands.quantiles;
    return (100 * (b[at + P90] - b[at + P10])) / 2 / b[at + P50];
  });
}
