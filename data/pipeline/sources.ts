// Typed readers for the raw files under data/raw/. Each reader checks the shape it relies on and
// names the file when something is off, so a changed source fails loudly instead of shifting data.
import { readFileSync } from 'node:fs';
import { readCsv, toCount, toNumber } from './csv.ts';
import { rawPath } from './paths.ts';

export type Sex = 'male' | 'female';
export const SEXES: readonly Sex[] = ['male', 'female'];
/** Suginami's municipality code in the Tokyo tables. */
export const SUGINAMI_CODE = '13115';

function where(file: string, row: number): string {
  return `${file} row ${row + 2}`;
}

function expectHeader(file: string, header: string[], expected: string[]): void {
  for (const [i, name] of expected.entries()) {
    if (header[i] !== name) {
      throw new Error(`${file}: column ${i + 1} should be ${JSON.stringify(name)}, found ${JSON.stringify(header[i])}`);
    }
  }
}

// ---------------------------------------------------------------- suginami-chome-age-2022

export interface SingleAgeCount {
  age: number;
  male: number;
  female: number;
  total: number;
}

export const SUGINAMI_2022 = { source: 'suginami-chome-age-2022', file: 'suginami_ward_total_by_single_age_sex.csv' };

/** Suginami ward totals by single age 0..121 and sex, ~Oct 2022 (reference date not stated in the source). */
export function loadSuginami2022(): SingleAgeCount[] {
  const file = rawPath(SUGINAMI_2022.source, SUGINAMI_2022.file);
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['age', 'male', 'female', 'total']);
  const out = rows
    .filter((r) => r.join('') !== '')
    .map((r, i) => {
      const [age, male, female, total] = r.map((f) => toNumber(f, where(file, i)));
      if (age !== i) throw new Error(`${where(file, i)}: ages must run 0,1,2,… without gaps (found ${age})`);
      if (male + female !== total) throw new Error(`${where(file, i)}: male + female ≠ total`);
      return { age, male, female, total };
    });
  if (out.length !== 122) throw new Error(`${file}: expected ages 0..121, found ${out.length} rows`);
  return out;
}

/** Column sums of the 町丁目 file (male, female by single age) — the check behind the ward file. */
export function sumSuginami2022Chome(): { male: number[]; female: number[]; population: number } {
  const file = rawPath(SUGINAMI_2022.source, 'suginami_population_by_chome_single_age.csv');
  const { header, rows } = readCsv(file);
  const ages = (header.length - 5) / 2;
  if (!Number.isInteger(ages) || header[5] !== '男' || header[6] !== '女') {
    throw new Error(`${file}: expected 5 leading columns then (男, 女) pairs`);
  }
  const male = new Array<number>(ages).fill(0);
  const female = new Array<number>(ages).fill(0);
  let population = 0;
  rows.forEach((r, i) => {
    population += toNumber(r[2], where(file, i));
    for (let a = 0; a < ages; a++) {
      male[a] += toNumber(r[5 + 2 * a], where(file, i));
      female[a] += toNumber(r[6 + 2 * a], where(file, i));
    }
  });
  return { male, female, population };
}

export interface ChomeRow {
  /** 町丁目 as written in the source (first column). */
  name: string;
  households: number;
  population: number;
  male: number;
  female: number;
  /** By single age 0..121 (the source's last pair taken as 121, see its PROVENANCE). */
  maleByAge: number[];
  femaleByAge: number[];
}

