// The linear scales and ticks of the outlook's charts: d3-scale's scaleLinear and d3-array's ticks, to the
// same numbers (scale.test.ts checks them against d3 with generated input), but small and in our own module.
// Why not d3 here: the data view's Observable Plot uses all of d3-scale, d3-array, d3-shape, d3-color,
// d3-format, d3-interpolate and d3-time(-format), and a module used both by the first screen and by a lazy
// chunk is bundled whole into the first screen's chunk: importing d3 in the pyramid and the trend chart put
// about 80 KB (minified) of Plot's d3 on a phone's first visit. The plan and town views still use d3.

/** A linear map from a domain to a range, with its inverse. */
export interface LinearScale {
  (value: number): number;
  /** The domain value at a range value. */
  invert(value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** [first index, last index, increment]: a negative increment means 1 / -increment (d3-array's tickSpec). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number, i2: number, inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from start to stop, inclusive where round (d3-array's ticks). */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const out = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    out[i] = inc < 0 ? k / -inc : k * inc;
  }
  return out;
}

/** The tick step from start to stop (start ≤ stop); negative: its inverse, as tickSpec's. */
const tickIncrement = (start: number, stop: number, count: number) => tickSpec(start, stop, count)[2];

/** The domain widened to round ends for about `count` ticks (d3-scale's linear.nice). */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  const d: [number, number] = [+domain[0], +domain[1]];
  let [i0, i1] = [0, 1];
  let [start, stop] = d;
  if (stop < start) {
    [start, stop] = [stop, start];
    [i0, i1] = [1, 0];
  }
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) {
      d[i0] = start;
      d[i1] = stop;
      return d;
    } else if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else {
      break;
    }
    prestep = step;
  }
  return d;
}

/** value in [a, b] → [0, 1]; an empty interval maps to ½ (d3-scale's normalize). */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (isNaN(span) ? NaN : 0.5);
}

/** [0, 1] → [a, b] (d3-interpolate's interpolateNumber). */
const interpolate = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** One piece of d3-scale's bimap: a descending domain is turned round, with its range. */
function bimap(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const [t, r] = d1 < d0 ? [normalize(d1, d0), interpolate(r1, r0)] : [normalize(d0, d1), interpolate(r0, r1)];
  return (x) => r(t(x));
}

/** A linear scale from `domain` to `range` (d3-scale's scaleLinear().domain(domain).range(range), unclamped). */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number] = [0, 1]): LinearScale {
  const d: [number, number] = [+domain[0], +domain[1]];
  const r: [number, number] = [+range[0], +range[1]];
  const forward = bimap(d, r);
  let backward: ((y: number) => number) | null = null;
  const scale = (value: number) => forward(+value);
  return Object.assign(scale, {
    invert: (value: number) => (backward ??= bimap(r, d))(+value),
    domain: d,
    range: r,
  });
}
