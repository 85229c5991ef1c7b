// Typed readers of the history and past-outlook sources: the registry on 1 January since 1985, the
// census since 1980, and IPSS's four regional projections of Suginami. Each reader checks what it
// relies on (the header, the scopes, the sums the PROVENANCE says hold) and names file and line.
import { readFileSync } from 'node:fs';
import { parseRecords, toNumber } from './csv.ts';
import { rawPath } from './paths.ts';

export const REGISTRY_HISTORY = {
  source: 'tokyo-juki-suginami-jan1-1985-2026',
  file: 'juki_suginami_jan1_by_sex_nationality_1985_2026.csv',
};
export const REGISTRY_SHARE_65 = { source: 'tokyo-juki-suginami-jan1-1985-2026', file: 'juki_suginami_share_65plus_1985_2026.csv' };
export const CENSUS_TOTALS = { source: 'suginami-census-1980-2025', file: 'census_suginami_totals.csv' };
export const CENSUS_AGE3 = { source: 'suginami-census-1980-2025', file: 'census_suginami_age3_1980_2015_derived.csv' };
export const IPSS_SUMMARY = { source: 'suginami-ipss-projections-2008-2023', file: 'ipss_suginami_summary_by_edition.csv' };
export const IPSS_VALUES = { source: 'suginami-ipss-projections-2008-2023', file: 'ipss_suginami_projection_values.csv' };
export const IPSS_ERRORS = { source: 'suginami-ipss-projections-2008-2023', file: 'ipss_projection_vs_census_totals_derived.csv' };

/** `data/raw/<source>/<file>`: how the tables name where a row comes from. */
export const rawName = (s: { source: string; file: string }) => `data/raw/${s.source}/${s.file}`;

function records(s: { source: string; file: string }, columns: readonly string[]): { file: string; rows: Record<string, string>[] } {
  const file = rawPath(s.source, s.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read raw file ${file}: ${(e as Error).message}`);
  }
  return { file, rows: parseRecords(text, file, columns) };
}

const at = (file: string, i: number) => `${file} row ${i + 2}`;

function wholeNumber(field: string, where: string): number {
  const v = toNumber(field, where);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${where}: expected a count of persons, got ${JSON.stringify(field)}`);
  return v;
}

// ---------------------------------------------------------------- registry on 1 January

/**
 * What a registry count covers. Foreign residents entered the registry in July 2012: until 2012 the
 * counts are Japanese residents only; from 2013 the total is Japanese + foreign.
 */
export type RegistryScope = 'japanese_only' | 'total' | 'japanese' | 'foreign';
export type HistorySex = 'total' | 'male' | 'female';

export interface RegistryCount {
  year: number;
  refDate: string;
  scope: RegistryScope;
  sex: HistorySex;
  population: number;
  columnInSource: string;
}

/** The source's scope text → ours. The share file writes the Japanese scope differently (see below). */
function scopeOf(text: string, where: string): RegistryScope {
  if (text.startsWith('japanese_only')) return 'japanese_only';
  if (text.startsWith('total')) return 'total';
  if (text.startsWith('japanese')) return 'japanese';
  if (text === 'foreign') return 'foreign';
  throw new Error(`${where}: unknown scope ${JSON.stringify(text)}`);
}

function sexOf(text: string, where: string): HistorySex {
  if (text === 'both') return 'total';
  if (text === 'male' || text === 'female') return text;
  throw new Error(`${where}: unknown sex ${JSON.stringify(text)}`);
}

/** The year the registry starts to include foreign residents (Jan 1 counts). */
export const REGISTRY_FOREIGN_FROM = 2013;

