import { describe, expect, it } from 'vitest';
import { differentialEvolution } from './optimiser.ts';

const sphere = (shift: readonly number[]) => (x: readonly number[]) => x.reduce((s, v, i) => s + (v - shift[i]) ** 2, 0);
const rosenbrock = (x: readonly number[]) => {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2;
  return s;
};

describe('differentialEvolution', () => {
  it('finds the minimum of a shifted sphere', () => {
    const shift = [1.5, -2, 0.25, 3];
    const r = differentialEvolution(
      sphere(shift),
      shift.map(() => [-5, 5] as const),
      { seed: 1, maxGenerations: 400 },
    );
    r.x.forEach((v, i) => expect(v).toBeCloseTo(shift[i], 4));
    expect(r.value).toBeLessThan(1e-8);
  });

  it('finds the minimum of the Rosenbrock valley (1, 1, 1)', () => {
    const r = differentialEvolution(
      rosenbrock,
      [
        [-2, 2],
        [-2, 2],
        [-2, 2],
      ],
      { seed: 7, maxGenerations: 1500 },
    );
    r.x.forEach((v) => expect(v).toBeCloseTo(1, 2));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const f = sphere([0.3, 0.7]);
    const opts = { maxGenerations: 20 };
    const a = differentialEvolution(
      f,
      [
        [0, 1],
        [0, 1],
      ],
      { seed: 5, ...opts },
    );
    const b = differentialEvolution(
      f,
      [
        [0, 1],
        [0, 1],
      ],
      { seed: 5, ...opts },
    );
    const c = differentialEvolution(
      f,
      [
        [0, 1],
        [0, 1],
      ],
      { seed: 6, ...opts },
    );
    expect(b).toEqual(a);
    expect(c.x).not.toEqual(a.x);
  });

  it('never evaluates outside the bounds, and finds a minimum on a bound', () => {
    const bounds = [
      [0, 1],
      [2, 3],
    ] as const;
    const r = differentialEvolution(
      (x) => {
        x.forEach((v, i) => {
          if (v < bounds[i][0] || v > bounds[i][1]) throw new Error(`x[${i}] = ${v} outside`);
        });
        return x[0] + x[1];
      },
      bounds,
      { seed: 3, maxGenerations: 200 },
    );
    expect(r.x[0]).toBeCloseTo(0, 4);
    expect(r.x[1]).toBeCloseTo(2, 4);
  });

  it('holds a variable with equal bounds fixed', () => {
    const r = differentialEvolution(
      sphere([0, 0]),
      [
        [-1, 1],
        [0.5, 0.5],
      ],
      { seed: 2, maxGenerations: 100 },
    );
    expect(r.x[1]).toBe(0.5);
    expect(r.x[0]).toBeCloseTo(0, 4);
  });

  it('starts from the given initial points (a good start is kept)', () => {
    const f = sphere([0.123, 0.456]);
    const r = differentialEvolution(
      f,
      [
        [0, 1],
        [0, 1],
      ],
      { seed: 9, maxGenerations: 0, initial: [[0.123, 0.456]] },
    );
    expect(r.value).toBe(0);
    expect(r.generations).toBe(0);
  });

  it('stops when the population has converged', () => {
    const r = differentialEvolution(sphere([0.5]), [[0, 1]], { seed: 4, maxGenerations: 10000, tolerance: 1e-12 });
    expect(r.converged).toBe(true);
    expect(r.generations).toBeLessThan(10000);
  });

  it('rejects bad bounds and NaN objectives with a message', () => {
    expect(() => differentialEvolution(() => 0, [], { seed: 1 })).toThrow(/no variables/);
    expect(() => differentialEvolution(() => 0, [[1, 0]], { seed: 1 })).toThrow(/bounds\[0\]/);
    expect(() => differentialEvolution(() => NaN, [[0, 1]], { seed: 1 })).toThrow(/NaN/);
  });
});