/** The 139 rows of the 町丁目 file, checked: each row's ages add up to its 総男 and 総女, and 総男 + 総女 = 総人口. */
export function loadChome2022(): ChomeRow[] {
  const file = rawPath(SUGINAMI_2022.source, 'suginami_population_by_chome_single_age.csv');
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['町丁目', '総世帯数', '総人口', '総男', '総女', '男', '女']);
  const ages = (header.length - 5) / 2;
  if (ages !== 122) throw new Error(`${file}: expected 122 (男, 女) pairs for ages 0..121, found ${ages}`);
  const out = rows
    .filter((r) => r.join('') !== '')
    .map((r, i) => {
      const n = (col: number) => toCount(r[col], `${where(file, i)}, column ${col + 1}`);
      const maleByAge = Array.from({ length: ages }, (_, a) => n(5 + 2 * a));
      const femaleByAge = Array.from({ length: ages }, (_, a) => n(6 + 2 * a));
      const row: ChomeRow = { name: r[0], households: n(1), population: n(2), male: n(3), female: n(4), maleByAge, femaleByAge };
      const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
      if (!row.name) throw new Error(`${where(file, i)}: no 町丁目 name`);
      if (sum(maleByAge) !== row.male || sum(femaleByAge) !== row.female || row.male + row.female !== row.population) {
        throw new Error(`${where(file, i)} (${row.name}): the ages do not add up to 総男/総女/総人口`);
      }
      return row;
    });
  if (out.length !== 139) throw new Error(`${file}: expected 139 町丁目, found ${out.length}`);
  return out;
}

// ---------------------------------------------------------------- suginami-chome-boundaries-2020

export const BOUNDARIES_2020 = { source: 'suginami-chome-boundaries-2020', file: 'towns.geojson' };

export interface TownBoundary {
  /** 11-digit small-area code: 13115 + 町 (3 digits) + 丁目 (3 digits). */
  code: string;
  name: string;
  /** The outer ring as [longitude, latitude] pairs, closed (last = first). */
  ring: [number, number][];
}

/** The 139 boundaries, checked: 11-digit 13115 codes, unique; one closed ring each, inside Suginami's box. */
export function loadTownBoundaries(): { attribution: string; source: string; towns: TownBoundary[] } {
  const file = rawPath(BOUNDARIES_2020.source, BOUNDARIES_2020.file);
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    type?: string;
    attribution?: string;
    source?: string;
    features?: { properties?: { town?: string; code?: string }; geometry?: { type?: string; coordinates?: unknown } }[];
  };
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  const codes = new Set<string>();
  const towns = json.features.map((f, i) => {
    const at = `${file} feature ${i}`;
    const code = f.properties?.code ?? '';
    const name = f.properties?.town ?? '';
    if (!/^13115\d{6}$/.test(code) || codes.has(code))
      throw new Error(`${at}: code ${JSON.stringify(code)} is not a new 11-digit 13115 code`);
    codes.add(code);
    if (!name) throw new Error(`${at}: no town name`);
    const coords = f.geometry?.coordinates;
    if (f.geometry?.type !== 'Polygon' || !Array.isArray(coords) || coords.length !== 1)
      throw new Error(`${at}: expected a Polygon with one ring`);
    const ring = coords[0] as [number, number][];
    const ok =
      ring.length >= 4 &&
      ring.every((p) => Array.isArray(p) && p.length === 2 && p[0] > 139.55 && p[0] < 139.7 && p[1] > 35.65 && p[1] < 35.74);
    if (!ok || ring[0][0] !== ring.at(-1)![0] || ring[0][1] !== ring.at(-1)![1])
      throw new Error(`${at}: the ring is not a closed list of points in Suginami`);
    return { code, name, ring };
  });
  if (towns.length !== 139) throw new Error(`${file}: expected 139 towns, found ${towns.length}`);
  return { attribution: json.attribution ?? '', source: json.source ?? '', towns };
}

// ---------------------------------------------------------------- web-page-snippets

export interface RegistryTotals {
  date: string;
  total: number;
  male: number;
  female: number;
  sourceUrl: string;
}

/** 2021-01-01 registry totals (the plan's base date). */
export function loadRegistryTotals2021(): RegistryTotals {
  const file = rawPath('web-page-snippets', 'suginami_registry_totals.csv');
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['date', 'total', 'male', 'female']);
  const r = rows.find((x) => x[0] === '2021-01-01');
  if (!r) throw new Error(`${file}: no 2021-01-01 row`);
  const t = { date: r[0], total: toNumber(r[1], file), male: toNumber(r[2], file), female: toNumber(r[3], file), sourceUrl: r[5] ?? '' };
  if (t.male + t.female !== t.total) throw new Error(`${file}: male + female ≠ total`);
  return t;
}

