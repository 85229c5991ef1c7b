// The engine's hook for a compiled kernel (worker/kernel/: cohort.wat built to WebAssembly).
//
// The TypeScript in cohort.ts is the reference and the fallback: project() runs the kernel only for a
// result whose buffers a kernel made (createResult does that once one is installed) and only on the
// paths it covers (mortality held, or the cached growth rows of a decline); everything else, and every
// result made before a kernel was installed, runs in TypeScript. Both give the same numbers bit for bit
// (worker/kernel/kernel.test.ts), so which one ran is never visible in a result.
//
// This file knows nothing about WebAssembly (the engine is checked with no DOM and no Node types): a
// kernel is anything that can make KernelBuffers.
/** One result's arrays inside a kernel's memory, and the call that fills them. */
export interface KernelBuffers {
  /** Jan 1 populations, [(y × 2 + sex) × 101 + age] (becomes the result's population). */
  readonly population: Float64Array;
  readonly births: Float64Array;
  readonly birthDeaths: Float64Array;
  readonly birthInMigrants: Float64Array;
  readonly birthOutMigrants: Float64Array;
  /** Growth rates: one row of 202 cells (every year alike) or one row per step. */
  readonly growth: Float64Array;
  /** [mortalityDecline, inMigration, outMigration] of the per-step rows in `growth` (NaN: not those). */
  readonly growthKey: Float64Array;
  /** TFR by step. */
  readonly tfr: Float64Array;
  /** Newborn rates, 8 a step: growth, death, inflow, outflow, each male then female. */
  readonly newborn: Float64Array;
  /**
   * Projects every step from population row 0. perStep: growth and newborn rates have a row per step
   * (else row 0 serves every year).
   */
  run(perStep: boolean, maleShare: number): void;
}

/** The fertility schedule a kernel keeps for its result (Prepared's fertilityShape, first and last fertile age). */
export interface KernelFertility {
  readonly fertilityShape: Float64Array;
  readonly firstFertileAge: number;
  readonly lastFertileAge: number;
}

/** The bands' fan in a kernel (fan.ts runFan): one trajectory a call, in a memory of its own. */
export interface FanKernelBuffers {
  /** The trajectory's starting row (202 cells): the base population, written before each run. */
  readonly start: Float64Array;
  /** Six numbers a step from fan.ts: grid row (kernel byte offset, see levelAt), mIn, mOut, TFR, newborn growth ♂, ♀. */
  readonly par: Float64Array;
  /** Five numbers a step from the kernel: total, 0–14, 15–64, 65+, aging rate. */
  readonly out: Float64Array;
  /** The grid in the kernel: level × 606 numbers, S, A and B rows of 202 (fan.ts interleaves them). */
  readonly grid: Float64Array;
  /** 1 where a level's row has been copied into `grid`. */
  readonly copied: Uint8Array;
  /** The kernel's byte offset of a level's row (what `par` carries). */
  levelAt(level: number): number;
  /** Runs `steps` years from `start`; womenNow is the start row's weighted women. */
  run(steps: number, maleShare: number, womenNow: number): void;
}

/** A compiled kernel: makes the buffers of one result (`years` Jan 1 rows) for this fertility schedule. */
export interface CohortKernel {
  create(fertility: KernelFertility, years: number): KernelBuffers;
  /** The fan's buffers for a grid of `levels` levels and up to `maxSteps` years. */
  createFan?(fertility: KernelFertility, levels: number, maxSteps: number): FanKernelBuffers;
}

let installed: CohortKernel | null = null;

/** Makes `kernel` the one results created from now on use (null: TypeScript only). */
export function installKernel(kernel: CohortKernel | null): void {
  installed = kernel;
}

/** The installed kernel, if any. */
export function installedKernel(): CohortKernel | null {
  return installed;
}
