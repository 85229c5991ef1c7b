// The fan's random draws: standard normals from a seeded stream, filtered once into each trajectory's
// paths (log TFR error, extra log hazard, log migration multipliers). They do not depend on the
// scenario, so a slider moves every trajectory continuously (common random numbers) and the bands glide.
//
// Runs come in antithetic pairs: run 2i + 1 uses the negated normals of run 2i, which halves the Monte
// Carlo error of the median and keeps the sample's mean at the scenario. Runs are drawn in order from
// one stream, so the first n runs of a larger sample are the n runs of a smaller one (the bands drawn
// from fewer runs while a slider moves are a subset of the refined ones).
import { seededRandom } from './random.ts';
import type { Uncertainty } from './uncertainty.ts';

/** Per-trajectory paths by [run × steps + step]; step s is the year baseYear + s → baseYear + s + 1. */
export interface Shocks {
  readonly seed: number;
  readonly runs: number;
  readonly steps: number;
  /** X: log error of the TFR (0 in the first step). */
  readonly tfrLog: Float64Array;
  /** −r·s/100 − L(s): added to the log of the hazard factor (0 in the first step). */
  readonly hazardLog: Float64Array;
  /** log(m_in / M_in) and log(m_out / M_out). */
  readonly inLog: Float64Array;
  readonly outLog: Float64Array;
}

/** Standard normals by Box–Muller from a seeded uniform stream (both values of each pair used). */
export function normalStream(seed: number): () => number {
  const uniform = seededRandom(seed);
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    const u = 1 - uniform(); // (0, 1]: log(u) is finite
    const r = Math.sqrt(-2 * Math.log(u));
    const t = 2 * Math.PI * uniform();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
}

/** Draws `runs` trajectories of `steps` years (runs rounded up to an even number internally). */
export function drawShocks(seed: number, runs: number, steps: number, u: Uncertainty): Shocks {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs ${runs} must be a whole number ≥ 1`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed ${seed} must be a whole number`);
  const z = normalStream(seed);
  const size = runs * steps;
  const tfrLog = new Float64Array(size);
  const hazardLog = new Float64Array(size);
  const inLog = new Float64Array(size);
  const outLog = new Float64Array(size);
  const { tfr, mortality, migration } = u;
  const { differential: dv, mobility: du } = migration;
  // Innovation sd of an AR(1) with stationary sd `sd`.
  const innovation = (rho: number, sd: number) => sd * Math.sqrt(1 - rho * rho);
  const dvSigma = innovation(dv.rho, dv.sd);
  const duSigma = innovation(du.rho, du.sd);
  const normals = new Float64Array(3 + 4 * steps); // one run's draws, reused negated by its pair
  for (let run = 0; run < runs; run++) {
    const sign = run % 2 === 0 ? 1 : -1;
    if (sign === 1) for (let i = 0; i < normals.length; i++) normals[i] = z();
    let k = 0;
    const next = () => sign * normals[k++];
    const rate = (mortality.rateSd / 100) * next(); // extra decline, fraction a year
    const level = migration.levelSd * next();
    let v = dv.sd * next();
    let x = 0;
    let walk = 0;
    let mob = 0;
    const at = run * steps;
    for (let s = 0; s < steps; s++) {
      const zTfr = next();
      const zWalk = next();
      const zV = next();
      const zU = next();
      if (s === 0) {
        mob = du.sd * zU; // stationary start; v was drawn above
      } else {
        x = tfr.rho * x + tfr.sigma * zTfr;
        walk += mortality.walkSd * zWalk;
        v = dv.rho * v + dvSigma * zV;
        mob = du.rho * mob + duSigma * zU;
      }
      tfrLog[at + s] = x;
      hazardLog[at + s] = -rate * s - walk;
      inLog[at + s] = mob + 0.5 * (v + level);
      outLog[at + s] = mob - 0.5 * (v + level);
    }
  }
  return { seed, runs, steps, tfrLog, hazardLog, inLog, outLog };
}
