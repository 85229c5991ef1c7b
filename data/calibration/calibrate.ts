// `npm run calibrate`: fit the migration schedule and the old-age mortality level so that the baseline
// (real engine, real tables) comes close to the plan's published results, within plausibility limits.
// Deterministic: a seeded differential evolution. Writes fitted_parameters.csv, fit.csv and
// constraints.csv beside this file; `npm run data` then rebuilds migration.parquet from them.
//   npm run calibrate -- [--seed N] [--generations N] [--dry-run]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCEPTANCE, createEvaluator, publishedTargets, registryDeaths2024, type Evaluation, type Target } from './objective.ts';
import { differentialEvolution, type Bounds } from './optimiser.ts';
import {
  CALIBRATION_DIR,
  formatParameters,
  PARAMETERS_FILE,
  type CalibratedParameters,
  type ParameterName,
  type ParameterRow,
} from './parameters.ts';
import { residualRange65plus } from './residual.ts';
import { csvCell } from '../pipeline/csv.ts';

/** One fitted parameter: its bounds and what it means (written to fitted_parameters.csv). */
export interface ParameterSpec {
  name: ParameterName;
  unit: string;
  bounds: Bounds;
  meaning: string;
}

const residual = residualRange65plus();

/** The six fitted parameters, in the optimiser's order. */
export const PARAMETERS: readonly ParameterSpec[] = [
  {
    name: 'aIn',
    unit: 'per year',
    bounds: [0, 0.5],
    meaning: 'level of the young-adult in-migration curve aIn·RC(x; muIn) (Rogers–Castro shape, alpha 0.1, lambda 0.4)',
  },
  { name: 'muIn', unit: 'years', bounds: [12, 20], meaning: 'location of the in-migration curve; its peak is about 3.5 years later' },
  {
    name: 'aOut',
    unit: 'per year',
    bounds: [0, 0.5],
    meaning: 'level of the family out-migration curve aOut·RC(x; muOut); children leave at aOut/3·exp(-0.1x)',
  },
  { name: 'muOut', unit: 'years', bounds: [20, 40], meaning: 'location of the out-migration curve; its peak is about 3.5 years later' },
  {
    name: 'c',
    unit: 'per year',
    bounds: [residual.min, residual.max],
    meaning: `constant net rate at every age; bounds = the range of the residual estimate's 65-99 group rates (residual_migration.parquet), so old-age migration stays within what the registry shows`,
  },
  {
    name: 'theta',
    unit: 'ratio',
    bounds: [0.85, 1.08],
    meaning:
      'multiplier on death rates at ages 65+ (1 = survival.parquet life tables); 1.08 = national 2015 e0 level; the 2024 registry deaths must be matched within 5 %',
  },
];

/** θ is searched on this grid so that survival and base population are built once per value. */
export const THETA_STEP = 0.001;

export function toParameters(x: readonly number[]): CalibratedParameters {
  const p = Object.fromEntries(PARAMETERS.map((s, i) => [s.name, x[i]])) as unknown as CalibratedParameters;
  p.theta = Math.round(p.theta / THETA_STEP) * THETA_STEP;
  p.theta = Number(p.theta.toFixed(3));
  return p;
}

export interface Calibration {
  parameters: CalibratedParameters;
  evaluation: Evaluation;
  generations: number;
  evaluations: number;
  converged: boolean;
}

export const DEFAULT_SEED = 20220101;
export const DEFAULT_GENERATIONS = 400;

export function calibrate(seed = DEFAULT_SEED, generations = DEFAULT_GENERATIONS, log?: (g: number, v: number) => void): Calibration {
  const evaluate = createEvaluator();
  const r = differentialEvolution(
    (x) => evaluate(toParameters(x)).value,
    PARAMETERS.map((s) => s.bounds),
    {
      seed,
      maxGenerations: generations,
      tolerance: 1e-8,
      onGeneration: log ? (g, v) => log(g, v) : undefined,
    },
  );
  const parameters = toParameters(r.x);
  return { parameters, evaluation: evaluate(parameters), generations: r.generations, evaluations: r.evaluations, converged: r.converged };
}

