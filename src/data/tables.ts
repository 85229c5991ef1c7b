// The tables the app knows by name: public/data/<name>.parquet, written by data/pipeline/.
// A table listed here but absent from the build is 'unavailable' (never requested); a Parquet file
// present in the build but not listed here is still loaded into DuckDB for the analyst view.
import type { Lang } from '../i18n/lang.ts';

/**
 * What a table is for: 'projection' tables feed the projection worker and load first; 'reference'
 * tables hold published and observed numbers; 'plan' tables describe the plan (docs/plan-data.md);
 * 'neighbourhood' tables are the town view's registry counts by 町丁目 (data/README.md).
 */
export type TableRole = 'projection' | 'reference' | 'plan' | 'neighbourhood';

export interface TableInfo {
  readonly role: TableRole;
  /** One line per language, in the data's own words. */
  readonly label: Readonly<Record<Lang, string>>;
  /**
   * Loaded only when a view asks for it (the town view) or the data view opens, never in the background
   * after the outlook's first chart (Catalog.start skips it): residents on phones do not download it unasked.
   */
  readonly onDemand?: boolean;
}

export const TABLES = {
  base_population: {
    role: 'projection',
    label: { ja: '基準人口（2021年1月1日、男女・各歳）', en: 'Base population (1 Jan 2021, by sex and single age)' },
  },
  survival: {
    role: 'projection',
    label: { ja: '生命表・生残率（男女・各歳）', en: 'Life tables and survival ratios (by sex and single age)' },
  },
  fertility: {
    role: 'projection',
    label: { ja: '年齢別出生率', en: 'Age-specific fertility rates' },
  },
  migration: {
    role: 'projection',
    label: { ja: '転入率・転出率（男女・各歳、補正済み）', en: 'In- and out-migration rates (by sex and single age, calibrated)' },
  },
  residual_migration: {
    role: 'projection',
    label: { ja: '純移動（残差法、5歳階級・男女）', en: 'Net migration (residual method, 5-year groups by sex)' },
  },
  assumptions: {
    role: 'reference',
    label: { ja: '計画の推計前提', en: "The plan's projection assumptions" },
  },
  published_results: {
    role: 'reference',
    label: { ja: '計画が公表した推計結果', en: "The plan's published projection results" },
  },
  actuals: {
    role: 'reference',
    label: { ja: '住民基本台帳の実績値', en: 'Registry counts at later dates (actuals)' },
  },
  flows_2024: {
    role: 'reference',
    label: { ja: '2024年の人口動態（出生・死亡・転入・転出）', en: 'Components of change in 2024' },
  },
  registry_history: {
    role: 'reference',
    label: {
      ja: '住民基本台帳人口の推移（各年1月1日、1985〜2026年。2012年までは日本人のみ）',
      en: 'Registry population on 1 January, 1985–2026 (Japanese residents only until 2012)',
    },
  },
  census_history: {
    role: 'reference',
    label: {
      ja: '国勢調査人口の推移（各年10月1日、1980〜2025年。2025年は速報値）',
      en: 'Census population on 1 October, 1980–2025 (2025 preliminary)',
    },
  },
  past_outlooks: {
    role: 'reference',
    label: {
      ja: '過去の将来推計（社人研2008〜2023年推計、計画の推計の再現）',
      en: "Past outlooks (IPSS 2008–2023 editions; the plan's outlook as reconstructed)",
    },
  },
  past_outlook_errors: {
    role: 'reference',
    label: { ja: '過去の将来推計の誤差（5・10・15年後）', en: 'Errors of past outlooks (after 5, 10, 15 years)' },
  },
  plan_fields: { role: 'plan', label: { ja: '計画の8分野と将来像', en: "The plan's 8 fields and their visions" } },
  plan_policies: { role: 'plan', label: { ja: '施策', en: 'Policies' } },
  plan_projects: { role: 'plan', label: { ja: '計画事業', en: 'Plan projects' } },
  plan_placements: { role: 'plan', label: { ja: '施策ごとの計画事業の掲載', en: 'Where each project is listed, by policy' } },
  plan_counts: { role: 'plan', label: { ja: '計画に書かれた件数と数えた件数', en: 'Counts stated in the plan and counted' } },
  plan_indicators: { role: 'plan', label: { ja: '分野ごとの主な指標', en: 'Main indicator of each field' } },
  plan_periods: { role: 'plan', label: { ja: '計画の期間', en: 'Plan periods' } },
  governance_plans: { role: 'plan', label: { ja: '区政経営の基本姿勢（3つの計画）', en: 'Basic stance of ward management (3 plans)' } },
  governance_policies: { role: 'plan', label: { ja: '区政経営の方針', en: 'Ward-management policies' } },
  governance_headings: { role: 'plan', label: { ja: '区政経営の方針の見出し', en: 'Ward-management policy headings' } },
  governance_projects: { role: 'plan', label: { ja: '区政経営の取組', en: 'Ward-management items' } },
  sdg_goals: { role: 'plan', label: { ja: 'SDGsの17の目標', en: 'The 17 Sustainable Development Goals' } },
  sdg_links: {
    role: 'plan',
    label: { ja: '施策とSDGsの対応（本ダッシュボードによる対応づけ）', en: "Policies and SDG targets (this dashboard's mapping)" },
  },
  policy_age_links: {
    role: 'plan',
    label: { ja: '施策と年齢層の対応（本ダッシュボードによる対応づけ）', en: "Policies and age groups (this dashboard's mapping)" },
  },
  neighbourhoods: {
    role: 'neighbourhood',
    onDemand: true,
    label: {
      ja: '町丁目別の人口と指標（住民基本台帳、2022年10月頃）',
      en: 'Population and measures by 町丁目 (registry, about October 2022)',
    },
  },
  neighbourhood_population: {
    role: 'neighbourhood',
    onDemand: true,
    label: {
      ja: '町丁目別・男女・各歳の人口（住民基本台帳、2022年10月頃）',
      en: 'Population by 町丁目, sex and single age (registry, about October 2022)',
    },
  },
} as const satisfies Record<string, TableInfo>;

/** Whether a table loads only when asked for (see TableInfo.onDemand). */
export function isOnDemand(name: string): boolean {
  return isKnownTable(name) && (TABLES[name] as TableInfo).onDemand === true;
}

export type TableName = keyof typeof TABLES;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export function isKnownTable(name: string): name is TableName {
  return Object.hasOwn(TABLES, name);
}

/** Table names double as SQL identifiers and file names, so only this shape is accepted. */
export const TABLE_NAME_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
