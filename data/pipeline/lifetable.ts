// Period life tables by single year of age, as pure functions: no files, no DuckDB. Used by the
// pipeline (survival table, reverse survival, residual migration) and by calibration, which may
// refit the old-age mortality level through `withMortalityLevel`.

/**
 * Death rates by single year of age. Index x is the interval [x, x+1) for x < ω; the last entry
 * (index ω = mx.length − 1) is the open interval ω+.
 */
export interface MortalitySchedule {
  /** Central death rates m_x (deaths per person-year). The last one is the open interval's rate (> 0). */
  mx: readonly number[];
  /** Average years lived in [x, x+1) by those dying there (0..1). The open interval's entry is ignored (1/m is used). */
  ax: readonly number[];
}

/** A life table; every column has one entry per age 0..ω, the last row being the open interval ω+. */
export interface LifeTable {
  age: number[];
  mx: number[];
  qx: number[];
  ax: number[];
  /** Survivors at exact age x out of `radix` births. */
  lx: number[];
  dx: number[];
  /** Person-years lived in [x, x+1) (in ω+ for the last row). */
  Lx: number[];
  /** Person-years lived above age x. */
  Tx: number[];
  /** Life expectancy at age x. */
  ex: number[];
  radix: number;
}

function checkSchedule(s: MortalitySchedule): void {
  const n = s.mx.length;
  if (n < 2) throw new Error('mortality schedule: need at least one single age and the open interval');
  if (s.ax.length !== n) throw new Error(`mortality schedule: ${n} death rates but ${s.ax.length} ax values`);
  s.mx.forEach((m, x) => {
    if (!Number.isFinite(m) || m < 0) throw new Error(`mortality schedule: death rate at age ${x} is ${m}, must be finite and ≥ 0`);
  });
  if (!(s.mx[n - 1] > 0)) throw new Error('mortality schedule: the open interval needs a death rate > 0');
  s.ax.slice(0, n - 1).forEach((a, x) => {
    if (!(a >= 0 && a <= 1)) throw new Error(`mortality schedule: ax at age ${x} is ${a}, must lie in [0, 1]`);
  });
}

/**
 * The life table of a schedule: q = m / (1 + (1 − a) m) (capped at 1), l_{x+1} = l_x (1 − q_x),
 * L_x = l_{x+1} + a_x d_x; the open interval has L = l / m and a = 1 / m.
 */
export function lifeTable(s: MortalitySchedule, radix = 100_000): LifeTable {
  checkSchedule(s);
  const n = s.mx.length;
  const omega = n - 1;
  const t: LifeTable = {
    age: [],
    mx: [...s.mx],
    qx: [],
    ax: [],
    lx: [],
    dx: [],
    Lx: [],
    Tx: new Array<number>(n),
    ex: new Array<number>(n),
    radix,
  };
  let l = radix;
  for (let x = 0; x < n; x++) {
    const m = s.mx[x];
    t.age.push(x);
    t.lx.push(l);
    if (x === omega) {
      t.qx.push(1);
      t.ax.push(1 / m);
      t.dx.push(l);
      t.Lx.push(l / m);
    } else {
      const a = s.ax[x];
      const q = Math.min(1, m / (1 + (1 - a) * m));
      const d = l * q;
      t.qx.push(q);
      t.ax.push(a);
      t.dx.push(d);
      t.Lx.push(l - d + a * d);
      l -= d;
    }
  }
  let T = 0;
  for (let x = omega; x >= 0; x--) {
    T += t.Lx[x];
    t.Tx[x] = T;
    t.ex[x] = t.lx[x] > 0 ? T / t.lx[x] : 0;
  }
  return t;
}

/**
 * Close a table at age `top`: ages ≥ top become one open interval with L = T_top, m = l_top / T_top
 * and a = T_top / l_top. The rows below `top` are unchanged.
 */
export function closeAt(t: LifeTable, top: number): LifeTable {
  const omega = t.age.length - 1;
  if (!Number.isInteger(top) || top < 1 || top > omega) throw new Error(`closeAt: top age ${top} outside 1..${omega}`);
  const cut = <T>(col: T[]) => col.slice(0, top + 1);
  const c: LifeTable = {
    age: cut(t.age),
    mx: cut(t.mx),
    qx: cut(t.qx),
    ax: cut(t.ax),
    lx: cut(t.lx),
    dx: cut(t.dx),
    Lx: cut(t.Lx),
    Tx: cut(t.Tx),
    ex: cut(t.ex),
    radix: t.radix,
  };
  const l = t.lx[top];
  const T = t.Tx[top];
  c.mx[top] = l / T;
  c.qx[top] = 1;
  c.ax[top] = T / l;
  c.dx[top] = l;
  c.Lx[top] = T;
  return c;
}

