// The town view's tables (「わたしのまち」): the ~Oct 2022 registry by 町丁目 × sex × single age
// (suginami-chome-age-2022) joined to the 2020 census small-area boundaries (suginami-chome-boundaries-2020),
// which give each 町丁目 its 11-digit code.
//   neighbourhoods.parquet            139 rows: code, names, counts and the four measures
//   neighbourhood_population.parquet  139 × 2 sexes × ages 0..100 (100 = 100+): persons
//   town_boundaries.json              the 139 outlines, losslessly re-encoded as integer steps (see encodeBoundaries)
// The counts are the registry's as published (date not stated; about October 2022); they are not projected.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { figuresOf } from '../../src/views/town/measures.ts';
import { writeParquet, type TableSpec } from './parquet.ts';
import { BOUNDARIES_2020, loadChome2022, loadTownBoundaries, SUGINAMI_2022, type ChomeRow, type TownBoundary } from './sources.ts';
import { joinByName, splitChome } from './town_names.ts';
import { TOWN_READINGS } from './town_readings.ts';

/** Oldest age kept as a single age; the last row is the open group 100+ (as in every table here). */
const OPEN_AGE = 100;

export interface Neighbourhood {
  code: string;
  name: string;
  name_en: string;
  kana: string;
  /** The 町 without its 丁目 (阿佐谷南). */
  town: string;
  chome: number | null;
  households: number;
  population: number;
  male: number;
  female: number;
  age0_14: number;
  age15_64: number;
  age65plus: number;
  children_share: number;
  aging_rate: number;
  median_age: number;
  ref_date: string;
  source: string;
}

export interface NeighbourhoodAge {
  code: string;
  sex: 'male' | 'female';
  age: number;
  population: number;
}

/** Ages 0..121 folded into 0..99 and 100+. */
export function foldOpenAge(byAge: readonly number[]): number[] {
  const out = byAge.slice(0, OPEN_AGE);
  out.push(byAge.slice(OPEN_AGE).reduce((s, x) => s + x, 0));
  return out;
}

/** The registry's rows with their codes: every name joined (throws naming any that does not). */
export function joinedTowns(): { row: ChomeRow; boundary: TownBoundary }[] {
  const { towns } = loadTownBoundaries();
  return joinByName(
    loadChome2022(),
    (r) => r.name,
    towns,
    (t) => t.name,
  ).map(([row, boundary]) => ({ row, boundary }));
}

const REF_DATE = 'about 2022-10 (not stated in the source)';

export function neighbourhoodRows(): { towns: Neighbourhood[]; ages: NeighbourhoodAge[] } {
  const towns: Neighbourhood[] = [];
  const ages: NeighbourhoodAge[] = [];
  const source = `data/raw/${SUGINAMI_2022.source}/suginami_population_by_chome_single_age.csv; codes: data/raw/${BOUNDARIES_2020.source}/${BOUNDARIES_2020.file}`;
  for (const { row, boundary } of joinedTowns()) {
    const { town, chome } = splitChome(row.name);
    const reading = TOWN_READINGS[town];
    if (!reading) throw new Error(`town_readings.ts has no reading for ${town} (${row.name})`);
    const male = foldOpenAge(row.maleByAge);
    const female = foldOpenAge(row.femaleByAge);
    const f = figuresOf(male, female);
    towns.push({
      code: boundary.code,
      name: row.name,
      name_en: chome === null ? reading.romaji : `${reading.romaji} ${chome}-chome`,
      kana: reading.kana,
      town,
      chome,
      households: row.households,
      population: row.population,
      male: row.male,
      female: row.female,
      age0_14: f.age0_14,
      age15_64: f.age15_64,
      age65plus: f.age65plus,
      children_share: f.children_share,
      aging_rate: f.aging_rate,
      median_age: f.median_age,
      ref_date: REF_DATE,
      source,
    });
    for (const [sex, counts] of [
      ['male', male],
      ['female', female],
    ] as const) {
      counts.forEach((population, age) => ages.push({ code: boundary.code, sex, age, population }));
    }
  }
  return { towns, ages };
}