// ---------------------------------------------------------------- reports

export interface FitRow {
  indicator: string;
  kind: string;
  published_value: number;
  published_year: number;
  model_value: number;
  model_year: number;
  /** Relative error (peaks, %) or difference (aging rate, percentage points). */
  error: number;
  error_unit: string;
  year_error: number;
  value_tolerance: number;
  year_tolerance: number;
  within_tolerance: boolean;
}

export function fitRows(e: Evaluation, targets: readonly Target[] = publishedTargets()): FitRow[] {
  return targets.map((t) => {
    if (t.indicator === 'aging_rate') {
      const v = e.summary.rows.find((r) => r.year === t.year)!.aging_rate;
      const err = v - t.value;
      return {
        indicator: t.indicator,
        kind: t.kind,
        published_value: t.value,
        published_year: t.year,
        model_value: v,
        model_year: t.year,
        error: err,
        error_unit: 'percentage points',
        year_error: 0,
        value_tolerance: ACCEPTANCE.agingRate,
        year_tolerance: 0,
        within_tolerance: Math.abs(err) <= ACCEPTANCE.agingRate,
      };
    }
    const peak = e.summary.peaks[t.indicator];
    const err = 100 * (peak.value / t.value - 1);
    const yearTol = ACCEPTANCE.peakYear[t.indicator];
    return {
      indicator: t.indicator,
      kind: t.kind,
      published_value: t.value,
      published_year: t.year,
      model_value: peak.value,
      model_year: peak.year,
      error: err,
      error_unit: '%',
      year_error: peak.year - t.year,
      value_tolerance: 100 * ACCEPTANCE.peakValue,
      year_tolerance: yearTol,
      within_tolerance: Math.abs(err) <= 100 * ACCEPTANCE.peakValue && Math.abs(peak.year - t.year) <= yearTol,
    };
  });
}

export interface ConstraintRow {
  check: string;
  value: number;
  limit: string;
  ok: boolean;
}

export function constraintRows(e: Evaluation, fitted = PARAMETERS.length): ConstraintRow[] {
  const max = Math.max(...e.net);
  const min = Math.min(...e.net);
  const deaths = registryDeaths2024();
  const rows: ConstraintRow[] = [
    { check: 'highest single-age net rate (per year)', value: max, limit: `<= ${ACCEPTANCE.maxNetRate}`, ok: max <= ACCEPTANCE.maxNetRate },
    { check: 'lowest single-age net rate (per year)', value: min, limit: `>= ${ACCEPTANCE.minNetRate}`, ok: min >= ACCEPTANCE.minNetRate },
    ...e.netTotals.map(({ year, net }) => ({
      check: `net migrants in ${year} (persons)`,
      value: net,
      limit: `${ACCEPTANCE.netTotal[0]}..${ACCEPTANCE.netTotal[1]}`,
      ok: net >= ACCEPTANCE.netTotal[0] && net <= ACCEPTANCE.netTotal[1],
    })),
    {
      check: `deaths in 2024 (persons; registry ${deaths})`,
      value: e.deaths2024,
      limit: `within ${100 * ACCEPTANCE.deaths2024} % of ${deaths}`,
      ok: Math.abs(e.deaths2024 / deaths - 1) <= ACCEPTANCE.deaths2024,
    },
    {
      check: 'fitted parameters',
      value: fitted,
      limit: `<= ${ACCEPTANCE.maxFittedParameters}`,
      ok: fitted <= ACCEPTANCE.maxFittedParameters,
    },
  ];
  return rows;
}

export function toCsv<R extends object>(rows: readonly R[]): string {
  const keys = Object.keys(rows[0]) as (keyof R)[];
  return `${keys.join(',')}\n${rows.map((r) => keys.map((k) => csvCell(String(r[k]))).join(',')).join('\n')}\n`;
}

