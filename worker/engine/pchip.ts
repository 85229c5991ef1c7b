// Monotone cubic interpolation, shared by the data pipeline (graduating 5-year death rates,
// data/pipeline/graduate.ts) and the browser (splitting 5-year population groups, age-groups.ts).
// Pure: no DOM, no Node.

/** Monotone cubic Hermite interpolation (Fritsch–Carlson, as scipy's PCHIP) through (x_i, y_i). */
export function pchip(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const n = xs.length;
  if (n < 3 || ys.length !== n) throw new Error('pchip: need at least 3 knots and as many values');
  const h = xs.slice(1).map((x, i) => x - xs[i]);
  if (h.some((v) => !(v > 0))) throw new Error('pchip: knots must increase strictly');
  const delta = h.map((hi, i) => (ys[i + 1] - ys[i]) / hi);
  const d = new Array<number>(n).fill(0);
  for (let i = 1; i < n - 1; i++) {
    if (delta[i - 1] * delta[i] > 0) {
      const w1 = 2 * h[i] + h[i - 1];
      const w2 = h[i] + 2 * h[i - 1];
      d[i] = (w1 + w2) / (w1 / delta[i - 1] + w2 / delta[i]);
    }
  }
  const end = (h0: number, h1: number, d0: number, d1: number) => {
    let v = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
    if (Math.sign(v) !== Math.sign(d0)) v = 0;
    else if (Math.sign(d0) !== Math.sign(d1) && Math.abs(v) > Math.abs(3 * d0)) v = 3 * d0;
    return v;
  };
  d[0] = end(h[0], h[1], delta[0], delta[1]);
  d[n - 1] = end(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
  return (x: number) => {
    if (x < xs[0] || x > xs[n - 1]) throw new Error(`pchip: ${x} outside [${xs[0]}, ${xs[n - 1]}]`);
    let i = 0;
    while (i < n - 2 && x > xs[i + 1]) i++;
    const t = (x - xs[i]) / h[i];
    const t2 = t * t;
    const t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * ys[i] + (t3 - 2 * t2 + t) * h[i] * d[i] + (-2 * t3 + 3 * t2) * ys[i + 1] + (t3 - t2) * h[i] * d[i + 1];
  };
}
