// npm run bench — how long one projection takes, and how many fit in one 16.7 ms animation frame.
// Not a test: it prints numbers. Times batches of runs with process.hrtime.bigint (one run is ~10 µs,
// too short to time alone) after a warm-up, so that V8 has optimised the engine.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadBaselineInputs } from '../baseline/load.ts';
import { DEFAULT_DATA_DIR, readFromDirectory } from '../cli/files.ts';
import { components, createResult, prepare, project, summary, type Prepared, type ProjectionInputs } from '../engine/index.ts';
import { ageOneYear } from '../engine/cohort.ts';
import { wasmAgeing } from './ageing-wasm.ts';
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
const aspiration = { tfr: [[2021, 0.99], [2030, 1.8], [2040, 2.07]], mortalityDecline: 1 };
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
console.log(`${WARMUP_RUNS.toLocaleString('en-US')} warm-up runs, then ${BATCHES} batches × ${RUNS_PER_BATCH} runs; µs per run (2021–2065, 44 yearly steps × 202 cells)\n`);
console.log(`${'scenario'.padEnd(58)}${'median'.padStart(7)}${'p95'.padStart(7)}${'min'.padStart(7)}  runs/frame (median)`);
for (const [name, t] of rows) {
  console.log(`${name.padEnd(58)}${f(t.median)}${f(t.p95)}${f(t.min)}  ${Math.floor((FRAME_MS * 1000) / t.median).toLocaleString('en-US')}`);
}
console.log(`\n1,000-run fan, wall time (median of 30): TFR and migration vary ${fan(prepared, fanSame).toFixed(2)} ms; mortality too ${fan(prepared, fanMortality).toFixed(2)} ms (frame: ${FRAME_MS.toFixed(1)} ms)`);

// The bands' fan (engine/fan.ts) against 1,000 deterministic runs, alternating A and B in one process:
// TFR, mortality and migration all vary in every year of every trajectory (docs/bands.md). "fan" is the
// runs and their quantiles (what the worker does for one drawing of the bands); "runs only" leaves the
// quantiles out. The deterministic runs are 1,000 project() calls of the same scenario, the plan's.
{
  const shocks = shocksFor(prepared, 7, 1000);
  const out = createResult(prepared);
  const det = () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) project(prepared, {}, out);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
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
  for (let i = 0; i < 5; i++) { det(); fanOnly(); fanFull(); }
  const rounds = 31;
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  const ratios: number[] = [];
  const runRatios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so a drift in the machine's speed is shared.
    const order = r % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
    const t = [0, 0, 0];
    for (const k of order) t[k] = k === 0 ? det() : k === 1 ? fanOnly() : fanFull();
    a.push(t[0]);
    b.push(t[1]);
    c.push(t[2]);
    ratios.push(t[2] / t[0]);
    runRatios.push(t[1] / t[0]);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  console.log(`\nBands fan vs deterministic, ${rounds} alternating rounds (medians; the ratio is the median of each round's ratio):`);
  console.log(`  1,000 deterministic runs (project, plan's scenario)     ${median(a).toFixed(2)} ms`);
  console.log(`  1,000-run fan, TFR + mortality + migration vary, runs   ${median(b).toFixed(2)} ms  (ratio ${median(runRatios).toFixed(2)})`);
  console.log(`  1,000-run fan with its quantiles (what a band costs)    ${median(c).toFixed(2)} ms`);
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
console.log(`ageing alone (${steps} × ageOneYear, the floor of a projection in this layout): median ${ageing.median.toFixed(1)} µs, min ${ageing.min.toFixed(1)} µs`);

// The same step as a wasm f64x2 kernel (a prototype the engine does not use: ageing-wasm.ts), checked
// to give the same numbers bit for bit.
const simd = (() => {
  const kernel = wasmAgeing(result.years, 202);
  const { cells, growthAt } = kernel;
  const js = new Float64Array(result.population);
  cells.set(result.population);
  cells.set(prepared.heldGrowth.subarray(0, 202), growthAt);
  for (let step = 0; step < steps; step++) {
    ageOneYear(js, prepared.heldGrowth, step * 202, 0);
    kernel.age(step * 202, 0);
  }
  for (let i = 0; i < js.length; i++) {
    if (!Object.is(js[i], cells[i])) throw new Error(`wasm ageing differs from ageOneYear at cell ${i}`);
  }
  return timeRuns(() => {
    for (let step = 0; step < steps; step++) kernel.age(step * 202, 0);
  });
})();
console.log(`ageing alone in wasm f64x2 (prototype, same results): median ${simd.median.toFixed(1)} µs, min ${simd.min.toFixed(1)} µs`);

// Not in the fan's hot path, for reference.
const once = (fn: () => unknown, runs = 200) => {
  for (let i = 0; i < 50; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1000 / runs;
};
console.log(`components(result) ${once(() => components(result)).toFixed(0)} µs, summary(result) ${once(() => summary(result)).toFixed(0)} µs, prepare(inputs) ${once(() => prepare(base)).toFixed(0)} µs`);