export function parameterRows(p: CalibratedParameters): ParameterRow[] {
  return PARAMETERS.map((s) => ({
    name: s.name,
    value: p[s.name],
    unit: s.unit,
    lower: s.bounds[0],
    upper: s.bounds[1],
    fitted: true,
    meaning: s.meaning,
  }));
}

const fmt = (v: number, digits = 0) => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printReport(c: Calibration, seed: number): void {
  const fit = fitRows(c.evaluation);
  console.log(
    `calibration: seed ${seed}, ${c.generations} generations, ${c.evaluations} projections, ${c.converged ? 'converged' : 'stopped at the generation limit'}; objective ${c.evaluation.value.toFixed(4)} (fit ${c.evaluation.terms.fit.toFixed(4)}, constraints ${c.evaluation.terms.constraints.toFixed(4)})\n`,
  );
  console.log('parameter   value          bounds');
  for (const s of PARAMETERS)
    console.log(
      `${s.name.padEnd(10)}  ${String(Number(c.parameters[s.name].toPrecision(6))).padEnd(13)}  [${s.bounds[0]}, ${s.bounds[1]}] ${s.unit}`,
    );
  console.log('\nindicator   published          model              error');
  for (const r of fit) {
    const pub =
      r.error_unit === '%' ? `${fmt(r.published_value)} (${r.published_year})` : `${r.published_value.toFixed(1)} % (${r.published_year})`;
    const mod = r.error_unit === '%' ? `${fmt(r.model_value)} (${r.model_year})` : `${r.model_value.toFixed(2)} % (${r.model_year})`;
    const err =
      r.error_unit === '%'
        ? `${r.error >= 0 ? '+' : ''}${r.error.toFixed(2)} %, year ${r.year_error >= 0 ? '+' : ''}${r.year_error}`
        : `${r.error >= 0 ? '+' : ''}${r.error.toFixed(2)} pp`;
    console.log(
      `${r.indicator.padEnd(10)}  ${pub.padEnd(17)}  ${mod.padEnd(17)}  ${err.padEnd(22)} ${r.within_tolerance ? 'ok' : 'OUTSIDE TOLERANCE'}`,
    );
  }
  console.log('\nconstraint checks');
  for (const r of constraintRows(c.evaluation))
    console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.check}: ${Math.abs(r.value) < 1 ? r.value.toFixed(4) : fmt(r.value)} (${r.limit})`);
  console.log('\nnet rate by age (per 1,000 a year):');
  const line: string[] = [];
  for (let a = 0; a <= 100; a += 5) line.push(`${a}: ${(1000 * c.evaluation.net[a]).toFixed(1)}`);
  console.log(`  ${line.join('  ')}`);
}

function parseArgs(argv: readonly string[]): { seed: number; generations: number; dryRun: boolean } {
  const out = { seed: DEFAULT_SEED, generations: DEFAULT_GENERATIONS, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (what: string) => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${what} must be a whole number ≥ 0, got ${JSON.stringify(argv[i])}`);
      return v;
    };
    if (a === '--seed') out.seed = num('--seed');
    else if (a === '--generations') out.generations = num('--generations');
    else if (a === '--dry-run') out.dryRun = true;
    else throw new Error(`unknown argument ${JSON.stringify(a)} (known: --seed N, --generations N, --dry-run)`);
  }
  return out;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const started = Date.now();
    const c = calibrate(args.seed, args.generations, (g, v) => {
      if (g % 25 === 0) console.error(`generation ${g}: objective ${v.toFixed(4)}`);
    });
    printReport(c, args.seed);
    console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!args.dryRun) {
      writeFileSync(PARAMETERS_FILE, formatParameters(parameterRows(c.parameters)));
      writeFileSync(path.join(CALIBRATION_DIR, 'fit.csv'), toCsv(fitRows(c.evaluation)));
      writeFileSync(path.join(CALIBRATION_DIR, 'constraints.csv'), toCsv(constraintRows(c.evaluation)));
      console.log(`wrote ${PARAMETERS_FILE}, fit.csv, constraints.csv; run npm run data to rebuild public/data/migration.parquet`);
    }
  } catch (e) {
    console.error(`calibrate: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