// ---------------------------------------------------------------- suginami-plan-references

export interface IntroShares {
  date: string;
  total: number;
  share0_14: number;
  share15_64: number;
  share65plus: number;
}

/** 2021-04-01 shares from 杉並区の紹介 (our transcription of the PROVENANCE row): a check, never an input. */
export function loadIntroShares2021(): IntroShares {
  const file = rawPath('suginami-plan-references', 'suginami_intro_page_2021-04-01.csv');
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['date', 'total', 'share_0_14_pct', 'share_15_64_pct', 'share_65plus_pct']);
  const r = rows[0];
  return {
    date: r[0],
    total: toNumber(r[1], file),
    share0_14: toNumber(r[2], file),
    share15_64: toNumber(r[3], file),
    share65plus: toNumber(r[4], file),
  };
}

// ---------------------------------------------------------------- japan-hmd-hfd-via-popproj

export interface HmdLifeTableRow {
  age: number;
  open: boolean;
  mx: number;
  qx: number;
  ax: number;
  lx: number;
  dx: number;
  Lx: number;
  Tx: number;
  ex: number;
}

/** HMD Japan female period life table 1x1 for one year: ages 0..109 and the open 110+. */
export function loadHmdFemaleLifeTable(year: number): HmdLifeTableRow[] {
  const file = rawPath('japan-hmd-hfd-via-popproj', 'japan_female_lifetable.csv');
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['Year', 'Age', 'mx', 'qx', 'ax', 'lx', 'dx', 'Lx', 'Tx', 'ex']);
  const out: HmdLifeTableRow[] = [];
  rows.forEach((r, i) => {
    if (r[0] !== String(year)) return;
    const open = r[1].endsWith('+');
    const [mx, qx, ax, lx, dx, Lx, Tx, ex] = r.slice(2).map((f) => toNumber(f, where(file, i)));
    out.push({ age: toNumber(r[1].replace('+', ''), where(file, i)), open, mx, qx, ax, lx, dx, Lx, Tx, ex });
  });
  if (out.length !== 111 || out.some((r, i) => r.age !== i) || !out[110].open) {
    throw new Error(`${file}: year ${year} should have ages 0..109 and 110+, found ${out.length} rows`);
  }
  return out;
}

/** HMD Japan population on 1 January of `year` by single age 0..109 and 110+ (111 values), for one sex. */
export function loadHmdPopulation(year: number, sex: Sex): number[] {
  const file = rawPath('japan-hmd-hfd-via-popproj', 'japan_population_size.csv');
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['Year', 'Age', 'Female', 'Male', 'Total']);
  const col = sex === 'male' ? 3 : 2;
  const out = rows
    .filter((r) => r[0] === String(year))
    .map((r, i) => {
      if (r[1] !== (i === 110 ? '110+' : String(i))) throw new Error(`${file}: year ${year} ages out of order at ${r[1]}`);
      return toNumber(r[col], `${file} ${year} age ${r[1]}`);
    });
  if (out.length !== 111) throw new Error(`${file}: year ${year} should have ages 0..109 and 110+, found ${out.length} rows`);
  return out;
}

export interface AsfrRow {
  label: string;
  age: number;
  asfr: number;
}

/** HFD Japan ASFR for one year; the open groups "12-" and "55+" are placed at ages 12 and 55. */
export function loadAsfr(year: number): AsfrRow[] {
  const file = rawPath('japan-hmd-hfd-via-popproj', 'japan_asfr.csv');
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['Year', 'Age', 'ASFR']);
  const out = rows
    .filter((r) => r[0] === String(year))
    .map((r, i) => ({
      label: r[1],
      age: toNumber(r[1].replace(/[-+]$/, ''), where(file, i)),
      asfr: toNumber(r[2], where(file, i)),
    }));
  if (out.length !== 44 || out[0].label !== '12-' || out[43].label !== '55+') {
    throw new Error(`${file}: year ${year} should have ages 12-, 13..54, 55+ (44 rows), found ${out.length}`);
  }
  return out;
}

