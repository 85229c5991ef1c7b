// The projection worker and the kernel: loaded only after the first result has gone out, used from
// then on with the same numbers, and a failed load leaves the TypeScript path answering as before.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installKernel, type CohortKernel } from '../engine/kernel.ts';
import { DEFAULT_SCENARIO } from '../engine/scenario.ts';
import { syntheticInputs } from '../engine/synthetic.ts';
import type { FromWorker, ProjectionPayload, TransferInputs } from '../projection.protocol.ts';
import { createProjectionHandler } from '../projection.worker.ts';
import { createBandsHandler } from '../bands.worker.ts';
import type { FromBandsWorker } from '../bands.protocol.ts';
import { cohortKernel } from './kernel.ts';
import { loadKernel } from './load.ts';
import { kernelBytes } from './compile.ts';

let bytes: Uint8Array<ArrayBuffer>;
let module: WebAssembly.Module;
beforeAll(async () => {
  bytes = await kernelBytes();
  module = await WebAssembly.compile(bytes);
}, 30_000);
afterEach(() => installKernel(null));

function inputs(): TransferInputs {
  const s = syntheticInputs();
  const f = (xs: ArrayLike<number>) => Float64Array.from(xs);
  const bySex = (v: { male: ArrayLike<number>; female: ArrayLike<number> }) => ({ male: f(v.male), female: f(v.female) });
  return {
    ...s,
    population: bySex(s.population),
    survival: bySex(s.survival),
    fertilityShape: f(s.fertilityShape),
    inMigrationRate: bySex(s.inMigrationRate),
    outMigrationRate: bySex(s.outMigrationRate),
  };
}

describe('the projection worker with the kernel', () => {
  it('asks for the kernel only after the first result, then uses it with the same numbers', async () => {
    const replies: FromWorker[] = [];
    let asked = 0;
    let release!: (k: CohortKernel) => void;
    const real = cohortKernel(module);
    let runs = 0;
    const kernel: CohortKernel = {
      create(fertility, years) {
        const b = real.create(fertility, years);
        return { ...b, run: (perStep, maleShare) => (runs++, b.run(perStep, maleShare)) };
      },
    };
    const handle = createProjectionHandler((m) => replies.push(m), {
      kernel: () => {
        asked++;
        return new Promise((resolve) => (release = resolve));
      },
    });
    handle({ type: 'init', inputs: inputs() });
    expect(asked).toBe(0);
    const payload = () => (replies.at(-1) as { result: ProjectionPayload }).result;
    handle({ type: 'project', id: 1, scenario: DEFAULT_SCENARIO });
    const first = payload();
    expect(asked).toBe(1); // after the first result was sent
    handle({ type: 'project', id: 2, scenario: { ...DEFAULT_SCENARIO, tfr: 1.5 } });
    const before = payload();
    expect(runs).toBe(0); // not ready yet: TypeScript
    release(kernel);
    await Promise.resolve();
    await Promise.resolve();
    handle({ type: 'project', id: 3, scenario: DEFAULT_SCENARIO });
    handle({ type: 'project', id: 4, scenario: { ...DEFAULT_SCENARIO, tfr: 1.5 } });
    expect(runs).toBe(2);
    expect(asked).toBe(1);
    const after = payload();
    expect(Buffer.from(after.population.buffer).equals(Buffer.from(before.population.buffer))).toBe(true);
    expect(first.population.length).toBe(after.population.length);
  });

  it('keeps answering in TypeScript when the kernel cannot be loaded', async () => {
    const replies: FromWorker[] = [];
    const handle = createProjectionHandler((m) => replies.push(m), {
      kernel: () => loadKernel('http://127.0.0.1:9/none.wasm', () => Promise.resolve(new Response('no', { status: 404 }))),
    });
    handle({ type: 'init', inputs: inputs() });
    handle({ type: 'project', id: 1, scenario: DEFAULT_SCENARIO });
    await new Promise((r) => setTimeout(r, 10));
    handle({ type: 'project', id: 2, scenario: DEFAULT_SCENARIO });
    expect(replies.at(-1)).toMatchObject({ type: 'result', id: 2 });
  });
});

describe('the bands worker with the kernel', () => {
  it('asks for the kernel after its first bands, then runs the fan in it with the same quantiles', async () => {
    const replies: FromBandsWorker[] = [];
    const real = cohortKernel(module);
    let fanRuns = 0;
    let asked = 0;
    const kernel: CohortKernel = {
      create: real.create,
      createFan(fertility, levels, maxSteps) {
        const b = real.createFan!(fertility, levels, maxSteps);
        return { ...b, levelAt: b.levelAt, run: (...args) => (fanRuns++, b.run(...args)) };
      },
    };
    const handle = createBandsHandler((m) => replies.push(m), { kernel: () => (asked++, Promise.resolve(kernel)) });
    handle({ type: 'init', inputs: inputs() });
    const ask = (id: number) => {
      handle({ type: 'bands', id, scenario: { ...DEFAULT_SCENARIO, mortalityDecline: 1 }, runs: 200, seed: 3 });
      const last = replies.at(-1)!;
      if (last.type !== 'bands') throw new Error(JSON.stringify(last));
      return last.bands.quantiles;
    };
    expect(asked).toBe(0);
    const first = ask(1);
    expect(asked).toBe(1);
    expect(fanRuns).toBe(0);
    await Promise.resolve();
    await Promise.resolve();
    const second = ask(2);
    expect(fanRuns).toBe(200);
    expect(Buffer.from(second.buffer).equals(Buffer.from(first.buffer))).toBe(true);
  });
});

describe('loadKernel', () => {
  it('compiles the served bytes, streaming when the type is application/wasm', async () => {
    for (const type of ['application/wasm', 'application/octet-stream']) {
      const kernel = await loadKernel('https://example.test/cohort.wasm', () =>
        Promise.resolve(new Response(bytes, { headers: { 'content-type': type } })),
      );
      expect('create' in kernel).toBe(true);
    }
  });

  it('names the problem instead of throwing: a missing file, bytes that are not wasm', async () => {
    expect(await loadKernel('https://example.test/a.wasm', () => Promise.resolve(new Response('', { status: 404 })))).toEqual({
      error: 'https://example.test/a.wasm: HTTP 404',
    });
    const bad = await loadKernel('https://example.test/b.wasm', () =>
      Promise.resolve(new Response('<html>', { headers: { 'content-type': 'application/wasm' } })),
    );
    expect('error' in bad && bad.error).toMatch(/^https:\/\/example.test\/b.wasm: /);
  });
});
