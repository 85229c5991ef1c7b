// Quantiles of a sample, as d3.quantile and R's type 7 compute them: linear between order statistics.
// The fan needs five quantiles of 1,000 numbers for every year and quantity (225 samples), so they are
// found by selection (each order statistic in a shrinking range), not by sorting the whole sample.

/** The p-quantile (0 ≤ p ≤ 1) of values sorted ascending; NaN for an empty sample. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0 || n === 1) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const i = (n - 1) * p;
  const lo = Math.floor(i);
  const a = sorted[lo];
  const b = sorted[lo + 1];
  return a + (b - a) * (i - lo);
}

/**
 * Rearranges a[lo..hi] so that a[k] is the value a full ascending sort would put there, everything
 * before it ≤ a[k] and everything after it ≥ a[k] (Hoare's quickselect, median-of-three pivots).
 * NaN must not occur (the caller handles it).
 */
export function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three as the pivot, moved to a[lo].
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    swap(a, lo, mid);
    const pivot = a[lo];
    let i = lo;
    let j = hi + 1;
    for (;;) {
      do i++;
      while (i <= hi && a[i] < pivot);
      do j--;
      while (a[j] > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, lo, j);
    if (j === k) return;
    if (j < k) lo = j + 1;
    else hi = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Places every index in ks[from..to) (ascending) within a[lo..hi] as a full sort would. */
function multiselect(a: Float64Array, ks: readonly number[], from: number, to: number, lo: number, hi: number): void {
  if (from >= to || lo > hi) return;
  const m = (from + to) >> 1;
  const k = ks[m];
  selectInPlace(a, k, lo, hi);
  multiselect(a, ks, from, m, lo, k - 1);
  multiselect(a, ks, m + 1, to, k + 1, hi);
}

/**
 * The quantiles of `sample` at probabilities `ps`, written to out[at..]: the same numbers as
 * quantileSorted on the sorted sample. Reorders `sample`. A sample with NaN gives NaN throughout.
 * The order statistics needed are placed by one multiselect (median first, then each half).
 */
export function quantilesInPlace(sample: Float64Array, ps: readonly number[], out: Float64Array, at: number): void {
  const n = sample.length;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(sample[i])) {
      for (let p = 0; p < ps.length; p++) out[at + p] = NaN;
      return;
    }
  }
  if (n === 0) {
    for (let p = 0; p < ps.length; p++) out[at + p] = NaN;
    return;
  }
  const wanted = new Set<number>();
  for (const p of ps) {
    const i = (n - 1) * Math.min(1, Math.max(0, p));
    const lo = Math.floor(i);
    wanted.add(lo);
    if (lo + 1 < n) wanted.add(lo + 1);
  }
  const ks = [...wanted].sort((x, y) => x - y);
  multiselect(sample, ks, 0, ks.length, 0, n - 1);
  for (let p = 0; p < ps.length; p++) out[at + p] = quantileSorted(sample, ps[p]);
}
