// past_outlooks.parquet and past_outlook_errors.parquet: earlier outlooks of Suginami and how far they
// erred. IPSS's regional projections (2008, 2013, 2018, 2023 editions) start from a census and project
// census populations (1 October), so they are scored against the census; the plan's outlook starts from
// the registry on 2021-01-01 and projects registry populations (1 January), so it is scored against the
// registry. Mixing them would count the census–registry gap (about 3 %, 17,000 people in 2020) as error.
//
// The plan's yearly outlook is not published: it stands here as this dashboard's reconstruction of it
// (the baseline projection, calibrated to the plan's five published figures), marked as such.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadBaselineInputs } from '../../worker/baseline/load.ts';
import { prepare, project, summary } from '../../worker/engine/index.ts';
import {
  CENSUS_TOTALS,
  IPSS_SUMMARY,
  loadCensusTotals,
  loadIpssProjections,
  loadRegistryHistory,
  rawName,
  REGISTRY_HISTORY,
  type Indicator,
} from './history_sources.ts';
import { writeParquet, type TableSpec } from './parquet.ts';

export type Base = 'census' | 'registry';

export interface PastOutlookRow {
  edition: string;
  title_ja: string;
  /** What the outlook starts from and projects: 'census' (1 October) or 'registry' (1 January). */
  base: Base;
  base_year: number;
  /** Year-month of publication as in source ('2022' for the plan). */
  published: string;
  year: number;
  ref_date: string;
  indicator: Indicator;
  population: number;
  value_type: 'base_year_value' | 'projection';
  derivation: string;
  source: string;
}

export const PLAN_EDITION = 'plan_2022';
const PLAN_TITLE = '杉並区総合計画（令和4〜12年度）の人口推計（本ダッシュボードによる再現）';
const PLAN_BASE_YEAR = 2021;
/** The plan's reconstruction is kept to this year: the last any IPSS edition reaches (the plan goes to 2065). */
export const PLAN_LAST_YEAR = 2050;
const PLAN_DERIVATION =
  "APPROXIMATION: this dashboard's baseline projection (the plan's method and assumptions, migration calibrated to the plan's five published figures, within about 1 %); the plan's yearly values are not published. Rounded to whole persons.";
const PLAN_SOURCE = 'projection of public/data/ (base_population, survival, fertility, migration, assumptions), worker/engine';

const INDICATORS: readonly Indicator[] = ['total', 'age0_14', 'age15_64', 'age65plus'];

/** The IPSS rows, with each edition's base census total added where the source folder holds no base-year row (2008, 2013). */
function ipssRows(): PastOutlookRow[] {
  const census = loadCensusTotals().filter((c) => c.sex === 'total' && c.status === 'final');
  const values = loadIpssProjections();
  const out: PastOutlookRow[] = values.map((v) => ({
    edition: v.edition,
    title_ja: v.titleJa,
    base: 'census',
    base_year: v.baseCensusYear,
    published: v.published,
    year: v.year,
    ref_date: `${v.year}-10-01`,
    indicator: v.indicator,
    population: v.population,
    value_type: v.valueType,
    derivation: v.valueType === 'base_year_value' ? `${v.derivation}; IPSS's base year (census, unknown ages allocated)` : v.derivation,
    source: rawName(IPSS_SUMMARY),
  }));
  for (const edition of [...new Set(values.map((v) => v.edition))]) {
    const first = values.find((v) => v.edition === edition)!;
    if (values.some((v) => v.edition === edition && v.valueType === 'base_year_value')) continue;
    const base = census.find((c) => c.year === first.baseCensusYear);
    if (!base) throw new Error(`${rawName(CENSUS_TOTALS)}: no final census total for ${first.baseCensusYear}, the base of ${edition}`);
    out.push({
      edition,
      title_ja: first.titleJa,
      base: 'census',
      base_year: first.baseCensusYear,
      published: first.published,
      year: base.year,
      ref_date: base.refDate,
      indicator: 'total',
      population: base.population,
      value_type: 'base_year_value',
      derivation: 'the base census total (not in the IPSS source folder): the line starts from it',
      source: rawName(CENSUS_TOTALS),
    });
  }
  return out;
}

