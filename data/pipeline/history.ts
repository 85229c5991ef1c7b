// registry_history.parquet and census_history.parquet: the ward's own past, for the outlook's charts
// to start from and for scoring past outlooks. The registry on 1 January 1985–2026 (Japanese residents
// only until 2012), and the census on 1 October 1980–2025 (2025 preliminary).
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeParquet, type TableSpec } from './parquet.ts';
import {
  loadCensusAge3,
  loadCensusTotals,
  loadRegistryHistory,
  loadRegistryShare65,
  rawName,
  REGISTRY_HISTORY,
  REGISTRY_SHARE_65,
  type AgeGroup,
  type CensusStatus,
  type HistorySex,
  type RegistryScope,
} from './history_sources.ts';

export interface RegistryHistoryRow {
  year: number;
  ref_date: string;
  scope: RegistryScope;
  sex: HistorySex;
  population: number;
  /** 65+ of this sex in % of the scope's whole population (both sexes), as in source; NULL for the foreign scope. */
  share_65plus_pct: number | null;
  /** share_65plus_pct × the scope's both-sexes population / 100 (DERIVED; the share is rounded to 0.01 %, so ± about 30 persons). */
  age65plus_derived: number | null;
  source: string;
  column_in_source: string;
}

export const SCOPE_NOTE = {
  japanese_only: 'Japanese residents only: the registry did not cover foreign residents before July 2012',
  total: 'Japanese + foreign residents (from 2013-01-01)',
  japanese: 'Japanese residents (part of the total, from 2013)',
  foreign: 'foreign residents (part of the total, from 2013)',
} as const;

export function registryHistoryRows(): RegistryHistoryRow[] {
  const counts = loadRegistryHistory();
  const shares = loadRegistryShare65();
  const source = `${rawName(REGISTRY_HISTORY)}; 65+ share: ${rawName(REGISTRY_SHARE_65)}`;
  return counts.map((c) => {
    const share = shares.find((s) => s.year === c.year && s.scope === c.scope && s.sex === c.sex)?.sharePct ?? null;
    const whole = counts.find((o) => o.year === c.year && o.scope === c.scope && o.sex === 'total')!.population;
    return {
      year: c.year,
      ref_date: c.refDate,
      scope: c.scope,
      sex: c.sex,
      population: c.population,
      share_65plus_pct: share,
      age65plus_derived: share === null ? null : Math.round((share * whole) / 100),
      source,
      column_in_source: c.columnInSource,
    };
  });
}

export const registryHistorySpec: TableSpec<RegistryHistoryRow> = {
  name: 'registry_history',
  columns: [
    { name: 'year', type: 'INTEGER' },
    { name: 'ref_date', type: 'VARCHAR' },
    { name: 'scope', type: 'VARCHAR' },
    { name: 'sex', type: 'VARCHAR' },
    { name: 'population', type: 'DOUBLE' },
    { name: 'share_65plus_pct', type: 'DOUBLE', nullable: true },
    { name: 'age65plus_derived', type: 'DOUBLE', nullable: true },
    { name: 'source', type: 'VARCHAR' },
    { name: 'column_in_source', type: 'VARCHAR' },
  ],
  orderBy: ['year', 'scope', 'sex'],
};

export interface CensusHistoryRow {
  year: number;
  ref_date: string;
  status: CensusStatus;
  sex: HistorySex;
  age_group: AgeGroup;
  population: number;
  derivation: string;
  source: string;
  note: string | null;
}

const UNKNOWN_AGE_NOTE = 'age groups exclude persons of unknown age (年齢不詳); see the unknown row';
const NOTES: Record<string, string> = {
  '2010': 'age unknown 75,940 (13.8 % of the total): age groups of 2010 are not comparable with other years',
  '2020': 'total from the IPSS 2023 projection base year (census 2020); by age and sex not in source',
  '2025': 'PRELIMINARY count (速報集計); the final count may differ slightly',
  '2015-preliminary': 'the preliminary count; the final count (563,997) is the one used for scoring',
};

export function censusHistoryRows(): CensusHistoryRow[] {
  const rows = [...loadCensusTotals(), ...loadCensusAge3()];
  return rows.map((c) => ({
    year: c.year,
    ref_date: c.refDate,
    status: c.status,
    sex: c.sex,
    age_group: c.ageGroup,
    population: c.population,
    derivation: c.derivation,
    source: c.source.startsWith('data/raw/') ? c.source : `data/raw/suginami-census-1980-2025/census_suginami_totals.csv (${c.source})`,
    note:
      c.year === 2015 && c.status === 'preliminary'
        ? NOTES['2015-preliminary']
        : (NOTES[String(c.year)] ?? (c.ageGroup !== 'total' && c.ageGroup !== 'unknown' ? UNKNOWN_AGE_NOTE : null)),
  }));
}

export const censusHistorySpec: TableSpec<CensusHistoryRow> = {
  name: 'census_history',
  columns: [
    { name: 'year', type: 'INTEGER' },
    { name: 'ref_date', type: 'VARCHAR' },
    { name: 'status', type: 'VARCHAR' },
    { name: 'sex', type: 'VARCHAR' },
    { name: 'age_group', type: 'VARCHAR' },
    { name: 'population', type: 'DOUBLE' },
    { name: 'derivation', type: 'VARCHAR' },
    { name: 'source', type: 'VARCHAR' },
    { name: 'note', type: 'VARCHAR', nullable: true },
  ],
  orderBy: ['year', 'status', 'sex', 'age_group'],
};

export async function buildRegistryHistory(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, registryHistorySpec, registryHistoryRows(), outDir);
}

export async function buildCensusHistory(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, censusHistorySpec, censusHistoryRows(), outDir);
}
