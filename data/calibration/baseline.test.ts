import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare, project } from '../../worker/engine/index.ts';
import { OUT_DIR } from '../pipeline/paths.ts';
import { readParquet } from '../pipeline/read_parquet.ts';
import { fixedInputs, inputsWithNet } from './baseline.ts';
import { readParameters, toValues } from './parameters.ts';
import { netRates, splitGross } from './schedule.ts';

const calibrated = toValues(readParameters());
const column = async (file: string, name: string) => {
  const { rows } = await readParquet(path.join(OUT_DIR, file));
  const bySex = { male: Array<number>(101), female: Array<number>(101) };
  for (const r of rows) bySex[r.sex as 'male' | 'female'][r.age as number] = r[name] as number;
  return bySex;
};

describe("fixedInputs: the pipeline's tables at a mortality level θ", () => {
  it('at the calibrated θ, are exactly the shipped public/data tables (what the calibration fits is what ships)', async () => {
    const f = fixedInputs(calibrated.theta);
    expect(f.survival).toEqual(await column('survival.parquet', 'survival'));
    expect(f.population).toEqual(await column('base_population.parquet', 'population'));
  });

  it('at θ = 1, use the life table as built (survival_life_table)', async () => {
    expect(fixedInputs(1).survival).toEqual(await column('survival.parquet', 'survival_life_table'));
  });

  it('θ changes survival only from age 64 (S_64 = L_65 / L_64) and keeps the registry totals', () => {
    const a = fixedInputs(1);
    const b = fixedInputs(0.9);
    for (const sex of ['male', 'female'] as const) {
      for (let x = 0; x < 64; x++) expect(b.survival[sex][x]).toBe(a.survival[sex][x]);
      for (let x = 64; x < 100; x++) expect(b.survival[sex][x]).toBeGreaterThan(a.survival[sex][x]);
      expect(b.birthSurvival[sex]).toBe(a.birthSurvival[sex]);
      const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
      expect(sum(b.population[sex])).toBeCloseTo(sum(a.population[sex]), 6);
    }
    // lower old-age mortality → fewer deaths to add back in reverse survival → fewer old people on the base date
    const old = (f: typeof a) => f.population.female.slice(80).reduce((s, v) => s + v, 0);
    expect(old(b)).toBeLessThan(old(a));
  });
});

describe('inputsWithNet', () => {
  it('puts positive net rates in, negative out', () => {
    const net = netRates(calibrated);
    const inputs = inputsWithNet(fixedInputs(1), net);
    net.forEach((n, x) => {
      expect((inputs.inMigrationRate.male as number[])[x] - (inputs.outMigrationRate.male as number[])[x]).toBe(n);
      expect(Math.min((inputs.inMigrationRate.male as number[])[x], (inputs.outMigrationRate.male as number[])[x])).toBe(0);
    });
    expect(() => inputsWithNet(fixedInputs(1), [0.1])).toThrow(/101 ages/);
  });

  it('gives the same population as the gross split with the same net (the split changes flows, not people)', () => {
    const f = fixedInputs(calibrated.theta);
    const net = netRates(calibrated);
    const { rates } = splitGross({ male: net, female: net }, f.population, 38990);
    const netOnly = project(prepare(inputsWithNet(f, net)), {});
    const gross = project(
      prepare({
        ...inputsWithNet(f, net),
        inMigrationRate: { male: rates.male.in_rate, female: rates.female.in_rate },
        outMigrationRate: { male: rates.male.out_rate, female: rates.female.out_rate },
      }),
      {},
    );
    netOnly.population.forEach((p, i) => expect(gross.population[i]).toBeCloseTo(p, 6));
  });
});
