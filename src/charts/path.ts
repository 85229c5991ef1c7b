// SVG path data for the trend charts' lines and bands: d3-shape's line() and area() with the linear curve,
// to the same strings (coordinates rounded to 3 decimals, as d3's default digits; path.test.ts compares
// them with d3's), in our own module for the reason in scale.ts.

const K = 1000;
const round = (v: number) => Math.round(v * K) / K;

/**
 * A polyline through points 0 … n − 1 at (x(i), y(i)), broken where `defined(i)` is false: "M…L…" per
 * run; a run of one point is "M…Z", as d3 draws it. Empty string for no point.
 */
export function linePath(
  n: number,
  x: (i: number) => number,
  y: (i: number) => number,
  defined: (i: number) => boolean = () => true,
): string {
  let out = '';
  let run = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && defined(i)) {
      out += `${run === 0 ? 'M' : 'L'}${round(+x(i))},${round(+y(i))}`;
      run++;
    } else {
      if (run === 1) out += 'Z';
      run = 0;
    }
  }
  return out;
}

/**
 * The closed band between y0 and y1 over points 0 … n − 1 at x(i): along y1 forward, back along y0, "Z"
 * (d3's area().x(x).y0(y0).y1(y1) with the linear curve). Empty string for no point.
 */
export function areaPath(n: number, x: (i: number) => number, y0: (i: number) => number, y1: (i: number) => number): string {
  if (n <= 0) return '';
  const xs = new Array<number>(n);
  let out = '';
  for (let i = 0; i < n; i++) {
    xs[i] = +x(i);
    out += `${i === 0 ? 'M' : 'L'}${round(xs[i])},${round(+y1(i))}`;
  }
  for (let i = n - 1; i >= 0; i--) out += `L${round(xs[i])},${round(+y0(i))}`;
  return out + 'Z';
}