/** The plan's outlook as reconstructed: the baseline projection of the files in `dataDir`, 2021–2050, whole persons. */
export async function planRows(dataDir: string): Promise<PastOutlookRow[]> {
  const inputs = await loadBaselineInputs(async (name) => {
    const bytes = await readFile(path.join(dataDir, name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
  if (inputs.baseYear !== PLAN_BASE_YEAR) throw new Error(`the baseline starts in ${inputs.baseYear}, not the plan's ${PLAN_BASE_YEAR}`);
  const { rows } = summary(project(prepare(inputs), { horizon: PLAN_LAST_YEAR }));
  return rows.flatMap((r) =>
    INDICATORS.map((indicator): PastOutlookRow => ({
      edition: PLAN_EDITION,
      title_ja: PLAN_TITLE,
      base: 'registry',
      base_year: PLAN_BASE_YEAR,
      published: '2022',
      year: r.year,
      ref_date: `${r.year}-01-01`,
      indicator,
      population: Math.round(r[indicator]),
      value_type: r.year === PLAN_BASE_YEAR ? 'base_year_value' : 'projection',
      derivation:
        r.year === PLAN_BASE_YEAR
          ? "the plan's base population (registry, 2021-01-01; by age derived, see base_population)"
          : PLAN_DERIVATION,
      source: PLAN_SOURCE,
    })),
  );
}

export const pastOutlooksSpec: TableSpec<PastOutlookRow> = {
  name: 'past_outlooks',
  columns: [
    { name: 'edition', type: 'VARCHAR' },
    { name: 'title_ja', type: 'VARCHAR' },
    { name: 'base', type: 'VARCHAR' },
    { name: 'base_year', type: 'INTEGER' },
    { name: 'published', type: 'VARCHAR' },
    { name: 'year', type: 'INTEGER' },
    { name: 'ref_date', type: 'VARCHAR' },
    { name: 'indicator', type: 'VARCHAR' },
    { name: 'population', type: 'DOUBLE' },
    { name: 'value_type', type: 'VARCHAR' },
    { name: 'derivation', type: 'VARCHAR' },
    { name: 'source', type: 'VARCHAR' },
  ],
  orderBy: ['edition', 'year', 'indicator'],
};

// ---------------------------------------------------------------- errors

export interface PastOutlookErrorRow {
  edition: string;
  base: Base;
  base_year: number;
  indicator: Indicator;
  /** target_year − base_year. */
  horizon_years: number;
  target_year: number;
  target_date: string;
  projected: number;
  /** The count on the outlook's own base: census (1 October) for IPSS, registry (1 January) for the plan. */
  actual: number;
  /** 'final' or 'preliminary' (the 2025 census). */
  actual_status: 'final' | 'preliminary';
  actual_source: string;
  /** projected − actual, persons. */
  error_persons: number;
  /** 100 × (projected − actual) / actual. */
  error_pct: number;
  note: string | null;
}

const PRELIMINARY_NOTE = 'scored against the PRELIMINARY 2025 census (速報); the final count may move this slightly';

/**
 * Every projected total whose target year has a count on the outlook's own base: IPSS against the census
 * (final where it exists, else preliminary), the plan against the registry on 1 January.
 */
export function pastOutlookErrorRows(outlooks: readonly PastOutlookRow[]): PastOutlookErrorRow[] {
  const census = loadCensusTotals().filter((c) => c.sex === 'total');
  const registry = loadRegistryHistory().filter((c) => c.sex === 'total' && c.scope === 'total');
  const out: PastOutlookErrorRow[] = [];
  for (const o of outlooks) {
    if (o.indicator !== 'total' || o.value_type !== 'projection') continue;
    let actual: { population: number; date: string; status: 'final' | 'preliminary'; source: string } | null = null;
    if (o.base === 'census') {
      const c = census.find((x) => x.year === o.year && x.status === 'final') ?? census.find((x) => x.year === o.year);
      if (c) actual = { population: c.population, date: c.refDate, status: c.status, source: rawName(CENSUS_TOTALS) };
    } else {
      const r = registry.find((x) => x.year === o.year);
      if (r) actual = { population: r.population, date: r.refDate, status: 'final', source: rawName(REGISTRY_HISTORY) };
    }
    if (!actual) continue;
    if (actual.date !== o.ref_date)
      throw new Error(`${o.edition} ${o.year}: projected for ${o.ref_date} but the count is of ${actual.date}`);
    const error = o.population - actual.population;
    out.push({
      edition: o.edition,
      base: o.base,
      base_year: o.base_year,
      indicator: o.indicator,
      horizon_years: o.year - o.base_year,
      target_year: o.year,
      target_date: o.ref_date,
      projected: o.population,
      actual: actual.population,
      actual_status: actual.status,
      actual_source: actual.source,
      error_persons: error,
      error_pct: (100 * error) / actual.population,
      note:
        actual.status === 'preliminary'
          ? PRELIMINARY_NOTE
          : o.edition === PLAN_EDITION
            ? "the plan's outlook as reconstructed here (approximation)"
            : null,
    });
  }
  return out;
}

export const pastOutlookErrorsSpec: TableSpec<PastOutlookErrorRow> = {
  name: 'past_outlook_errors',
  columns: [
    { name: 'edition', type: 'VARCHAR' },
    { name: 'base', type: 'VARCHAR' },
    { name: 'base_year', type: 'INTEGER' },
    { name: 'indicator', type: 'VARCHAR' },
    { name: 'horizon_years', type: 'INTEGER' },
    { name: 'target_year', type: 'INTEGER' },
    { name: 'target_date', type: 'VARCHAR' },
    { name: 'projected', type: 'DOUBLE' },
    { name: 'actual', type: 'DOUBLE' },
    { name: 'actual_status', type: 'VARCHAR' },
    { name: 'actual_source', type: 'VARCHAR' },
    { name: 'error_persons', type: 'DOUBLE' },
    { name: 'error_pct', type: 'DOUBLE' },
    { name: 'note', type: 'VARCHAR', nullable: true },
  ],
  orderBy: ['edition', 'indicator', 'horizon_years'],
};

/** All rows of both tables; the plan's rows need the baseline's files already built in `dataDir`. */
export async function pastOutlookTables(dataDir: string): Promise<{ outlooks: PastOutlookRow[]; errors: PastOutlookErrorRow[] }> {
  const outlooks = [...ipssRows(), ...(await planRows(dataDir))];
  return { outlooks, errors: pastOutlookErrorRows(outlooks) };
}

/** Writes past_outlooks (after the baseline's tables: the plan's rows are projected from them). */
export async function buildPastOutlooks(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, pastOutlooksSpec, (await pastOutlookTables(outDir)).outlooks, outDir);
}

/** Writes past_outlook_errors (same rows as past_outlooks, scored). */
export async function buildPastOutlookErrors(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, pastOutlookErrorsSpec, (await pastOutlookTables(outDir)).errors, outDir);
}