/** Registry counts on 1 January 1985–2026, by scope and sex (表2). Checks male + female = both and Japanese + foreign = total. */
export function loadRegistryHistory(): RegistryCount[] {
  const { file, rows } = records(REGISTRY_HISTORY, ['year', 'reference_date', 'scope', 'sex', 'population', 'column_in_source']);
  const out = rows.map((r, i): RegistryCount => {
    const where = at(file, i);
    const year = wholeNumber(r.year, where);
    if (r.reference_date !== `${year}-01-01`) throw new Error(`${where}: reference_date ${r.reference_date} is not 1 January ${year}`);
    const scope = scopeOf(r.scope, where);
    if ((scope === 'japanese_only') !== year < REGISTRY_FOREIGN_FROM) throw new Error(`${where}: scope ${scope} in ${year}`);
    return {
      year,
      refDate: r.reference_date,
      scope,
      sex: sexOf(r.sex, where),
      population: wholeNumber(r.population, where),
      columnInSource: r.column_in_source,
    };
  });
  const get = (year: number, scope: RegistryScope, sex: HistorySex) =>
    out.find((c) => c.year === year && c.scope === scope && c.sex === sex)?.population;
  for (const { year, scope } of out.filter((c) => c.sex === 'total')) {
    if (get(year, scope, 'male')! + get(year, scope, 'female')! !== get(year, scope, 'total'))
      throw new Error(`${file}: ${year} ${scope}: male + female ≠ both`);
    if (scope === 'total') {
      for (const sex of ['total', 'male', 'female'] as const) {
        if (get(year, 'japanese', sex)! + get(year, 'foreign', sex)! !== get(year, 'total', sex))
          throw new Error(`${file}: ${year} ${sex}: Japanese + foreign ≠ total`);
      }
    }
  }
  const years = [...new Set(out.map((c) => c.year))];
  if (years.length !== 42 || years[0] !== 1985 || years.at(-1) !== 2026)
    throw new Error(`${file}: expected every year 1985–2026, found ${years.length} years`);
  return out;
}

export interface RegistryShare65 {
  year: number;
  scope: RegistryScope;
  sex: HistorySex;
  /** Persons aged 65+ of this sex, in % of the whole population of the scope (both sexes): the source's note 3. */
  sharePct: number;
}

/** Share of people aged 65+ on 1 January 1985–2026 (表9). From 2013 also a share within the Japanese population. */
export function loadRegistryShare65(): RegistryShare65[] {
  const { file, rows } = records(REGISTRY_SHARE_65, ['year', 'reference_date', 'scope', 'sex_of_65plus_numerator', 'share_65plus_pct']);
  const out = rows.map((r, i): RegistryShare65 => {
    const where = at(file, i);
    const year = wholeNumber(r.year, where);
    if (r.reference_date !== `${year}-01-01`) throw new Error(`${where}: reference_date ${r.reference_date} is not 1 January ${year}`);
    const sharePct = toNumber(r.share_65plus_pct, where);
    if (!(sharePct > 0 && sharePct < 100)) throw new Error(`${where}: share ${sharePct} % out of range`);
    return { year, scope: scopeOf(r.scope, where), sex: sexOf(r.sex_of_65plus_numerator, where), sharePct };
  });
  // The men's and women's shares add up to the both-sexes share (to the source's rounding).
  for (const s of out.filter((x) => x.sex === 'total')) {
    const part = (sex: HistorySex) => out.find((x) => x.year === s.year && x.scope === s.scope && x.sex === sex)?.sharePct ?? NaN;
    if (Math.abs(part('male') + part('female') - s.sharePct) > 0.011)
      throw new Error(`${file}: ${s.year} ${s.scope}: male + female shares ≠ both`);
  }
  return out;
}

// ---------------------------------------------------------------- census (1 October)

export type CensusStatus = 'final' | 'preliminary';
export type AgeGroup = 'total' | '0-14' | '15-64' | '65+' | 'unknown';

export interface CensusCount {
  year: number;
  refDate: string;
  status: CensusStatus;
  sex: HistorySex;
  ageGroup: AgeGroup;
  population: number;
  /** 'as in source' or how we (or the source folder) derived it. */
  derivation: string;
  source: string;
}

