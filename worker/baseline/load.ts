// The baseline: public/data/ tables assembled into explicit ProjectionInputs (shared by the CLI and the browser).
import { validateInputs } from '../engine/inputs.ts';
import { DEFAULT_SCENARIO } from '../engine/scenario.ts';
import { AGES, type BySex, type ProjectionInputs } from '../engine/types.ts';
import { numberIn, readTable, type ReadFile, type Row } from './parquet.ts';

/** The files the baseline is read from (names within public/data/). */
export const BASELINE_FILES = {
  population: 'base_population.parquet',
  survival: 'survival.parquet',
  fertility: 'fertility.parquet',
  migration: 'migration.parquet',
  assumptions: 'assumptions.parquet',
} as const;

const MIGRATION_HINT =
  'the migration rates come from the calibration (npm run calibrate), which has not written them yet; until then, project explicit inputs (--inputs FILE.json)';

/** The plan's base date (住民基本台帳, 2021-01-01), used when assumptions.parquet has no base_date. */
const PLAN_BASE_YEAR = 2021;

function ageOf(row: Row, table: string, index: number): number {
  const age = numberIn(row, 'age', table, index);
  if (!Number.isInteger(age) || age < 0 || age >= AGES) throw new Error(`${table} row ${index + 1}: age ${age} is not a whole age 0..100`);
  return age;
}

/** One column by sex × age from a table with exactly one row per sex and age 0..100. */
function bySexAge(rows: Row[], table: string, columns: readonly string[]): Record<string, BySex<number[]>> {
  if (rows.length !== 2 * AGES) throw new Error(`${table} must have ${2 * AGES} rows (2 sexes × ages 0..100), got ${rows.length}`);
  const out: Record<string, BySex<number[]>> = {};
  for (const column of columns) out[column] = { male: Array(AGES).fill(NaN), female: Array(AGES).fill(NaN) };
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const sex = row.sex;
    if (sex !== 'male' && sex !== 'female') throw new Error(`${table} row ${i + 1}: sex ${JSON.stringify(sex)} is not "male" or "female"`);
    const age = ageOf(row, table, i);
    if (seen.has(`${sex}${age}`)) throw new Error(`${table} has two rows for ${sex} age ${age}`);
    seen.add(`${sex}${age}`);
    for (const column of columns) out[column][sex][age] = numberIn(row, column, table, i);
  });
  return out;
}

function byAge(rows: Row[], table: string, column: string): number[] {
  if (rows.length !== AGES) throw new Error(`${table} must have ${AGES} rows (ages 0..100), got ${rows.length}`);
  const out = Array<number>(AGES).fill(NaN);
  rows.forEach((row, i) => {
    const age = ageOf(row, table, i);
    if (!Number.isNaN(out[age])) throw new Error(`${table} has two rows for age ${age}`);
    out[age] = numberIn(row, column, table, i);
  });
  return out;
}

function constantBySex(values: BySex<number[]>, table: string, column: string): BySex<number> {
  const pick = (sex: 'male' | 'female') => {
    const xs = values[sex];
    if (xs.some((x) => x !== xs[0]))
      throw new Error(`${table}: ${column} must be the same for every ${sex} age, got ${Math.min(...xs)} to ${Math.max(...xs)}`);
    return xs[0];
  };
  return { male: pick('male'), female: pick('female') };
}

/** key → value (and value_text) of assumptions.parquet, or an empty map when the file is absent. */
async function assumptions(readFile: ReadFile): Promise<Map<string, Row>> {
  let buffer: ArrayBuffer;
  try {
    buffer = await readFile(BASELINE_FILES.assumptions);
  } catch {
    return new Map();
  }
  const rows = await readTable(async () => buffer, BASELINE_FILES.assumptions, ['key', 'value', 'value_text']);
  return new Map(rows.map((row) => [String(row.key), row]));
}

/**
 * Reads public/data/ and assembles the baseline ProjectionInputs: base population, survival and birth
 * survival, fertility shape, migration rates, and the plan's TFR and sex ratio at birth (assumptions.parquet).
 * Each table must hold exactly one row per sex and age. Throws an Error naming the file and the problem.
 */
export async function loadBaselineInputs(readFile: ReadFile): Promise<ProjectionInputs> {
  // Read in parallel, but report the first failure in this order, whichever finished first.
  const settled = await Promise.allSettled([
    readTable(readFile, BASELINE_FILES.population, ['sex', 'age', 'population']),
    readTable(readFile, BASELINE_FILES.survival, ['sex', 'age', 'survival', 'birth_survival']),
    readTable(readFile, BASELINE_FILES.fertility, ['age', 'shape', 'asfr']),
    readTable(readFile, BASELINE_FILES.migration, ['sex', 'age', 'in_rate', 'out_rate'], MIGRATION_HINT),
  ]);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const [population, survival, fertility, migration] = settled.map((s) => (s as PromiseFulfilledResult<Row[]>).value);
  const assumed = await assumptions(readFile);
  const people = bySexAge(population, BASELINE_FILES.population, ['population']);
  const life = bySexAge(survival, BASELINE_FILES.survival, ['survival', 'birth_survival']);
  const moves = bySexAge(migration, BASELINE_FILES.migration, ['in_rate', 'out_rate']);
  const asfr = byAge(fertility, BASELINE_FILES.fertility, 'asfr');
  const value = (key: string) => {
    const v = assumed.get(key)?.value;
    return typeof v === 'number' ? v : undefined;
  };
  const baseDate = assumed.get('base_date')?.value_text;
  const baseYear = typeof baseDate === 'string' && /^\d{4}-01-01$/.test(baseDate) ? Number(baseDate.slice(0, 4)) : PLAN_BASE_YEAR;
  const inputs = {
    baseYear,
    population: people.population,
    survival: life.survival,
    birthSurvival: constantBySex(life.birth_survival, BASELINE_FILES.survival, 'birth_survival'),
    fertilityShape: byAge(fertility, BASELINE_FILES.fertility, 'shape'),
    // fertility.parquet's asfr is the shape at the plan's TFR, so its sum stands in when assumptions lack tfr.
    tfr: value('tfr') ?? asfr.reduce((s, x) => s + x, 0),
    srb: value('srb') ?? DEFAULT_SCENARIO.srb,
    inMigrationRate: moves.in_rate,
    outMigrationRate: moves.out_rate,
  };
  try {
    return validateInputs(inputs);
  } catch (error) {
    throw new Error(`baseline inputs from public/data: ${(error as Error).message}`);
  }
}
