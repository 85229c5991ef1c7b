// npm run bench — how long one projection takes, and how many fit in one 16.7 ms animation frame.
// Not a test: it prints numbers. Times batches of runs with process.hrtime.bigint (one run is ~10 µs,
// too short to time alone) after a warm-up, so that V8 has optimised the engine.
//
// The scenario table times the TypeScript engine (the reference); then the wasm kernel (worker/kernel/,
// compiled now from cohort.wat) is installed and one deterministic projection is timed in TypeScript and
// in wasm, batches alternating, before the bands' fan is set against 1,000 deterministic runs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadBaselineInputs } from '../baseline/load.ts';
import { DEFAULT_DATA_DIR, readFromDirectory } from '../cli/files.ts';
import { components, createResult, prepare, project, summary, type Prepared, type ProjectionInputs } from '../engine/index.ts';
import { ageOneYear } from '../engine/cohort.ts';
import { installKernel } from '../engine/kernel.ts';
import { cohortKernel } from '../kernel/kernel.ts';
import { compileKernel } from '../kernel/node.ts';
import { seededRandom } from '../engine/random.ts';
import { syntheticInputs } from '../engine/synthetic.ts';
import { fanBands, runFan, shocksFor } from '../engine/fan.ts';

const FRAME_MS = 1000 / 60;
const WARMUP_RUNS = 20_000;
const BATCHES = 400;
const RUNS_PER_BATCH = 50;

interface Timing {
  median: number;
  p95: number;
  min: number;
}

/** Per-run time in µs of `one` over batches, after a warm-up. */
function timeRuns(one: (run: number) => void): Timing {
  for (let i = 0; i < WARMUP_RUNS; i++) one(i);
  const perRun: number[] = [];
  let run = 0;
  for (let b = 0; b < BATCHES; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < RUNS_PER_BATCH; i++) one(run++);
    perRun.push(Number(process.hrtime.bigint() - start) / 1000 / RUNS_PER_BATCH);
  }
  perRun.sort((a, b) => a - b);
  return { median: perRun[BATCHES >> 1], p95: perRun[Math.floor(BATCHES * 0.95)], min: perRun[0] };
}

/** Per-run time of a projection; `next` gives each run's scenario. */
function time(prepared: Prepared, next: (run: number) => object): Timing {
  const out = createResult(prepared);
  return timeRuns((run) => project(prepared, next(run), out));
}

/** Wall time in ms of whole 1,000-run fans (scenarios drawn beforehand), median of `repeats`. */
function fan(prepared: Prepared, scenarios: object[], repeats = 30): number {
  const out = createResult(prepared);
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    for (const scenario of scenarios) project(prepared, scenario, out);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[repeats >> 1];
}

async function inputs(): Promise<{ inputs: ProjectionInputs; label: string }> {
  if (existsSync(path.join(DEFAULT_DATA_DIR, 'migration.parquet'))) {
    return { inputs: await loadBaselineInputs(readFromDirectory(DEFAULT_DATA_DIR)), label: 'baseline (public/data)' };
  }
  return { inputs: syntheticInputs(), label: 'synthetic (public/data/migration.parquet not built yet)' };
}

const { inputs: base, label } = await inputs();
const prepared = prepare(base);
const random = seededRandom(2021);
const aspiration = {
  tfr: [
    [2021, 0.99],
    [2030, 1.8],
    [2040, 2.07],
  ],
  mortalityDecline: 1,
};
const draw = () => ({
  tfr: 0.7 + 0.8 * random(),
  inMigration: 0.8 + 0.4 * random(),
  outMigration: 0.8 + 0.4 * random(),
});
const fanSame = Array.from({ length: 1000 }, draw);
const fanMortality = Array.from({ length: 1000 }, () => ({ ...draw(), mortalityDecline: -1 + 3 * random() }));

const rows: [string, Timing][] = [
  ['plan defaults, 2021–2065', time(prepared, () => ({}))],
  ['TFR path 0.99→1.8 (2030)→2.07 (2040) + mortality −1 %/yr', time(prepared, () => aspiration)],
  ['fan draws: TFR and migration vary', time(prepared, (i) => fanSame[i % 1000])],
  ['fan draws: mortality decline varies too', time(prepared, (i) => fanMortality[i % 1000])],
];

