// actuals.parquet: the registry's own counts at later dates, in one long table, for comparing the
// outlook with what happened. Every row says where it comes from and whether we summed it.
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeParquet, type TableSpec } from './parquet.ts';
import {
  JUKI_2025_AGE3,
  JUKI_2026_AGE3,
  JUKI_2026_AGE5,
  loadJuki2025Age3,
  loadJuki2026Age3,
  loadJuki2026Age5,
  loadRegistryTotals2021,
  loadSuginami2022,
  SUGINAMI_2022,
  type SexCounts,
  type ThreeGroups,
} from './sources.ts';
import { REGISTRY_2022_DATE } from './base_population.ts';
import { TOP_AGE } from './survival.ts';

export type ActualSex = 'total' | 'male' | 'female';
export type Nationality = 'total' | 'japanese' | 'foreign';

export interface ActualRow {
  ref_date: string;
  /** Decimal year of ref_date (2022-10-01 → 2022.75), to set beside projection years. */
  ref_year: number;
  date_certain: boolean;
  source: string;
  sex: ActualSex;
  nationality: Nationality;
  age_from: number;
  /** Last age of the group (inclusive); null for an open group (100+, 65+, all ages). */
  age_to: number | null;
  age_label: string;
  population: number;
  /** 'as in source' or 'summed here (…)'. */
  derivation: string;
  note: string | null;
}

const SEX_KEYS: ActualSex[] = ['total', 'male', 'female'];
const AS_IN_SOURCE = 'as in source';
const path = (s: { source: string; file: string }, table?: string) => `data/raw/${s.source}/${s.file}${table ? ` (${table})` : ''}`;

function threeGroupRows(base: Omit<ActualRow, 'sex' | 'age_from' | 'age_to' | 'age_label' | 'population'>, g: ThreeGroups): ActualRow[] {
  const groups: [number, number | null, string, SexCounts][] = [
    [0, 14, '0-14', g.age0_14],
    [15, 64, '15-64', g.age15_64],
    [65, null, '65+', g.age65plus],
  ];
  return groups.flatMap(([from, to, label, c]) =>
    SEX_KEYS.map((sex) => ({
      ...base,
      sex,
      age_from: from,
      age_to: to,
      age_label: label,
      population: c[sex],
    })),
  );
}

/** 2021-01-01: the registry totals (base date of the plan). */
function rows2021(): ActualRow[] {
  const t = loadRegistryTotals2021();
  return SEX_KEYS.map((sex) => ({
    ref_date: t.date,
    ref_year: 2021,
    date_certain: true,
    source: 'data/raw/web-page-snippets/suginami_registry_totals.csv',
    sex,
    nationality: 'total',
    age_from: 0,
    age_to: null,
    age_label: 'total',
    population: t[sex],
    derivation: AS_IN_SOURCE,
    note: 'blog quoting the ward figure (secondary source); Japanese + foreign',
  }));
}

/** ~2022-10-01: single ages 0..99, 100+, three groups and the total, by sex (the date is not stated in the source). */
function rows2022(): ActualRow[] {
  const reg = loadSuginami2022();
  const base = {
    ref_date: REGISTRY_2022_DATE,
    ref_year: 2022.75,
    date_certain: false,
    source: path(SUGINAMI_2022),
    nationality: 'total' as const,
    note: 'reference date not stated; the source was generated in Oct 2022 (令和4年10月生成): taken as 2022-10-01',
  };
  const sum = (sex: ActualSex, from: number, to: number | null) =>
    reg.filter((r) => r.age >= from && (to === null || r.age <= to)).reduce((a, r) => a + r[sex], 0);
  const out: ActualRow[] = [];
  for (const sex of SEX_KEYS) {
    for (let age = 0; age < TOP_AGE; age++) {
      out.push({ ...base, sex, age_from: age, age_to: age, age_label: String(age), population: reg[age][sex], derivation: AS_IN_SOURCE });
    }
    out.push({
      ...base,
      sex,
      age_from: TOP_AGE,
      age_to: null,
      age_label: `${TOP_AGE}+`,
      population: sum(sex, TOP_AGE, null),
      derivation: `summed here (ages ${TOP_AGE}..121)`,
    });
    for (const [from, to, label] of [
      [0, 14, '0-14'],
      [15, 64, '15-64'],
      [65, null, '65+'],
    ] as const) {
      out.push({
        ...base,
        sex,
        age_from: from,
        age_to: to,
        age_label: label,
        population: sum(sex, from, to),
        derivation: 'summed here (single ages)',
      });
    }
    out.push({
      ...base,
      sex,
      age_from: 0,
      age_to: null,
      age_label: 'total',
      population: sum(sex, 0, null),
      derivation: 'summed here (single ages)',
    });
  }
  return out;
}

