// The fan's kernel against fan.ts's TypeScript loop, bit for bit: random inputs, scenarios, seeds and
// numbers of runs; every byte of every trajectory's five yearly quantities must agree.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFan, shocksFor } from '../engine/fan.ts';
import { installKernel, type CohortKernel } from '../engine/kernel.ts';
import { prepare } from '../engine/prepare.ts';
import { seededRandom } from '../engine/random.ts';
import { randomInputs, syntheticInputs } from '../engine/synthetic.ts';
import { cohortKernel } from './kernel.ts';
import { compileKernel } from './node.ts';

let kernel: CohortKernel;
let fanRuns = 0;
beforeAll(async () => {
  const real = cohortKernel(await compileKernel());
  kernel = {
    create: real.create,
    createFan(fertility, levels, maxSteps) {
      const buffers = real.createFan!(fertility, levels, maxSteps);
      return { ...buffers, levelAt: buffers.levelAt, run: (...args) => (fanRuns++, buffers.run(...args)) };
    },
  };
}, 30_000);
afterAll(() => installKernel(null));

function expectSameBytes(a: Float64Array, b: Float64Array, what: string): void {
  expect(b.length, what).toBe(a.length);
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++)
    if (x[i] !== y[i]) expect.fail(`${what}: value ${i >> 3} is ${b[i >> 3]} from the kernel, ${a[i >> 3]} from TypeScript`);
}

describe('the fan kernel', () => {
  it('gives fan.ts’s trajectories bit for bit on random inputs and scenarios', () => {
    fanRuns = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2030, max: 2070 }),
        fc.record({
          tfr: fc.double({ min: 0, max: 3, noNaN: true }),
          srb: fc.double({ min: 90, max: 120, noNaN: true }),
          mortalityDecline: fc.oneof(fc.constant(0), fc.double({ min: -2, max: 3, noNaN: true })),
          inMigration: fc.double({ min: 0, max: 3, noNaN: true }),
          outMigration: fc.double({ min: 0, max: 3, noNaN: true }),
        }),
        (seed, drawSeed, runs, horizon, scenario) => {
          const prepared = prepare(randomInputs(seededRandom(seed)));
          const shocks = shocksFor(prepared, drawSeed, runs);
          const asked = { ...scenario, horizon };
          installKernel(null);
          const ts = runFan(prepared, asked, shocks).values;
          installKernel(kernel);
          const before = fanRuns;
          const wasm = runFan(prepared, asked, shocks).values;
          expect(fanRuns - before).toBe(runs);
          expectSameBytes(ts, wasm, `seed ${seed}, draws ${drawSeed}, ${runs} runs, ${JSON.stringify(asked)}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the bands’ numbers on plausible inputs with a TFR path, 1,000 runs', () => {
    const prepared = prepare(syntheticInputs());
    const shocks = shocksFor(prepared, 1, 1000);
    const scenario = {
      tfr: [
        [2021, 0.99],
        [2030, 1.8],
        [2040, 2.07],
      ],
      mortalityDecline: 1,
    };
    installKernel(null);
    const ts = runFan(prepared, scenario, shocks).values;
    installKernel(kernel);
    expectSameBytes(ts, runFan(prepared, scenario, shocks).values, 'plausible inputs');
  });
});