const f = (x: number) => x.toFixed(1).padStart(7);
console.log(`Projection benchmark — Node ${process.version}, inputs: ${label}`);
console.log(
  `${WARMUP_RUNS.toLocaleString('en-US')} warm-up runs, then ${BATCHES} batches × ${RUNS_PER_BATCH} runs; µs per run (2021–2065, 44 yearly steps × 202 cells)\n`,
);
console.log(`${'scenario'.padEnd(58)}${'median'.padStart(7)}${'p95'.padStart(7)}${'min'.padStart(7)}  runs/frame (median)`);
for (const [name, t] of rows) {
  console.log(
    `${name.padEnd(58)}${f(t.median)}${f(t.p95)}${f(t.min)}  ${Math.floor((FRAME_MS * 1000) / t.median).toLocaleString('en-US')}`,
  );
}
console.log(
  `\n1,000-run fan, wall time (median of 30): TFR and migration vary ${fan(prepared, fanSame).toFixed(2)} ms; mortality too ${fan(prepared, fanMortality).toFixed(2)} ms (frame: ${FRAME_MS.toFixed(1)} ms)`,
);

// One deterministic projection (the plan's scenario) in TypeScript and in the wasm kernel: batches
// alternate between the two in one process, so a drift in the machine's speed is shared. The kernel
// gives the same numbers bit for bit (worker/kernel/kernel.test.ts); checked here once more.
const kernelModule = await compileKernel();
{
  const ts = createResult(prepared); // made before the kernel is installed: TypeScript
  installKernel(cohortKernel(kernelModule));
  const wasm = createResult(prepared);
  if (!wasm.kernel || ts.kernel) throw new Error('bench: the results are not one TypeScript and one kernel result');
  project(prepared, {}, ts);
  project(prepared, {}, wasm);
  for (let i = 0; i < ts.population.length; i++) {
    if (!Object.is(ts.population[i], wasm.population[i])) throw new Error(`bench: the kernel differs from TypeScript at cell ${i}`);
  }
  for (let i = 0; i < WARMUP_RUNS; i++) {
    project(prepared, {}, ts);
    project(prepared, {}, wasm);
  }
  const tsTimes: number[] = [];
  const wasmTimes: number[] = [];
  const batch = (out: typeof ts) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < RUNS_PER_BATCH; i++) project(prepared, {}, out);
    return Number(process.hrtime.bigint() - start) / 1000 / RUNS_PER_BATCH;
  };
  for (let b = 0; b < BATCHES; b++) {
    if (b % 2 === 0) {
      tsTimes.push(batch(ts));
      wasmTimes.push(batch(wasm));
    } else {
      wasmTimes.push(batch(wasm));
      tsTimes.push(batch(ts));
    }
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const min = (xs: number[]) => Math.min(...xs);
  console.log(`\nOne deterministic projection (plan defaults, 2021–2065), ${BATCHES} alternating batches × ${RUNS_PER_BATCH} runs:`);
  console.log(`  TypeScript (reference, fallback)   median ${med(tsTimes).toFixed(2)} µs, min ${min(tsTimes).toFixed(2)} µs`);
  console.log(`  wasm kernel (cohort.wat, f64x2)    median ${med(wasmTimes).toFixed(2)} µs, min ${min(wasmTimes).toFixed(2)} µs`);
  console.log(`deterministic projection: ${med(wasmTimes).toFixed(2)} µs median (wasm; target ≤ 6 µs)`);
  console.log(`kernel speedup: ${(med(tsTimes) / med(wasmTimes)).toFixed(2)}`);
}

