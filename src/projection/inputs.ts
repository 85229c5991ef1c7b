// The baseline's ProjectionInputs, assembled from the tables the catalog has already decoded
// (hyparquet, src/data/parquet.ts): nothing is fetched or decoded a second time, and nothing waits
// for DuckDB. The same checks as worker/baseline/load.ts (the CLI's reader of the same files):
// one row per sex and age 0..100, birth survival constant per sex, the plan's TFR and sex ratio
// from assumptions.parquet. Every array is a fresh Float64Array, ready to be transferred.
import { DEFAULT_SCENARIO } from '../../worker/engine/scenario.ts';
import { AGES, type BySex } from '../../worker/engine/types.ts';
import type { TransferInputs } from '../../worker/projection.protocol.ts';
import { DataFileError, getColumn, getNumbers, getStrings, type DecodedTable } from '../data/parquet.ts';

/** The decoded tables the baseline is made of. `assumptions` may be absent (the plan's defaults are used). */
export interface BaselineTables {
  readonly population: DecodedTable;
  readonly survival: DecodedTable;
  readonly fertility: DecodedTable;
  readonly migration: DecodedTable;
  readonly assumptions: DecodedTable | null;
}

/** The plan's base date (住民基本台帳, 2021-01-01), used when assumptions.parquet has no base_date. */
const PLAN_BASE_YEAR = 2021;

function ages(table: DecodedTable): Float64Array {
  const values = getNumbers(table, 'age');
  for (let i = 0; i < values.length; i++) {
    const age = values[i];
    if (!Number.isInteger(age) || age < 0 || age >= AGES)
      throw new DataFileError(table.file, `row ${i + 1}: age ${age} is not a whole age 0..100`);
  }
  return values;
}

/** Columns by sex × age from a table with exactly one row per sex and age 0..100. */
function bySexAge<C extends string>(table: DecodedTable, columns: readonly C[]): Record<C, BySex<Float64Array>> {
  if (table.numRows !== 2 * AGES)
    throw new DataFileError(table.file, `must have ${2 * AGES} rows (2 sexes × ages 0..100), got ${table.numRows}`);
  const sexes = getStrings(table, 'sex');
  const age = ages(table);
  const values = columns.map((c) => getNumbers(table, c));
  const out = Object.fromEntries(
    columns.map((c) => [c, { male: new Float64Array(AGES).fill(NaN), female: new Float64Array(AGES).fill(NaN) }]),
  ) as Record<C, BySex<Float64Array>>;
  const seen = new Set<string>();
  for (let i = 0; i < table.numRows; i++) {
    const sex = sexes[i];
    if (sex !== 'male' && sex !== 'female')
      throw new DataFileError(table.file, `row ${i + 1}: sex ${JSON.stringify(sex)} is not "male" or "female"`);
    const key = `${sex} ${age[i]}`;
    if (seen.has(key)) throw new DataFileError(table.file, `has two rows for ${sex} age ${age[i]}`);
    seen.add(key);
    columns.forEach((c, j) => (out[c][sex][age[i]] = values[j][i]));
  }
  return out;
}

/** One column by age from a table with exactly one row per age 0..100. */
function byAge(table: DecodedTable, column: string): Float64Array {
  if (table.numRows !== AGES) throw new DataFileError(table.file, `must have ${AGES} rows (ages 0..100), got ${table.numRows}`);
  const age = ages(table);
  const values = getNumbers(table, column);
  const out = new Float64Array(AGES).fill(NaN);
  for (let i = 0; i < AGES; i++) {
    if (!Number.isNaN(out[age[i]])) throw new DataFileError(table.file, `has two rows for age ${age[i]}`);
    out[age[i]] = values[i];
  }
  return out;
}

function constantBySex(values: BySex<Float64Array>, table: DecodedTable, column: string): BySex<number> {
  const pick = (sex: 'male' | 'female') => {
    const xs = values[sex];
    if (xs.some((x) => x !== xs[0]))
      throw new DataFileError(table.file, `${column} must be the same for every ${sex} age, got ${Math.min(...xs)} to ${Math.max(...xs)}`);
    return xs[0];
  };
  return { male: pick('male'), female: pick('female') };
}

/** key → number and key → text of assumptions.parquet. */
function assumed(table: DecodedTable | null): { value(key: string): number | undefined; text(key: string): string | undefined } {
  if (!table) return { value: () => undefined, text: () => undefined };
  const keys = getStrings(table, 'key');
  const values = getColumn(table, 'value');
  const texts = getColumn(table, 'value_text');
  const row = (key: string) => keys.indexOf(key);
  return {
    value(key) {
      const i = row(key);
      if (i < 0 || (values.type !== 'float64' && values.type !== 'int32') || values.valid?.[i] === 0) return undefined;
      return values.values[i];
    },
    text(key) {
      const i = row(key);
      return i >= 0 && texts.type === 'string' ? (texts.values[i] ?? undefined) : undefined;
    },
  };
}

/**
 * The baseline inputs from decoded tables. Throws a DataFileError naming the file and the problem;
 * the engine (prepare, in the worker) then checks every value's range.
 */
export function assembleInputs(tables: BaselineTables): TransferInputs {
  const people = bySexAge(tables.population, ['population']);
  const life = bySexAge(tables.survival, ['survival', 'birth_survival']);
  const moves = bySexAge(tables.migration, ['in_rate', 'out_rate']);
  const shape = byAge(tables.fertility, 'shape');
  const asfr = byAge(tables.fertility, 'asfr');
  const plan = assumed(tables.assumptions);
  const baseDate = plan.text('base_date');
  return {
    baseYear: baseDate && /^\d{4}-01-01$/.test(baseDate) ? Number(baseDate.slice(0, 4)) : PLAN_BASE_YEAR,
    population: people.population,
    survival: life.survival,
    birthSurvival: constantBySex(life.birth_survival, tables.survival, 'birth_survival'),
    fertilityShape: shape,
    // fertility.parquet's asfr is the shape at the plan's TFR, so its sum stands in when assumptions lack tfr.
    tfr: plan.value('tfr') ?? asfr.reduce((s, x) => s + x, 0),
    srb: plan.value('srb') ?? DEFAULT_SCENARIO.srb,
    inMigrationRate: moves.in_rate,
    outMigrationRate: moves.out_rate,
  };
}

/** Words added to the error when migration.parquet is missing: it comes from the calibration. */
export const MIGRATION_HINT = 'the migration rates come from the calibration (npm run calibrate), which has not written them yet';