// ---------------------------------------------------------------- japan-death-rates-5y-2009-2018

export interface GroupRate {
  ageFrom: number;
  ageTo: number | null;
  per100k: number;
}

/** National all-cause death rates per 100,000 by 5-year group (0-4 … 95-99, 100+) for one year and sex. */
export function loadDeathRates5y(year: number, sex: Sex): GroupRate[] {
  const file = rawPath('japan-death-rates-5y-2009-2018', 'japan_all_cause_mortality_rates_2009_2018_per100k.csv');
  const { header, rows } = readCsv(file);
  if (header.length !== 23 || header[2] !== '0~4Years' || header[22] !== '100~') {
    throw new Error(`${file}: expected columns 0~4Years … 95~99, 100~`);
  }
  const label = sex === 'male' ? 'Male' : 'Female';
  const r = rows.find((x) => x[0] === String(year) && x[1] === label);
  if (!r) throw new Error(`${file}: no row for ${year} ${label}`);
  return header.slice(2).map((h, g) => {
    const m = /^(\d+)~(\d+)?/.exec(h);
    if (!m || Number(m[1]) !== 5 * g) throw new Error(`${file}: unexpected age column ${JSON.stringify(h)}`);
    return {
      ageFrom: 5 * g,
      ageTo: m[2] === undefined ? null : Number(m[2]),
      per100k: toNumber(r[2 + g], `${file} ${year} ${label} ${h}`),
    };
  });
}

// ---------------------------------------------------------------- japan-life-expectancy

export interface LifeTableFact {
  table: string;
  sex: Sex;
  measure: string;
  value: number;
  sourceUrl: string;
}

/** Published e0 and survival-to-age figures of one official life table (e.g. "2019 abridged"). */
export function loadLifeTableFacts(tablePrefix: string): LifeTableFact[] {
  const file = rawPath('japan-life-expectancy', 'life_expectancy.csv');
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['table', 'area', 'sex', 'measure', 'value', 'source_url']);
  return rows
    .filter((r) => r[0].startsWith(tablePrefix) && r[1].startsWith('Japan'))
    .map((r, i) => ({ table: r[0], sex: r[2] as Sex, measure: r[3], value: toNumber(r[4], where(file, i)), sourceUrl: r[5] }));
}

// ---------------------------------------------------------------- Tokyo registry tables

export interface SexCounts {
  total: number;
  male: number;
  female: number;
}
export interface ThreeGroups {
  age0_14: SexCounts;
  age15_64: SexCounts;
  age65plus: SexCounts;
}

const AGE3_HEADER = ['地域階層', '地域コード', '地域', '年少人口(0～14歳)／総数(人)'];

function readAge3Row(source: string, fileName: string, code: string): ThreeGroups {
  const file = rawPath(source, fileName);
  const { header, rows } = readCsv(file);
  expectHeader(file, header, AGE3_HEADER);
  const r = rows.find((x) => x[1] === code);
  if (!r) throw new Error(`${file}: no row for municipality ${code}`);
  const n = (k: number) => toCount(r[k], `${file} ${code} column ${header[k]}`);
  return {
    age0_14: { total: n(3), male: n(4), female: n(5) },
    age15_64: { total: n(6), male: n(7), female: n(8) },
    age65plus: { total: n(9), male: n(10), female: n(11) },
  };
}

export const JUKI_2025_AGE3 = { source: 'tokyo-juki-age3-2025', file: 'jy25qv0301_age3.csv', table: '第３－１表' };
export const JUKI_2026_AGE3 = {
  source: 'tokyo-juki-age5-2026-suginami-extract',
  file: 'jy26_table3-1_age3_extract.csv',
  table: '第３－１表',
};
export const JUKI_2026_AGE5 = {
  source: 'tokyo-juki-age5-2026-suginami-extract',
  file: 'jy26_table7_age5_suginami_extract.csv',
  table: '第７表',
};