// The bands' fan (engine/fan.ts, its loop in the kernel) against 1,000 deterministic runs, alternating in one process:
// TFR, mortality and migration all vary in every year of every trajectory (docs/bands.md). "fan" is the
// runs and their quantiles (what the worker does for one drawing of the bands); "runs only" leaves the
// quantiles out. The deterministic runs are 1,000 project() calls of the same scenario, the plan's, as
// the engine runs them now (in the kernel); the same runs in TypeScript give the second ratio.
{
  const shocks = shocksFor(prepared, 7, 1000);
  const out = createResult(prepared);
  installKernel(null);
  const outTs = createResult(prepared);
  installKernel(cohortKernel(kernelModule));
  const thousand = (result: typeof out) => () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) project(prepared, {}, result);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const det = thousand(out);
  const detTs = thousand(outTs);
  let values: Float64Array | undefined;
  const fanOnly = () => {
    const start = process.hrtime.bigint();
    values = runFan(prepared, {}, shocks, 1000, values).values;
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const fanFull = () => {
    const start = process.hrtime.bigint();
    fanBands(runFan(prepared, {}, shocks, 1000, values), 7);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  // The same fan with its loop in TypeScript (runFan uses the kernel only while one is installed).
  const kernel = cohortKernel(kernelModule);
  const fanTs = () => {
    installKernel(null);
    const start = process.hrtime.bigint();
    fanBands(runFan(prepared, {}, shocks, 1000, values), 7);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    installKernel(kernel);
    return ms;
  };
  installKernel(kernel);
  for (let i = 0; i < 5; i++) {
    det();
    detTs();
    fanOnly();
    fanFull();
    fanTs();
  }
  const rounds = 31;
  const a: number[] = [];
  const aTs: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  const cTs: number[] = [];
  const ratios: number[] = [];
  const tsRatios: number[] = [];
  const runRatios: number[] = [];
  const timers = [det, detTs, fanOnly, fanFull, fanTs];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so a drift in the machine's speed is shared.
    const order = r % 2 === 0 ? [0, 1, 2, 3, 4] : [4, 3, 2, 1, 0];
    const t = [0, 0, 0, 0, 0];
    for (const k of order) t[k] = timers[k]();
    a.push(t[0]);
    aTs.push(t[1]);
    b.push(t[2]);
    c.push(t[3]);
    cTs.push(t[4]);
    ratios.push(t[3] / t[0]);
    tsRatios.push(t[3] / t[1]);
    runRatios.push(t[2] / t[0]);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  console.log(`\nBands fan vs deterministic, ${rounds} alternating rounds (medians; a ratio is the median of each round's ratio):`);
  console.log(`  1,000 deterministic runs (project, plan's scenario, wasm)    ${median(a).toFixed(2)} ms`);
  console.log(`  1,000 deterministic runs, TypeScript                         ${median(aTs).toFixed(2)} ms`);
  console.log(
    `  1,000-run fan, TFR + mortality + migration vary, runs        ${median(b).toFixed(2)} ms  (ratio ${median(runRatios).toFixed(2)})`,
  );
  console.log(`  1,000-run fan with its quantiles (what a band costs)         ${median(c).toFixed(2)} ms`);
  console.log(`  the same fan with its loop in TypeScript                     ${median(cTs).toFixed(2)} ms`);
  console.log(`fan ratio vs TypeScript deterministic runs: ${median(tsRatios).toFixed(2)}`);
  console.log(`fan ratio: ${median(ratios).toFixed(2)}`);
}

// The floor: the engine's ageing step alone, 44 times over one result's rows (no births, no rates, no
// scenario), timed the same way. A whole projection cannot take less in this layout.
const result = project(prepared);
const steps = result.years - 1;
const ageing = (() => {
  const { population } = createResult(prepared);
  population.set(result.population);
  return timeRuns(() => {
    for (let step = 0; step < steps; step++) ageOneYear(population, prepared.heldGrowth, step * 202, 0);
  });
})();
console.log(
  `ageing alone (${steps} × ageOneYear, the floor of a projection in this layout): median ${ageing.median.toFixed(1)} µs, min ${ageing.min.toFixed(1)} µs`,
);

// Not in the fan's hot path, for reference.
const once = (fn: () => unknown, runs = 200) => {
  for (let i = 0; i < 50; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1000 / runs;
};
console.log(
  `components(result) ${once(() => components(result)).toFixed(0)} µs, summary(result) ${once(() => summary(result)).toFixed(0)} µs, prepare(inputs) ${once(() => prepare(base)).toFixed(0)} µs`,
);
