// Registered (actual) populations from public/data/actuals.parquet, as rows compareWithActuals() takes.
import type { ActualCount } from '../engine/compare.ts';
import { numberIn, readTable, type ReadFile } from './parquet.ts';

export const ACTUALS_FILE = 'actuals.parquet';

/** Reads actuals.parquet (ref_date, source, sex, nationality, age_from, age_to (null = open), age_label, population). */
export async function loadActuals(readFile: ReadFile): Promise<ActualCount[]> {
  const columns = ['ref_date', 'source', 'sex', 'nationality', 'age_from', 'age_to', 'age_label', 'population'];
  const rows = await readTable(readFile, ACTUALS_FILE, columns);
  return rows.map((row, i) => {
    const date = row.ref_date instanceof Date ? row.ref_date.toISOString().slice(0, 10) : String(row.ref_date);
    const sex = row.sex;
    if (sex !== 'total' && sex !== 'male' && sex !== 'female')
      throw new Error(`${ACTUALS_FILE} row ${i + 1}: sex ${JSON.stringify(sex)} is not total, male or female`);
    return {
      ref_date: date,
      source: String(row.source),
      sex,
      nationality: String(row.nationality),
      age_from: numberIn(row, 'age_from', ACTUALS_FILE, i),
      age_to: row.age_to === null || row.age_to === undefined ? null : numberIn(row, 'age_to', ACTUALS_FILE, i),
      age_label: String(row.age_label),
      population: numberIn(row, 'population', ACTUALS_FILE, i),
    };
  });
}
