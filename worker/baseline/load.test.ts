import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticInputs } from '../engine/synthetic.ts';
import { baselineTables, readFrom, writeTables, type Table } from './fixtures.ts';
import { loadBaselineInputs } from './load.ts';

const dirs: string[] = [];
async function tables(change: (t: Record<string, Table>) => void = () => {}) {
  const t = baselineTables();
  change(t);
  const dir = await writeTables(t);
  dirs.push(dir);
  return readFrom(dir);
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadBaselineInputs', () => {
  it('assembles the inputs from the tables, BIGINT ages included', async () => {
    const inputs = await loadBaselineInputs(await tables());
    const expected = syntheticInputs();
    expect(inputs.baseYear).toBe(2021);
    expect(inputs.population.female).toEqual(expected.population.female);
    expect(inputs.survival.male).toEqual(expected.survival.male);
    expect(inputs.birthSurvival).toEqual(expected.birthSurvival);
    expect(inputs.outMigrationRate.female).toEqual(expected.outMigrationRate.female);
    expect(inputs.fertilityShape).toEqual(expected.fertilityShape);
    expect([inputs.tfr, inputs.srb]).toEqual([0.99, 105.1]);
  });

  it('fails clearly while migration.parquet is missing', async () => {
    const read = await tables((t) => delete t['migration.parquet']);
    await expect(loadBaselineInputs(read)).rejects.toThrow(
      /^migration.parquet could not be read \(.*ENOENT.*\): the migration rates come from the calibration \(npm run calibrate\)/,
    );
  });

  it('takes the TFR from the asfr sum and the srb from the plan when assumptions.parquet is absent', async () => {
    const read = await tables((t) => delete t['assumptions.parquet']);
    const inputs = await loadBaselineInputs(read);
    expect(inputs.tfr).toBeCloseTo(0.99, 12);
    expect(inputs.srb).toBe(105.1);
    expect(inputs.baseYear).toBe(2021);
  });

  it.each([
    [
      'a missing row',
      (t: Record<string, Table>) => t['survival.parquet'].rows.pop(),
      'survival.parquet must have 202 rows (2 sexes × ages 0..100), got 201',
    ],
    [
      'a duplicated row',
      (t: Record<string, Table>) => {
        t['base_population.parquet'].rows[5][1] = 4;
      },
      'base_population.parquet has two rows for female age 4',
    ],
    [
      'an unknown sex',
      (t: Record<string, Table>) => {
        t['migration.parquet'].rows[0][0] = 'other';
      },
      'migration.parquet row 1: sex "other" is not "male" or "female"',
    ],
    [
      'an age beyond 100+',
      (t: Record<string, Table>) => {
        t['fertility.parquet'].rows[3][0] = 101;
      },
      'fertility.parquet row 4: age 101 is not a whole age 0..100',
    ],
    [
      'a null rate',
      (t: Record<string, Table>) => {
        t['migration.parquet'].rows[7][2] = null;
      },
      'migration.parquet row 8: in_rate is null, not a number',
    ],
    [
      'a varying birth survival',
      (t: Record<string, Table>) => {
        t['survival.parquet'].rows[150][3] = 0.5;
      },
      'survival.parquet: birth_survival must be the same for every male age',
    ],
    [
      'an out-of-range rate',
      (t: Record<string, Table>) => {
        t['survival.parquet'].rows[10][2] = 1.5;
      },
      'baseline inputs from public/data: survival.female[10] 1.5 is out of range: allowed 0–1',
    ],
    [
      'a missing column',
      (t: Record<string, Table>) => {
        t['fertility.parquet'].columns = { age: 'INTEGER', shape: 'DOUBLE', tfr_asfr: 'DOUBLE' };
      },
      'fertility.parquet has no column asfr (columns: age, shape, tfr_asfr)',
    ],
  ])('rejects %s', async (_, change, message) => {
    await expect(loadBaselineInputs(await tables(change))).rejects.toThrow(message);
  });

  it('rejects a file that is not Parquet', async () => {
    const read = await tables();
    const broken = async (name: string) =>
      name === 'survival.parquet' ? (new TextEncoder().encode('not parquet').buffer as ArrayBuffer) : read(name);
    await expect(loadBaselineInputs(broken)).rejects.toThrow(/^survival.parquet is not a readable Parquet file/);
  });
});
