import { describe, expect, it } from 'vitest';
import { prepare } from '../../worker/engine/prepare.ts';
import { syntheticInputs } from '../../worker/engine/synthetic.ts';
import { AGES, type ProjectionInputs } from '../../worker/engine/types.ts';
import type { DecodedTable, NamedColumn } from '../data/parquet.ts';
import { assembleInputs, type BaselineTables } from './inputs.ts';

const num = (name: string, xs: number[]): NamedColumn => ({ name, type: 'float64', values: Float64Array.from(xs), valid: null });
const int = (name: string, xs: number[]): NamedColumn => ({ name, type: 'int32', values: Int32Array.from(xs), valid: null });
const str = (name: string, xs: (string | null)[]): NamedColumn => ({ name, type: 'string', values: xs });
const table = (file: string, columns: NamedColumn[]): DecodedTable => ({
  file,
  columns,
  numRows: columns[0].type === 'string' || columns[0].type === 'boolean' ? columns[0].values.length : columns[0].values.length,
});

/** The tables as the pipeline writes them (sorted by sex, age), from engine-shaped inputs. */
function tablesOf(inputs: ProjectionInputs, assumptions = true): BaselineTables {
  const sexAge = (file: string, columns: Record<string, { male: ArrayLike<number>; female: ArrayLike<number> }>) => {
    const sexes = [...Array(AGES).fill('female'), ...Array(AGES).fill('male')];
    const ages = [...Array(AGES).keys(), ...Array(AGES).keys()];
    return table(file, [
      str('sex', sexes),
      int('age', ages),
      ...Object.entries(columns).map(([name, v]) => num(name, [...Array.from(v.female), ...Array.from(v.male)])),
    ]);
  };
  const constant = (v: number) => Array(AGES).fill(v);
  return {
    population: sexAge('data/base_population.parquet', { population: inputs.population }),
    survival: sexAge('data/survival.parquet', {
      survival: inputs.survival,
      birth_survival: { male: constant(inputs.birthSurvival.male), female: constant(inputs.birthSurvival.female) },
    }),
    fertility: table('data/fertility.parquet', [
      int('age', [...Array(AGES).keys()]),
      num('shape', Array.from(inputs.fertilityShape)),
      num(
        'asfr',
        Array.from(inputs.fertilityShape, (x) => x * 1.25),
      ),
    ]),
    migration: sexAge('data/migration.parquet', { in_rate: inputs.inMigrationRate, out_rate: inputs.outMigrationRate }),
    assumptions: assumptions
      ? table('data/assumptions.parquet', [
          str('key', ['base_date', 'method', 'srb', 'tfr']),
          { name: 'value', type: 'float64', values: Float64Array.from([0, 0, 104.2, 0.87]), valid: Uint8Array.from([0, 0, 1, 1]) },
          str('value_text', ['2021-01-01', 'コーホート要因法', null, null]),
        ])
      : null,
  };
}

describe('assembleInputs', () => {
  it('reads every table into the engine’s shape, by sex and age, whatever the row order', () => {
    const inputs = syntheticInputs();
    const got = assembleInputs(tablesOf(inputs));
    expect(got.baseYear).toBe(2021);
    expect(Array.from(got.population.male)).toEqual(Array.from(inputs.population.male));
    expect(Array.from(got.survival.female)).toEqual(Array.from(inputs.survival.female));
    expect(got.birthSurvival).toEqual(inputs.birthSurvival);
    expect(Array.from(got.outMigrationRate.male)).toEqual(Array.from(inputs.outMigrationRate.male));
    expect(got.population.male).toBeInstanceOf(Float64Array);
    expect([got.tfr, got.srb]).toEqual([0.87, 104.2]); // from assumptions.parquet
    expect(() => prepare(got)).not.toThrow();
  });

  it('falls back to the sum of asfr and the plan’s sex ratio without assumptions.parquet', () => {
    const got = assembleInputs(tablesOf(syntheticInputs(), false));
    expect(got.tfr).toBeCloseTo(1.25, 12);
    expect(got.srb).toBe(105.1);
  });

  it('names the file and the problem', () => {
    const base = tablesOf(syntheticInputs());
    const short: BaselineTables = {
      ...base,
      migration: table(
        'data/migration.parquet',
        base.migration.columns.map((c) => ({ ...c, values: c.values.slice(0, 200) }) as NamedColumn),
      ),
    };
    expect(() => assembleInputs(short)).toThrow('data/migration.parquet: must have 202 rows (2 sexes × ages 0..100), got 200');

    const sexes = base.population.columns[0].values.slice() as string[];
    sexes[5] = 'M';
    const badSex = { ...base, population: { ...base.population, columns: [str('sex', sexes), ...base.population.columns.slice(1)] } };
    expect(() => assembleInputs(badSex)).toThrow('data/base_population.parquet: row 6: sex "M" is not "male" or "female"');

    const twice = Int32Array.from(base.survival.columns[1].values as Int32Array);
    twice[1] = 0;
    const duplicate = {
      ...base,
      survival: { ...base.survival, columns: [base.survival.columns[0], int('age', Array.from(twice)), ...base.survival.columns.slice(2)] },
    };
    expect(() => assembleInputs(duplicate)).toThrow('data/survival.parquet: has two rows for female age 0');

    const bs = Float64Array.from(base.survival.columns[3].values as Float64Array);
    bs[150] = 0.5;
    const varying = {
      ...base,
      survival: { ...base.survival, columns: [...base.survival.columns.slice(0, 3), num('birth_survival', Array.from(bs))] },
    };
    expect(() => assembleInputs(varying)).toThrow('data/survival.parquet: birth_survival must be the same for every male age');

    const noShape = { ...base, fertility: { ...base.fertility, columns: base.fertility.columns.filter((c) => c.name !== 'shape') } };
    expect(() => assembleInputs(noShape)).toThrow('data/fertility.parquet: has no column "shape"');

    const ages = Int32Array.from(base.fertility.columns[0].values as Int32Array);
    ages[3] = 101;
    const badAge = {
      ...base,
      fertility: { ...base.fertility, columns: [int('age', Array.from(ages)), ...base.fertility.columns.slice(1)] },
    };
    expect(() => assembleInputs(badAge)).toThrow('data/fertility.parquet: row 4: age 101 is not a whole age 0..100');
  });
});
