// A small, seeded differential-evolution minimiser (Storn & Price 1997, DE/rand/1/bin with dither),
// deterministic for a given seed: the same objective, bounds and options give the same answer.
// Box bounds only: trial points outside are reflected back inside.
import { seededRandom } from '../../worker/engine/random.ts';

/** Bounds of one variable, inclusive. */
export type Bounds = readonly [lower: number, upper: number];

export interface DifferentialEvolutionOptions {
  /** Seed of the random stream (any 32-bit integer). */
  seed: number;
  /** Population = max(5, popSize × dimensions). Default 15 (as SciPy). */
  popSize?: number;
  /** Generations at most. Default 300. */
  maxGenerations?: number;
  /** Mutation factor, drawn per generation from [F0, F1] (dither). Default [0.5, 1]. */
  mutation?: readonly [number, number];
  /** Crossover probability. Default 0.7. */
  crossover?: number;
  /** Stop when the spread of objective values (max − min) falls below this. Default 1e-10. */
  tolerance?: number;
  /** Points evaluated into the initial population, e.g. a previous best (clipped to the bounds). */
  initial?: readonly (readonly number[])[];
  /** Called after each generation. */
  onGeneration?: (generation: number, best: number, bestX: readonly number[]) => void;
}

export interface DifferentialEvolutionResult {
  x: number[];
  value: number;
  generations: number;
  evaluations: number;
  /** true when the tolerance was reached before maxGenerations. */
  converged: boolean;
}

/** Reflect x into [lo, hi] (repeatedly, for far-out points); a degenerate interval gives lo. */
function reflect(x: number, lo: number, hi: number): number {
  if (hi <= lo) return lo;
  const w = hi - lo;
  let y = (x - lo) % (2 * w);
  if (y < 0) y += 2 * w;
  return lo + (y <= w ? y : 2 * w - y);
}

/** Minimise f over the box `bounds`. f must return a finite number or Infinity (a rejected point). */
export function differentialEvolution(
  f: (x: readonly number[]) => number,
  bounds: readonly Bounds[],
  options: DifferentialEvolutionOptions,
): DifferentialEvolutionResult {
  const d = bounds.length;
  if (d === 0) throw new Error('differentialEvolution: no variables');
  bounds.forEach(([lo, hi], i) => {
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi))
      throw new Error(`differentialEvolution: bounds[${i}] [${lo}, ${hi}] are not finite and ordered`);
  });
  const { seed, popSize = 15, maxGenerations = 300, mutation = [0.5, 1], crossover = 0.7, tolerance = 1e-10 } = options;
  const random = seededRandom(seed);
  const n = Math.max(5, popSize * d);
  let evaluations = 0;
  const evaluate = (x: readonly number[]) => {
    evaluations++;
    const v = f(x);
    if (Number.isNaN(v)) throw new Error(`differentialEvolution: objective returned NaN at [${x.join(', ')}]`);
    return v;
  };

  // Latin hypercube start: each variable's range cut into n strata, one point per stratum, shuffled.
  const pop: number[][] = Array.from({ length: n }, () => Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [order[i], order[k]] = [order[k], order[i]];
    }
    const [lo, hi] = bounds[j];
    for (let i = 0; i < n; i++) pop[i][j] = lo + ((order[i] + random()) / n) * (hi - lo);
  }
  (options.initial ?? []).slice(0, n).forEach((x, i) => {
    if (x.length !== d) throw new Error(`differentialEvolution: initial point ${i} has ${x.length} values, expected ${d}`);
    pop[i] = x.map((v, j) => Math.min(Math.max(v, bounds[j][0]), bounds[j][1]));
  });
  const cost = pop.map(evaluate);

  let generation = 0;
  let converged = false;
  const trial = Array<number>(d).fill(0);
  while (generation < maxGenerations) {
    generation++;
    const F = mutation[0] + random() * (mutation[1] - mutation[0]);
    for (let i = 0; i < n; i++) {
      let a: number, b: number, c: number;
      do a = Math.floor(random() * n);
      while (a === i);
      do b = Math.floor(random() * n);
      while (b === i || b === a);
      do c = Math.floor(random() * n);
      while (c === i || c === a || c === b);
      const forced = Math.floor(random() * d);
      for (let j = 0; j < d; j++) {
        trial[j] =
          j === forced || random() < crossover ? reflect(pop[a][j] + F * (pop[b][j] - pop[c][j]), bounds[j][0], bounds[j][1]) : pop[i][j];
      }
      const v = evaluate(trial);
      if (v <= cost[i]) {
        pop[i] = [...trial];
        cost[i] = v;
      }
    }
    let best = 0;
    let worst = 0;
    for (let i = 1; i < n; i++) {
      if (cost[i] < cost[best]) best = i;
      if (cost[i] > cost[worst]) worst = i;
    }
    options.onGeneration?.(generation, cost[best], pop[best]);
    if (cost[worst] - cost[best] < tolerance) {
      converged = true;
      break;
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (cost[i] < cost[best]) best = i;
  return { x: [...pop[best]], value: cost[best], generations: generation, evaluations, converged };
}
