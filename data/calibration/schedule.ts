// The model migration schedule: net migration rate by single age, as a sum of Rogers–Castro curves,
// and its split into gross in- and out-migration rates. Pure functions, no I/O.
//
// Rogers & Castro (1981), "Model Migration Schedules", IIASA RR-81-30: a migration rate by age is
//   m(x) = a1·e^(−α1·x)                                  children, moving with their parents
//        + a2·exp(−α2(x − μ2) − e^(−λ2(x − μ2)))          the labour-force peak of young adults
//        + c                                             a constant
// with "fundamental" parameters a1 = 0.02, α1 = 0.1, a2 = 0.06, α2 = 0.1, μ2 = 20, λ2 = 0.4, c = 0.003.
// Our sources have no migration by age, so the shapes (α, λ, the 1 : 3 ratio of children to adults)
// are these fundamental values; only levels and locations are fitted (see docs/calibration.md).

export type Sex = 'male' | 'female';
export const SEXES: readonly Sex[] = ['male', 'female'];

/** Ages 0..99 and the open interval 100+. */
export const AGES = 101;

/** Rogers–Castro fundamental shape constants (Rogers & Castro 1981), held fixed. */
export const ROGERS_CASTRO = {
  /** Children's rate declines by α1 a year of age. */
  alpha1: 0.1,
  /** Descent of the labour-force curve after its peak. */
  alpha2: 0.1,
  /** Ascent of the labour-force curve before its peak. */
  lambda2: 0.4,
  /** Children's level relative to the adults' curve (a1 / a2 = 0.02 / 0.06). */
  childRatio: 1 / 3,
  /** The fundamental schedule's levels and location, for the out-migration shape. */
  a1: 0.02,
  a2: 0.06,
  mu2: 20,
  c: 0.003,
} as const;

/**
 * The fitted parameters of the net schedule. Rates are per resident per year, at the age at Jan 1:
 *   net(x) = c + aIn·RC(x; μIn) − aOut·RC(x; μOut) − (aOut/3)·e^(−0.1x)
 * with RC(x; μ) = exp(−0.1(x − μ) − e^(−0.4(x − μ))): young adults arrive (the in curve), families
 * leave (the out curve) and take their children with them at a third of the out level (Rogers–Castro's
 * a1/a2 = 1/3), and a constant c covers everyone else. The same schedule serves both sexes.
 */
export interface ScheduleParameters {
  /** Level of the young-adult in-migration curve (per year). */
  aIn: number;
  /** Location of the in-migration curve (years; its peak is ln(λ/α)/λ = ln 4 / 0.4 ≈ 3.5 years later). */
  muIn: number;
  /** Level of the family out-migration curve (per year). */
  aOut: number;
  /** Location of the out-migration curve (years). */
  muOut: number;
  /** Constant net rate at every age (per year). */
  c: number;
}

/** The Rogers–Castro labour-force curve with the fundamental α2 = 0.1, λ2 = 0.4 and level 1. */
export function rcCurve(x: number, mu: number): number {
  const d = x - mu;
  return Math.exp(-ROGERS_CASTRO.alpha2 * d - Math.exp(-ROGERS_CASTRO.lambda2 * d));
}

/** Net migration rate at age x (0..100; 100 stands for 100+). */
export function netRateAt(p: ScheduleParameters, x: number): number {
  return (
    p.c +
    p.aIn * rcCurve(x, p.muIn) -
    p.aOut * rcCurve(x, p.muOut) -
    p.aOut * ROGERS_CASTRO.childRatio * Math.exp(-ROGERS_CASTRO.alpha1 * x)
  );
}

/** Net migration rates by age 0..100 (the same for both sexes). */
export function netRates(p: ScheduleParameters): number[] {
  return Array.from({ length: AGES }, (_, x) => netRateAt(p, x));
}

/** The Rogers–Castro fundamental schedule (all fundamental parameters), used as the shape of out-migration. */
export function fundamentalShape(x: number): number {
  const r = ROGERS_CASTRO;
  return r.a1 * Math.exp(-r.alpha1 * x) + r.a2 * rcCurve(x, r.mu2) + r.c;
}

export interface GrossRates {
  in_rate: number[];
  out_rate: number[];
  net_rate: number[];
}

/**
 * Split net rates into gross rates. out(x) = max(k·shape(x), −net(x)), in(x) = out(x) + net(x) ≥ 0,
 * with k chosen (bisection) so that Σ out(x)·P(x) over both sexes equals `outMovers`: the registry's
 * out-movers in a year applied to the base population. The split changes only the gross flows a
 * projection reports, never the population (which depends on in − out alone).
 */
export function splitGross(
  net: Record<Sex, readonly number[]>,
  population: Record<Sex, readonly number[]>,
  outMovers: number,
): { rates: Record<Sex, GrossRates>; scale: number } {
  const shape = Array.from({ length: AGES }, (_, x) => fundamentalShape(x));
  const outAt = (k: number, sex: Sex, x: number) => Math.max(k * shape[x], -net[sex][x], 0);
  const total = (k: number) => SEXES.reduce((s, sex) => s + population[sex].reduce((a, p, x) => a + p * outAt(k, sex, x), 0), 0);
  const floor = total(0);
  if (!(outMovers > floor)) throw new Error(`splitGross: ${outMovers} out-movers cannot cover the net outflow alone (${floor.toFixed(0)})`);
  let lo = 0;
  let hi = 1;
  while (total(hi) < outMovers) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < outMovers) lo = mid;
    else hi = mid;
  }
  const k = (lo + hi) / 2;
  const rates = {} as Record<Sex, GrossRates>;
  for (const sex of SEXES) {
    const out_rate = net[sex].map((_, x) => outAt(k, sex, x));
    rates[sex] = { out_rate, in_rate: out_rate.map((o, x) => Math.max(o + net[sex][x], 0)), net_rate: [...net[sex]] };
  }
  return { rates, scale: k };
}