function statusOf(text: string, where: string): CensusStatus {
  if (text === 'final') return 'final';
  if (text.startsWith('preliminary')) return 'preliminary';
  throw new Error(`${where}: unknown census status ${JSON.stringify(text)}`);
}

/** Census totals 1980–2025 (male and female where the source has them); 2015 also as its preliminary count, 2025 preliminary only. */
export function loadCensusTotals(): CensusCount[] {
  const { file, rows } = records(CENSUS_TOTALS, ['year', 'reference_date', 'status', 'total', 'male', 'female', 'source']);
  return rows.flatMap((r, i): CensusCount[] => {
    const where = at(file, i);
    const year = wholeNumber(r.year, where);
    if (r.reference_date !== `${year}-10-01`) throw new Error(`${where}: reference_date ${r.reference_date} is not 1 October ${year}`);
    const base = {
      year,
      refDate: r.reference_date,
      status: statusOf(r.status, where),
      ageGroup: 'total' as const,
      derivation: 'as in source',
      source: r.source,
    };
    const total = wholeNumber(r.total, where);
    if (r.male === '' && r.female === '') return [{ ...base, sex: 'total', population: total }];
    const male = wholeNumber(r.male, where);
    const female = wholeNumber(r.female, where);
    if (male + female !== total) throw new Error(`${where}: male + female ≠ total`);
    return [
      { ...base, sex: 'total', population: total },
      { ...base, sex: 'male', population: male },
      { ...base, sex: 'female', population: female },
    ];
  });
}

/** Census 0–14 / 15–64 / 65+ / age unknown, 1980–2015, by sex (sums of the 5-year groups, made in the source folder). */
export function loadCensusAge3(): CensusCount[] {
  const { file, rows } = records(CENSUS_AGE3, ['year', 'sex', 'total', 'age_0_14', 'age_15_64', 'age_65plus', 'age_unknown', 'derivation']);
  return rows.flatMap((r, i): CensusCount[] => {
    const where = at(file, i);
    const year = wholeNumber(r.year, where);
    const n = (k: string) => wholeNumber(r[k], where);
    if (n('age_0_14') + n('age_15_64') + n('age_65plus') + n('age_unknown') !== n('total'))
      throw new Error(`${where}: the groups do not add up to the total`);
    const base = {
      year,
      refDate: `${year}-10-01`,
      status: 'final' as const,
      sex: sexOf(r.sex, where),
      derivation: r.derivation,
      source: rawName(CENSUS_AGE3),
    };
    return (
      [
        ['0-14', 'age_0_14'],
        ['15-64', 'age_15_64'],
        ['65+', 'age_65plus'],
        ['unknown', 'age_unknown'],
      ] as const
    ).map(([ageGroup, k]) => ({ ...base, ageGroup, population: n(k) }));
  });
}

// ---------------------------------------------------------------- IPSS regional projections

export type Indicator = 'total' | 'age0_14' | 'age15_64' | 'age65plus';

export interface IpssValue {
  edition: string;
  baseCensusYear: number;
  published: string;
  titleJa: string;
  year: number;
  indicator: Indicator;
  population: number;
  /** 'projection' or 'base_year_value' (the base census, with unknown ages allocated by IPSS). */
  valueType: 'projection' | 'base_year_value';
  /** 'as in source' or 'summed in the source folder (5-year groups)'. */
  derivation: string;
}

const IPSS_EDITIONS = ['IPSS_2008', 'IPSS_2013', 'IPSS_2018', 'IPSS_2023'];

/**
 * The medium-variant projections by edition, year and broad age group (the summary file), with each
 * edition's title, base census and publication month from the long file. Empty cells (not in source) are
 * left out. The 2008 edition's closed-population variant is not read.
 */
