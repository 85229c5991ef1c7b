// The kernel against the TypeScript engine, bit for bit: random inputs (randomInputs: empty cohorts,
// survival 0 and 1, fertility anywhere from 10 to 60, migration strong enough to hit the cap), random
// scenarios (TFR constants and paths, every mortality decline including 0, multipliers 0–3, any
// horizon), several projected one after another into the same two results (the kernel's cached growth
// rows must follow every change). Every Float64 of every array is compared as bytes, so −0, NaN
// payloads and the last bit all count.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResult, project } from '../engine/cohort.ts';
import { installKernel, type CohortKernel } from '../engine/kernel.ts';
import { prepare } from '../engine/prepare.ts';
import { seededRandom } from '../engine/random.ts';
import { randomInputs, syntheticInputs } from '../engine/synthetic.ts';
import type { ProjectionResult } from '../engine/types.ts';
import { cohortKernel } from './kernel.ts';
import { compileKernel } from './node.ts';

let runs = 0;
let kernel: CohortKernel;

beforeAll(async () => {
  const real = cohortKernel(await compileKernel());
  // Counts the kernel's runs, so the test knows the kernel (not the fallback) made the numbers.
  kernel = {
    create(fertility, years) {
      const buffers = real.create(fertility, years);
      return { ...buffers, run: (perStep, maleShare) => (runs++, buffers.run(perStep, maleShare)) };
    },
  };
}, 30_000);
afterAll(() => installKernel(null));

const ARRAYS = ['population', 'births', 'birthDeaths', 'birthInMigrants', 'birthOutMigrants'] as const;

/** Fails naming the first cell whose bytes differ. */
function expectSameBits(ts: ProjectionResult, wasm: ProjectionResult, what: string): void {
  for (const name of ARRAYS) {
    const a = ts[name];
    const b = wasm[name];
    expect(b.length, `${what}: ${name} length`).toBe(a.length);
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i < x.length; i++) {
      if (x[i] !== y[i]) {
        const cell = i >> 3;
        expect.fail(`${what}: ${name}[${cell}] is ${b[cell]} from the kernel, ${a[cell]} from TypeScript`);
      }
    }
  }
  expect(wasm.cappedCells, `${what}: cappedCells`).toBe(ts.cappedCells);
  expect(wasm.scenario, `${what}: scenario`).toEqual(ts.scenario);
}

// Path years as offsets from the base year (a path may not start before it), mapped in the property.
const tfrPath = fc
  .uniqueArray(fc.integer({ min: 0, max: 41 }), { minLength: 1, maxLength: 4 })
  .chain((offsets) =>
    fc.tuple(...[...offsets].sort((a, b) => a - b).map((y) => fc.tuple(fc.constant(y), fc.double({ min: 0, max: 3, noNaN: true })))),
  );
const scenario = fc.record({
  tfr: fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), tfrPath),
  srb: fc.double({ min: 90, max: 120, noNaN: true }),
  mortalityDecline: fc.oneof(fc.constant(0), fc.double({ min: -2, max: 3, noNaN: true })),
  inMigration: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 3, noNaN: true })),
  outMigration: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 3, noNaN: true })),
});

describe('the cohort kernel', () => {
  it('gives the TypeScript engine’s numbers bit for bit on random inputs and scenarios', () => {
    runs = 0;
    let projections = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1990, max: 2029 }),
        fc.integer({ min: 2030, max: 2070 }),
        fc.array(scenario, { minLength: 1, maxLength: 5 }),
        (seed, baseYear, horizon, scenarios) => {
          const prepared = prepare(randomInputs(seededRandom(seed), baseYear));
          installKernel(null);
          const ts = createResult(prepared, horizon);
          installKernel(kernel);
          const wasm = createResult(prepared, horizon);
          expect(ts.kernel).toBeUndefined();
          expect(wasm.kernel).toBeDefined();
          // Each scenario twice in a row too: the second finds the kernel's growth rows cached.
          for (const s of [...scenarios, ...scenarios.slice(-1)]) {
            const tfr = typeof s.tfr === 'number' ? s.tfr : s.tfr.map(([offset, value]) => [baseYear + offset, value]);
            const asked = { ...s, tfr, horizon };
            project(prepared, asked, ts);
            project(prepared, asked, wasm);
            expectSameBits(ts, wasm, `seed ${seed}, base ${baseYear}, ${JSON.stringify(asked)}`);
            projections++;
          }
        },
      ),
      { numRuns: 150 },
    );
    // Most cases ran in the kernel (the rest are declines with capped out-migration: TypeScript).
    expect(runs).toBeGreaterThan(projections / 2);
  });

  it('runs the plan’s scenario, a TFR path and a mortality decline on plausible inputs identically', () => {
    const prepared = prepare(syntheticInputs());
    installKernel(null);
    const ts = createResult(prepared);
    installKernel(kernel);
    const wasm = createResult(prepared);
    runs = 0;
    for (const s of [
      {},
      {
        tfr: [
          [2021, 0.99],
          [2030, 1.8],
          [2040, 2.07],
        ],
      },
      { mortalityDecline: 1 },
      { mortalityDecline: -1.5, inMigration: 1.2 },
      {},
    ]) {
      expectSameBits(project(prepared, s, ts), project(prepared, s, wasm), JSON.stringify(s));
    }
    expect(runs).toBe(5);
    expect(wasm.population[wasm.population.length - 1]).toBeGreaterThan(0); // reached the 100+ of the horizon
  });

  it('leaves results made before it was installed to TypeScript', () => {
    const prepared = prepare(syntheticInputs());
    installKernel(null);
    const before = createResult(prepared);
    installKernel(kernel);
    runs = 0;
    project(prepared, {}, before);
    expect(runs).toBe(0);
    expect(before.kernel).toBeUndefined();
  });
});