/**
 * Projection survival ratios for ages 0..top, where `top` is the open age group of the projection:
 * S_a = L_{a+1} / L_a for a < top (so S_{top−1} uses the single-age L_top), and
 * S_top = T_{top+1} / T_top (the open group ages one year and stays in top+).
 * Together they keep a stationary population stationary. Needs single ages up to top + 1.
 */
export function survivalRatios(t: LifeTable, top: number): number[] {
  const omega = t.age.length - 1;
  if (!Number.isInteger(top) || top < 1 || top + 1 > omega) {
    throw new Error(`survivalRatios: the table needs single ages up to ${top + 1}; its open interval starts at ${omega}`);
  }
  const s: number[] = [];
  for (let a = 0; a < top; a++) s.push(t.Lx[a] > 0 ? t.Lx[a + 1] / t.Lx[a] : 0);
  s.push(t.Tx[top + 1] / t.Tx[top]);
  return s;
}

/** Survival of births in a year to the end of that year (to age 0 at the next count): L_0 / l_0. */
export const birthSurvival = (t: LifeTable): number => t.Lx[0] / t.lx[0];

/**
 * The `mortality_level` hook: the same schedule with death rates at ages ≥ x0 (the open interval
 * included) multiplied by θ. ax is kept as is. θ = 1 returns an equal schedule.
 */
export function withMortalityLevel(s: MortalitySchedule, theta: number, x0: number): MortalitySchedule {
  if (!Number.isFinite(theta) || theta <= 0) throw new Error(`mortality level θ must be a finite number > 0, got ${theta}`);
  if (!Number.isInteger(x0) || x0 < 0 || x0 >= s.mx.length) throw new Error(`mortality level: age x0 ${x0} outside 0..${s.mx.length - 1}`);
  return { mx: s.mx.map((m, x) => (x >= x0 ? m * theta : m)), ax: [...s.ax] };
}

/**
 * Survivors at a fractional age: linear between exact ages (deaths spread evenly within the year,
 * as a_x = 0.5 assumes), exponential with the open rate beyond the last exact age.
 */
export function lAt(t: LifeTable, x: number): number {
  const omega = t.age.length - 1;
  if (!(x >= 0)) throw new Error(`lAt: age ${x} must be ≥ 0`);
  if (x >= omega) return t.lx[omega] * Math.exp(-t.mx[omega] * (x - omega));
  const i = Math.floor(x);
  return t.lx[i] + (x - i) * (t.lx[i + 1] - t.lx[i]);
}

/**
 * ∫ l(x) dx over [x1, x2] (x2 = Infinity allowed) under the interpolation of `lAt`. Over a whole
 * year it equals L_x wherever a_x = 0.5, and the open interval gives l_ω / m_ω = L_ω.
 */
export function personYears(t: LifeTable, x1: number, x2: number): number {
  if (!(x1 >= 0) || !(x2 >= x1)) throw new Error(`personYears: interval [${x1}, ${x2}] is empty or reversed`);
  const omega = t.age.length - 1;
  let total = 0;
  let x = x1;
  while (x < x2 && x < omega) {
    const i = Math.floor(x);
    const end = Math.min(x2, i + 1);
    const a = x - i;
    const b = end - i;
    total += t.lx[i] * (b - a) - ((t.lx[i] - t.lx[i + 1]) * (b * b - a * a)) / 2;
    x = end;
  }
  if (x2 > omega) {
    const m = t.mx[omega];
    const a = Math.max(x1, omega) - omega;
    const tail = (e: number) => (e === Infinity ? 0 : Math.exp(-m * e));
    total += (t.lx[omega] * (tail(a) - tail(x2 - omega))) / m;
  }
  return total;
}

/**
 * Probability that people aged [from, to) now are alive h years later (then aged [from+h, to+h)),
 * in the stationary population of the table: PY(from+h, to+h) / PY(from, to). `to` may be Infinity.
 */
export function cohortSurvival(t: LifeTable, from: number, to: number, h: number): number {
  if (!(h >= 0)) throw new Error(`cohortSurvival: duration ${h} must be ≥ 0`);
  return personYears(t, from + h, to + h) / personYears(t, from, to);
}

/** Andreev–Kingkade (2015) infant ax from m0, as used by the HMD (Methods Protocol v6). */
export function infantAx(m0: number, sex: 'male' | 'female'): number {
  if (sex === 'male') return m0 < 0.023 ? 0.14929 - 1.99545 * m0 : m0 < 0.08307 ? 0.02832 + 3.26201 * m0 : 0.29915;
  return m0 < 0.01724 ? 0.14903 - 2.05527 * m0 : m0 < 0.06891 ? 0.04667 + 3.88089 * m0 : 0.31411;
}