/** 2025-01-01 registry, three age groups × sex, for one municipality. */
export const loadJuki2025Age3 = (code = SUGINAMI_CODE): ThreeGroups => readAge3Row(JUKI_2025_AGE3.source, JUKI_2025_AGE3.file, code);
/** 2026-01-01 registry, three age groups × sex, for one municipality of the extract. */
export const loadJuki2026Age3 = (code = SUGINAMI_CODE): ThreeGroups => readAge3Row(JUKI_2026_AGE3.source, JUKI_2026_AGE3.file, code);

export interface Age5Row {
  label: string;
  ageFrom: number;
  ageTo: number | null;
  total: SexCounts;
  japanese: SexCounts;
  foreign: SexCounts;
}

/**
 * 2026-01-01 registry, Suginami by 5-year group × sex × nationality (table 7). The first row is the
 * published total (label 総数, ageFrom 0, ageTo null). The 不詳者 (age unknown) row must be all "-".
 */
export function loadJuki2026Age5(): Age5Row[] {
  const file = rawPath(JUKI_2026_AGE5.source, JUKI_2026_AGE5.file);
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['地域階層', '地域コード', '地域', '年齢階層', '年齢', '総数／計(人)']);
  const out: Age5Row[] = [];
  rows
    .filter((r) => r[1] === SUGINAMI_CODE)
    .forEach((r, i) => {
      const label = r[4];
      const n = (k: number) => toCount(r[k], `${file} ${label} column ${header[k]}`);
      if (label === '不詳者') {
        if (r.slice(5, 14).some((f) => f !== '-')) throw new Error(`${file}: the 不詳者 row has counts; handle it`);
        return;
      }
      let ageFrom: number, ageTo: number | null;
      if (label === '総数') {
        ageFrom = 0;
        ageTo = null;
      } else {
        const m = /^(\d+)(?:～(\d+)|以上)$/.exec(label);
        if (!m) throw new Error(`${where(file, i)}: unexpected age label ${JSON.stringify(label)}`);
        ageFrom = Number(m[1]);
        ageTo = m[2] === undefined ? null : Number(m[2]);
      }
      out.push({
        label,
        ageFrom,
        ageTo,
        total: { total: n(5), male: n(6), female: n(7) },
        japanese: { total: n(8), male: n(9), female: n(10) },
        foreign: { total: n(11), male: n(12), female: n(13) },
      });
    });
  if (out.length !== 22 || out[0].label !== '総数' || out[21].label !== '100以上') {
    throw new Error(`${file}: expected 総数 + 21 five-year groups for ${SUGINAMI_CODE}, found ${out.length} rows`);
  }
  return out;
}

export const POP_CHANGE_2024 = { source: 'tokyo-pop-change-2024', file: 'ju24qv0100.csv', table: '第１表' };

/** Calendar-2024 components of change for one municipality: header text → value. */
export function loadPopChange2024(code = SUGINAMI_CODE): { header: string[]; values: Map<string, number> } {
  const file = rawPath(POP_CHANGE_2024.source, POP_CHANGE_2024.file);
  const { header, rows } = readCsv(file);
  expectHeader(file, header, ['地域階層', '地域コード', '地域', '令和7年1月1日現在人口']);
  const r = rows.find((x) => x[1] === code);
  if (!r) throw new Error(`${file}: no row for municipality ${code}`);
  const values = new Map<string, number>();
  header.forEach((h, k) => {
    if (k >= 3) values.set(h, toNumber(r[k], `${file} ${code} column ${h}`));
  });
  return { header, values };
}

// ---------------------------------------------------------------- plan-document

export const PLAN = { source: 'plan-document', file: '000_7742aaec6d9a2549.txt', section: '○人口の見通し' };

/**
 * The plan's ○人口の見通し section: from its heading to the next section, which the text file
 * spells "OSDGsと区の…" (a Latin O where the print has ○).
 */
export function planPopulationSection(): string {
  const file = rawPath(PLAN.source, PLAN.file);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(PLAN.section);
  if (start < 0) throw new Error(`${file}: section ${PLAN.section} not found`);
  const end = text.indexOf('OSDGs', start);
  return text.slice(start, end < 0 ? text.length : end);
}
