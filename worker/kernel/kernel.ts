// cohort.wasm as the engine's CohortKernel (worker/engine/kernel.ts): one WebAssembly.Memory and one
// instance per result, laid out here, so a result's arrays are plain Float64Array views that stay
// valid (the memory never grows) and project() reads no copy of them.
import type { CohortKernel, FanKernelBuffers, KernelBuffers, KernelFertility } from '../engine/kernel.ts';

const CELLS = 202;
const BYTES = 8;
const PAGE = 65536;

type ProjectExport = (
  pop: number,
  growth: number,
  growthStride: number,
  shape: number,
  first: number,
  last: number,
  tfr: number,
  newborn: number,
  newbornStride: number,
  flows: number,
  steps: number,
  maleShare: number,
) => void;

/** A result's buffers in a memory of their own, the kernel instantiated over it. */
function buffersFor(module: WebAssembly.Module, prepared: KernelFertility, years: number): KernelBuffers {
  const steps = Math.max(years - 1, 0);
  // Byte offsets, each array 16-byte aligned (f64x2 loads and stores).
  let bytes = 0;
  const take = (count: number) => {
    const at = bytes;
    bytes += Math.ceil((count * BYTES) / 16) * 16;
    return at;
  };
  const pop = take(years * CELLS);
  const growth = take(Math.max(steps, 1) * CELLS);
  const shape = take(101);
  const tfr = take(steps);
  const newborn = take(Math.max(steps, 1) * 8);
  const flows = take(4 * 2 * steps);
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const project = instance.exports.project as ProjectExport;
  const view = (at: number, count: number) => new Float64Array(memory.buffer, at, count);
  view(shape, 101).set(prepared.fertilityShape); // the prepared inputs of a result never change
  const flow = (k: number) => view(flows + k * 2 * steps * BYTES, 2 * steps);
  const { firstFertileAge: first, lastFertileAge: last } = prepared;
  return {
    population: view(pop, years * CELLS),
    births: flow(0),
    birthDeaths: flow(1),
    birthInMigrants: flow(2),
    birthOutMigrants: flow(3),
    growth: view(growth, Math.max(steps, 1) * CELLS),
    growthKey: Float64Array.of(NaN, NaN, NaN),
    tfr: view(tfr, steps),
    newborn: view(newborn, Math.max(steps, 1) * 8),
    run(perStep, maleShare) {
      project(pop, growth, perStep ? CELLS * BYTES : 0, shape, first, last, tfr, newborn, perStep ? 64 : 0, flows, steps, maleShare);
    },
  };
}

type FanExport = (
  now: number,
  next: number,
  shape: number,
  first: number,
  last: number,
  par: number,
  out: number,
  steps: number,
  maleShare: number,
  womenNow: number,
) => void;

/** The fan's memory: two rows, the shape, six inputs and five outputs a step, then the grid (the bulk: 4.8 KB a level). */
function fanBuffersFor(module: WebAssembly.Module, fertility: KernelFertility, levels: number, maxSteps: number): FanKernelBuffers {
  const rowBytes = Math.ceil((CELLS * BYTES) / 16) * 16;
  const a = 0;
  const b = rowBytes;
  const shape = 2 * rowBytes;
  const par = shape + 816;
  const out = par + maxSteps * 6 * BYTES;
  const grid = Math.ceil((out + maxSteps * 5 * BYTES) / 16) * 16;
  const levelBytes = 3 * CELLS * BYTES;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((grid + levels * levelBytes) / PAGE) });
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const fanRun = instance.exports.fanRun as FanExport;
  const view = (at: number, count: number) => new Float64Array(memory.buffer, at, count);
  view(shape, 101).set(fertility.fertilityShape);
  const { firstFertileAge: first, lastFertileAge: last } = fertility;
  return {
    start: view(a, CELLS),
    par: view(par, maxSteps * 6),
    out: view(out, maxSteps * 5),
    grid: view(grid, levels * 3 * CELLS),
    copied: new Uint8Array(levels),
    levelAt: (level) => grid + level * levelBytes,
    run(steps, maleShare, womenNow) {
      fanRun(a, b, shape, first, last, par, out, steps, maleShare, womenNow);
    },
  };
}

/** The engine's kernel for a compiled cohort.wasm. */
export function cohortKernel(module: WebAssembly.Module): CohortKernel {
  return {
    create: (prepared, years) => buffersFor(module, prepared, years),
    createFan: (prepared, levels, maxSteps) => fanBuffersFor(module, prepared, levels, maxSteps),
  };
}