export function loadIpssProjections(): IpssValue[] {
  const long = records(IPSS_VALUES, [
    'source_edition',
    'edition_title_ja',
    'base_census_year',
    'published',
    'year',
    'sex',
    'age_group',
    'population',
    'value_type',
  ]);
  const meta = new Map<string, { base: number; published: string; title: string }>();
  long.rows.forEach((r, i) => {
    const m = { base: wholeNumber(r.base_census_year, at(long.file, i)), published: r.published, title: r.edition_title_ja };
    const seen = meta.get(r.source_edition);
    if (seen && (seen.base !== m.base || seen.published !== m.published))
      throw new Error(`${at(long.file, i)}: edition ${r.source_edition} has two base years or publication dates`);
    meta.set(r.source_edition, m);
  });
  const { file, rows } = records(IPSS_SUMMARY, ['source_edition', 'year', 'total', 'age_0_14', 'age_15_64', 'age_65plus', 'note']);
  const out: IpssValue[] = [];
  rows.forEach((r, i) => {
    const where = at(file, i);
    const edition = r.source_edition;
    if (!IPSS_EDITIONS.includes(edition)) throw new Error(`${where}: unknown edition ${JSON.stringify(edition)}`);
    const m = meta.get(edition);
    if (!m) throw new Error(`${where}: edition ${edition} is not in ${IPSS_VALUES.file}`);
    const year = wholeNumber(r.year, where);
    const valueType = year === m.base ? 'base_year_value' : 'projection';
    const summed = /sums of published 5-year groups/.test(r.note);
    const cells: [Indicator, string][] = [
      ['total', 'total'],
      ['age0_14', 'age_0_14'],
      ['age15_64', 'age_15_64'],
      ['age65plus', 'age_65plus'],
    ];
    const values: Partial<Record<Indicator, number>> = {};
    for (const [indicator, k] of cells) {
      if (r[k] === '') continue;
      values[indicator] = wholeNumber(r[k], where);
      out.push({
        edition,
        baseCensusYear: m.base,
        published: m.published,
        titleJa: m.title,
        year,
        indicator,
        population: values[indicator]!,
        valueType,
        derivation:
          summed && indicator !== 'total' ? 'summed in the source folder (published 5-year groups, addition only)' : 'as in source',
      });
    }
    if (values.total === undefined) throw new Error(`${where}: no total`);
    if (
      values.age0_14 !== undefined &&
      values.age15_64 !== undefined &&
      values.age65plus !== undefined &&
      values.age0_14 + values.age15_64 + values.age65plus !== values.total
    ) {
      throw new Error(`${where}: the three age groups do not add up to the total`);
    }
  });
  // Every total in the summary is the long file's both-sexes total for that edition and year.
  for (const v of out.filter((x) => x.indicator === 'total')) {
    const match = long.rows.find(
      (r) =>
        r.source_edition === v.edition &&
        Number(r.year) === v.year &&
        r.sex === 'both' &&
        r.age_group === 'total' &&
        r.value_type !== 'closed_population_projection (no migration)',
    );
    if (match && Number(match.population) !== v.population)
      throw new Error(`${file}: ${v.edition} ${v.year} total ${v.population} ≠ ${match.population} in ${IPSS_VALUES.file}`);
  }
  return out;
}

export interface IpssErrorQuoted {
  edition: string;
  targetYear: number;
  horizonYears: number;
  projected: number;
  census: number;
  errorPct: number;
}

/** The source folder's own error table (used only to check ours). */
export function loadIpssErrorsQuoted(): IpssErrorQuoted[] {
  const { file, rows } = records(IPSS_ERRORS, [
    'source_edition',
    'target_year',
    'horizon_years',
    'projected_total',
    'census_total',
    'error_pct_of_census',
  ]);
  return rows.map((r, i) => ({
    edition: r.source_edition,
    targetYear: wholeNumber(r.target_year, at(file, i)),
    horizonYears: wholeNumber(r.horizon_years, at(file, i)),
    projected: wholeNumber(r.projected_total, at(file, i)),
    census: wholeNumber(r.census_total, at(file, i)),
    errorPct: toNumber(r.error_pct_of_census, at(file, i)),
  }));
}