/** 2025-01-01: three groups × sex (table 3-1), plus their sum. */
function rows2025(): ActualRow[] {
  const g = loadJuki2025Age3();
  const base = {
    ref_date: '2025-01-01',
    ref_year: 2025,
    date_certain: true,
    source: path(JUKI_2025_AGE3, JUKI_2025_AGE3.table),
    nationality: 'total' as const,
    note: 'excludes age unknown (年齢不詳); Japanese + foreign',
  };
  const groups = threeGroupRows({ ...base, derivation: AS_IN_SOURCE }, g);
  const totals = SEX_KEYS.map((sex) => ({
    ...base,
    sex,
    age_from: 0,
    age_to: null,
    age_label: 'total',
    derivation: 'summed here (three groups)',
    population: g.age0_14[sex] + g.age15_64[sex] + g.age65plus[sex],
  }));
  return [...groups, ...totals];
}

/** 2026-01-01: 5-year groups × sex × nationality with the published total (table 7), and three groups × sex (table 3-1). */
function rows2026(): ActualRow[] {
  const base = { ref_date: '2026-01-01', ref_year: 2026, date_certain: true, derivation: AS_IN_SOURCE };
  const out: ActualRow[] = [];
  for (const r of loadJuki2026Age5()) {
    for (const nationality of ['total', 'japanese', 'foreign'] as const) {
      for (const sex of SEX_KEYS) {
        out.push({
          ...base,
          source: path(JUKI_2026_AGE5, JUKI_2026_AGE5.table),
          sex,
          nationality,
          age_from: r.ageFrom,
          age_to: r.ageTo,
          age_label: r.label === '総数' ? 'total' : r.ageTo === null ? `${r.ageFrom}+` : `${r.ageFrom}-${r.ageTo}`,
          population: r[nationality][sex],
          note: '"-" in the source read as 0; the 不詳者 (age unknown) row is empty',
        });
      }
    }
  }
  out.push(
    ...threeGroupRows(
      { ...base, source: path(JUKI_2026_AGE3, JUKI_2026_AGE3.table), nationality: 'total', note: 'excludes age unknown (年齢不詳)' },
      loadJuki2026Age3(),
    ),
  );
  return out;
}

export function actualRows(): ActualRow[] {
  return [...rows2021(), ...rows2022(), ...rows2025(), ...rows2026()];
}

export const actualsSpec: TableSpec<ActualRow> = {
  name: 'actuals',
  columns: [
    { name: 'ref_date', type: 'VARCHAR' },
    { name: 'ref_year', type: 'DOUBLE' },
    { name: 'date_certain', type: 'BOOLEAN' },
    { name: 'source', type: 'VARCHAR' },
    { name: 'sex', type: 'VARCHAR' },
    { name: 'nationality', type: 'VARCHAR' },
    { name: 'age_from', type: 'INTEGER' },
    { name: 'age_to', type: 'INTEGER', nullable: true },
    { name: 'age_label', type: 'VARCHAR' },
    { name: 'population', type: 'DOUBLE' },
    { name: 'derivation', type: 'VARCHAR' },
    { name: 'note', type: 'VARCHAR', nullable: true },
  ],
  orderBy: ['ref_date', 'source', 'nationality', 'sex', 'age_from', 'age_to'],
};

export async function buildActuals(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, actualsSpec, actualRows(), outDir);
}
