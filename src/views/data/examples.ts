// Example queries for the SQL console: one click fills the editor and runs. Each shows a way into
// the data (a pyramid, the plan's own figures, the projection against the baseline, the plan's
// structure, the SDG mapping); the comments and name columns follow the page's language.
// examples.test.ts runs every one on DuckDB-WASM with the real tables and a real projection.
import type { Lang } from '../../i18n/lang.ts';

export interface Example {
  readonly id: string;
  readonly label: Readonly<Record<Lang, string>>;
  readonly sql: (lang: Lang) => string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'pyramid',
    label: { ja: '基準人口の5歳階級別人口（男女）', en: 'Base population by 5-year age group and sex' },
    sql: (
      lang,
    ) => `-- ${lang === 'ja' ? '2021年1月1日の人口、5歳階級・男女別（age_from 100 は100歳以上）' : 'Population on 1 Jan 2021 by 5-year age group and sex (age_from 100 is 100 and over)'}
SELECT age // 5 * 5 AS age_from,
       round(sum(population) FILTER (WHERE sex = 'male')) AS male,
       round(sum(population) FILTER (WHERE sex = 'female')) AS female
FROM base_population
GROUP BY age_from
ORDER BY age_from`,
  },
  {
    id: 'published',
    label: { ja: '計画が公表した推計結果', en: "The plan's published projection results" },
    sql: (
      lang,
    ) => `-- ${lang === 'ja' ? '計画書に書かれた推計の数値（引用元つき）' : "The projection figures printed in the plan (with the quoted text; labels are the plan's Japanese)"}
SELECT indicator, label_ja, kind, year, value, unit, quote
FROM published_results
ORDER BY year`,
  },
  {
    id: 'trend',
    label: { ja: '総人口の推移：選んだ前提と計画の前提', en: 'Total population by year: this scenario and the baseline' },
    sql: (
      lang,
    ) => `-- ${lang === 'ja' ? 'リンクの前提（scenario_）と計画の前提（baseline_）の総人口、各年1月1日' : "Total population on 1 Jan of each year: the link's scenario (scenario_) and the plan's baseline (baseline_)"}
SELECT year, round(s.total) AS scenario, round(b.total) AS baseline
FROM scenario_summary s
JOIN baseline_summary b USING (year)
ORDER BY year`,
  },
  {
    id: 'groups2065',
    label: { ja: '2065年の年齢3区分：選んだ前提と計画の前提', en: '2065 age groups: this scenario against the baseline' },
    sql: (
      lang,
    ) => `-- ${lang === 'ja' ? '2065年1月1日の総人口と年齢3区分（推計の最終年が2065年より前なら行はありません）' : 'Total and age groups on 1 Jan 2065 (no rows when the horizon is before 2065)'}
WITH s AS (UNPIVOT (SELECT total, age0_14, age15_64, age65plus FROM scenario_summary WHERE year = 2065)
           ON COLUMNS(*) INTO NAME age_group VALUE scenario),
     b AS (UNPIVOT (SELECT total, age0_14, age15_64, age65plus FROM baseline_summary WHERE year = 2065)
           ON COLUMNS(*) INTO NAME age_group VALUE baseline)
SELECT age_group, round(scenario) AS scenario, round(baseline) AS baseline,
       round(scenario) - round(baseline) AS difference
FROM s JOIN b USING (age_group)
ORDER BY list_position(['total', 'age0_14', 'age15_64', 'age65plus'], age_group)`,
  },
  {
    id: 'fields',
    label: { ja: '分野ごとの計画事業の数', en: 'Plan projects per field' },
    sql: (
      lang,
    ) => `-- ${lang === 'ja' ? '分野ごとの掲載数と計画事業の数（同じ事業が複数の施策に載ることがあります）' : 'Listings and distinct projects per field (a project can be listed under several policies)'}
SELECT f.field_id, f.name_${lang} AS field,
       count(*) AS placements,
       count(DISTINCT p.project_id) AS projects
FROM plan_placements p
JOIN plan_fields f USING (field_id)
GROUP BY ALL
ORDER BY f.field_id`,
  },
  {
    id: 'sdgs',
    label: { ja: 'SDGsの目標ごとの対応づけの数', en: 'SDG links per goal' },
    sql: (
      lang,
    ) => `-- ${lang === 'ja' ? '目標ごとの対応づけの数と施策の数（本ダッシュボードによる対応づけ）' : "Links and policies per goal (this dashboard's mapping)"}
SELECT g.goal, g.name_${lang} AS goal_name,
       count(l.link_id) AS links,
       count(DISTINCT l.policy_id) AS policies
FROM sdg_goals g
LEFT JOIN sdg_links l USING (goal)
GROUP BY ALL
ORDER BY g.goal`,
  },
];
