// The distributions the bands sample, as data. Each value's source is in docs/bands.md (from
// ../shared/research/uncertainty.md §0.1); errors are drawn relative to the user's scenario, which stays
// the centre. The three components are independent of each other; both sexes share the same draws.

export interface Ar1 {
  /** Autocorrelation from one year to the next. */
  readonly rho: number;
  /** Standard deviation of the yearly innovation. */
  readonly sigma: number;
}

export interface Uncertainty {
  /**
   * TFR_i(t) = f(t) · exp(X_i(t)), X an AR(1) from X = 0 in the base year (log scale), floored at
   * `floor` (or at f(t) itself when the scenario asks for less).
   */
  readonly tfr: Ar1 & { readonly floor: number };
  /**
   * Hazards μ(x, t) = μ(x, base) · (1 − k/100)^t · exp(−r_i · t/100 − L_i(t)): r_i ~ N(0, rateSd²)
   * percentage points of extra annual decline, one draw per trajectory; L a random walk (sd walkSd a year).
   */
  readonly mortality: { readonly rateSd: number; readonly walkSd: number };
  /**
   * m_in(t) = M_in · exp(u(t) + (v(t) + ℓ)/2), m_out(t) = M_out · exp(u(t) − (v(t) + ℓ)/2):
   * v the in/out differential (drives net migration), u common mobility, both AR(1) started from their
   * stationary distribution (sd = stationary sd); ℓ ~ N(0, levelSd²) a persistent shift per trajectory.
   */
  readonly migration: {
    readonly differential: { readonly rho: number; readonly sd: number };
    readonly mobility: { readonly rho: number; readonly sd: number };
    readonly levelSd: number;
  };
}

/** The recommended set (research brief §0.1); docs/bands.md compares it with the ward's past errors. */
export const UNCERTAINTY: Uncertainty = Object.freeze({
  tfr: Object.freeze({ rho: 0.983, sigma: 0.05, floor: 0.5 }),
  mortality: Object.freeze({ rateSd: 0.5, walkSd: 0.02 }),
  migration: Object.freeze({
    differential: Object.freeze({ rho: 0.8, sd: 0.07 }),
    mobility: Object.freeze({ rho: 0.8, sd: 0.05 }),
    levelSd: 0.04,
  }),
});

/** No uncertainty at all: every trajectory is the scenario itself (tests, and the fan's sanity check). */
export const NO_UNCERTAINTY: Uncertainty = Object.freeze({
  tfr: { rho: 0, sigma: 0, floor: 0.5 },
  mortality: { rateSd: 0, walkSd: 0 },
  migration: { differential: { rho: 0, sd: 0 }, mobility: { rho: 0, sd: 0 }, levelSd: 0 },
});
