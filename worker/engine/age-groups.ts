// Population counts by age group (0–4, 5–9, …, 95–99 and the open 100+, as the ward's registry
// prints them; single years and groups of other widths too) split into single years of age.
//
// Method: the cumulative count N(x) (people younger than x) is known at each group's start and at 100;
// a monotone cubic (Fritsch–Carlson PCHIP, worker/engine/pchip.ts, the same interpolation the data
// pipeline uses to graduate 5-year death rates) is drawn through those points, and the count at age x
// is N(x+1) − N(x). Because the curve passes through every knot, each group's single years add up to
// the group's count exactly; because it is monotone, no age gets a negative count; a single-year
// "group" keeps its own count. The open 100+ group is kept as it is (the engine's last age is 100+).
import { pchip } from './pchip.ts';

/** One age group as read: ages from..to inclusive (to = from for a single year). */
export interface AgeGroupCount {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** The engine's ages: 0..99 and the open 100+. */
export const OPEN_AGE = 100;

/**
 * Splits groups covering 0..99 without gap or overlap, plus the open 100+ (`open`), into 101 single
 * years. Throws on groups that do not tile 0..99 (the caller names the row; see src/own-data/).
 */
export function splitAgeGroups(groups: readonly AgeGroupCount[], open: number): Float64Array {
  const sorted = [...groups].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const g of sorted) {
    if (g.from !== next || g.to < g.from || g.to >= OPEN_AGE)
      throw new Error(`age groups must cover 0–99 without gaps or overlaps: found ${g.from}–${g.to} where ${next} was expected`);
    if (!(g.count >= 0)) throw new Error(`count ${g.count} for ages ${g.from}–${g.to} is not a number ≥ 0`);
    next = g.to + 1;
  }
  if (next !== OPEN_AGE) throw new Error(`age groups must reach 99, they stop at ${next - 1}`);
  const out = new Float64Array(OPEN_AGE + 1);
  out[OPEN_AGE] = open;
  if (sorted.every((g) => g.from === g.to)) {
    for (const g of sorted) out[g.from] = g.count;
    return out;
  }
  const knots = [0];
  const cumulative = [0];
  for (const g of sorted) {
    knots.push(g.to + 1);
    cumulative.push(cumulative[cumulative.length - 1] + g.count);
  }
  const curve = knots.length >= 3 ? pchip(knots, cumulative) : (x: number) => (cumulative[1] * x) / OPEN_AGE;
  let previous = 0;
  for (let age = 0; age < OPEN_AGE; age++) {
    const here = curve(age + 1);
    out[age] = Math.max(0, here - previous);
    previous = here;
  }
  // Each group's sum is exact up to rounding; put the rounding back where it came from.
  for (const g of sorted) {
    let sum = 0;
    for (let a = g.from; a <= g.to; a++) sum += out[a];
    if (sum > 0) for (let a = g.from; a <= g.to; a++) out[a] *= g.count / sum;
    else for (let a = g.from; a <= g.to; a++) out[a] = g.count / (g.to - g.from + 1);
  }
  return out;
}