export const neighbourhoodsSpec: TableSpec<Neighbourhood> = {
  name: 'neighbourhoods',
  columns: [
    { name: 'code', type: 'VARCHAR' },
    { name: 'name', type: 'VARCHAR' },
    { name: 'name_en', type: 'VARCHAR' },
    { name: 'kana', type: 'VARCHAR' },
    { name: 'town', type: 'VARCHAR' },
    { name: 'chome', type: 'INTEGER', nullable: true },
    { name: 'households', type: 'INTEGER' },
    { name: 'population', type: 'INTEGER' },
    { name: 'male', type: 'INTEGER' },
    { name: 'female', type: 'INTEGER' },
    { name: 'age0_14', type: 'INTEGER' },
    { name: 'age15_64', type: 'INTEGER' },
    { name: 'age65plus', type: 'INTEGER' },
    { name: 'children_share', type: 'DOUBLE' },
    { name: 'aging_rate', type: 'DOUBLE' },
    { name: 'median_age', type: 'DOUBLE' },
    { name: 'ref_date', type: 'VARCHAR' },
    { name: 'source', type: 'VARCHAR' },
  ],
  orderBy: ['code'],
};

export const neighbourhoodPopulationSpec: TableSpec<NeighbourhoodAge> = {
  name: 'neighbourhood_population',
  columns: [
    { name: 'code', type: 'VARCHAR' },
    { name: 'sex', type: 'VARCHAR' },
    { name: 'age', type: 'INTEGER' },
    { name: 'population', type: 'INTEGER' },
  ],
  orderBy: ['code', 'sex', 'age'],
};

/** The boundaries file the town view loads (public/data/town_boundaries.json). */
export interface EncodedBoundaries {
  readonly attribution: string;
  readonly credit: string;
  readonly source: string;
  /** Coordinates are integers: degrees × scale, minus the box's south-west corner [x0, y0]. */
  readonly scale: number;
  readonly origin: readonly [number, number];
  readonly codes: readonly string[];
  /** Per town: x, y of the first point, then dx, dy to each next point (the closing point left out). */
  readonly rings: readonly (readonly number[])[];
}

export const BOUNDARY_SCALE = 1e5;
export const BOUNDARY_CREDIT =
  '「令和2年国勢調査町丁・字等別境界データ」（総務省統計局）を shoreless/suginami-town-api が加工したものを利用 / 出典：政府統計の総合窓口(e-Stat) https://www.e-stat.go.jp/';

/** Lossless: the source has at most 5 decimals, so × 10⁵ gives integers (checked). */
export function encodeBoundaries(towns: readonly TownBoundary[], attribution: string, source: string): EncodedBoundaries {
  const q = (v: number, where: string) => {
    const n = Math.round(v * BOUNDARY_SCALE);
    if (Math.abs(n / BOUNDARY_SCALE - v) > 1e-9) throw new Error(`${where}: ${v} has more than 5 decimals`);
    return n;
  };
  const all = towns.flatMap((t) => t.ring.map(([x, y]) => [q(x, t.name), q(y, t.name)]));
  const x0 = Math.min(...all.map((p) => p[0]));
  const y0 = Math.min(...all.map((p) => p[1]));
  const sorted = [...towns].sort((a, b) => a.code.localeCompare(b.code));
  const rings = sorted.map((t) => {
    const pts = t.ring.slice(0, -1).map(([x, y]) => [q(x, t.name) - x0, q(y, t.name) - y0]);
    const out = [pts[0][0], pts[0][1]];
    for (let i = 1; i < pts.length; i++) out.push(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
    return out;
  });
  return { attribution, credit: BOUNDARY_CREDIT, source, scale: BOUNDARY_SCALE, origin: [x0, y0], codes: sorted.map((t) => t.code), rings };
}

/** Inverse of encodeBoundaries (the browser's reader is src/views/town/boundaries.ts). */
export function decodeRing(encoded: EncodedBoundaries, i: number): [number, number][] {
  const r = encoded.rings[i];
  const pts: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let k = 0; k < r.length; k += 2) {
    x += r[k];
    y += r[k + 1];
    pts.push([(x + encoded.origin[0]) / encoded.scale, (y + encoded.origin[1]) / encoded.scale]);
  }
  pts.push(pts[0]);
  return pts;
}

export const BOUNDARIES_FILE = 'town_boundaries.json';

export async function buildNeighbourhoods(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, neighbourhoodsSpec, neighbourhoodRows().towns, outDir);
}

export async function buildNeighbourhoodPopulation(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, neighbourhoodPopulationSpec, neighbourhoodRows().ages, outDir);
}

export async function buildBoundaries(_conn: DuckDBConnection, outDir: string): Promise<string> {
  const { towns, attribution, source } = loadTownBoundaries();
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, BOUNDARIES_FILE);
  writeFileSync(file, JSON.stringify(encodeBoundaries(towns, attribution, source)) + '\n');
  return file;
}
