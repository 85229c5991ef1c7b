// The town view's tables as the browser reads them (hyparquet, the committed public/data files).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeParquet, getColumn, getStrings } from '../../data/parquet.ts';
import { readRows } from '../plan/tables.ts';
import { decodeBoundaries } from './boundaries.ts';
import { buildTowns } from './town-data.svelte.ts';

const file = (name: string) => readFileSync(new URL(`../../../public/data/${name}`, import.meta.url));
const decode = async (name: string) => {
  const b = file(`${name}.parquet`);
  return decodeParquet(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength), `data/${name}.parquet`);
};

describe('town data', async () => {
  const towns = await decode('neighbourhoods');
  const ages = await decode('neighbourhood_population');
  const rows = readRows(towns, {
    code: 'str',
    name: 'str',
    name_en: 'str',
    kana: 'str',
    town: 'str',
    chome: 'int?',
    households: 'int',
  } as const);
  const built = buildTowns(rows, {
    codes: getStrings(ages, 'code'),
    sexes: getStrings(ages, 'sex'),
    ages: getColumn(ages, 'age').values as ArrayLike<number>,
    population: getColumn(ages, 'population').values as ArrayLike<number>,
  });

  it('has 139 towns whose figures add up to the ward (571,703 people, 21.03 % aged 65+)', () => {
    expect(built.towns).toHaveLength(139);
    expect(built.ward.figures.population).toBe(571703);
    expect(built.ward.figures.aging_rate).toBeCloseTo((100 * 120217) / 571703, 10);
    expect(built.ward.figures.age0_14).toBe(60575);
    expect(built.towns.reduce((s, t) => s + t.figures.population, 0)).toBe(571703);
  });

  it("matches the pipeline's measure columns, and ranks each measure 1…139", () => {
    const col = (name: string) => getColumn(towns, name).values as ArrayLike<number>;
    built.towns.forEach((t, i) => {
      expect(t.figures.aging_rate).toBeCloseTo(col('aging_rate')[i], 12);
      expect(t.figures.median_age).toBeCloseTo(col('median_age')[i], 12);
      expect(t.figures.population).toBe(col('population')[i]);
    });
    for (const m of ['aging_rate', 'children_share', 'population', 'median_age'] as const) {
      const ranks = built.towns.map((t) => t.ranks[m]);
      expect(Math.min(...ranks)).toBe(1);
      const top = built.towns.find((t) => t.ranks[m] === 1)!;
      expect(built.towns.every((t) => t.figures[m] <= top.figures[m])).toBe(true);
    }
  });

  it('every town has an outline in town_boundaries.json, and every outline a town', () => {
    const b = decodeBoundaries(JSON.parse(file('town_boundaries.json').toString('utf8')));
    expect(b.shapes.map((s) => s.id).sort()).toEqual(built.towns.map((t) => t.code).sort());
    expect(b.attribution).toContain('e-Stat');
    expect(b.credit).toContain('shoreless/suginami-town-api');
  });

  it('names what is wrong with a broken boundaries file', () => {
    expect(() => decodeBoundaries({})).toThrow(/town_boundaries.json: no scale or origin/);
    expect(() => decodeBoundaries({ scale: 1e5, origin: [0, 0], codes: ['a'], rings: [[1, 2]] })).toThrow(/ring 1/);
  });
});
