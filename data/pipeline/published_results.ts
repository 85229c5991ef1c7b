// published_results.parquet: the plan's five published outcomes (○人口の見通し （2）①人口ピーク),
// parsed from the plan text so the numbers cannot drift from it.
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeParquet, type TableSpec } from './parquet.ts';
import { planPeak, section } from './plan_text.ts';
import { PLAN } from './sources.ts';

export type Indicator = 'total' | 'age0_14' | 'age15_64' | 'age65plus' | 'aging_rate';

export interface PublishedRow {
  indicator: Indicator;
  kind: 'peak' | 'level';
  year: number;
  fiscal_year_label: string;
  value: number;
  unit: 'persons' | 'percent';
  label_ja: string;
  quote: string;
  source: string;
  note: string;
}

const ROWS: { indicator: Indicator; label: string; kind: 'peak' | 'level'; note?: string }[] = [
  { indicator: 'total', label: '総人口', kind: 'peak' },
  { indicator: 'age0_14', label: '年少人口（0-14歳）', kind: 'peak' },
  { indicator: 'age15_64', label: '生産年齢人口（15-64歳）', kind: 'peak' },
  { indicator: 'age65plus', label: '高齢人口（65歳以上）', kind: 'peak' },
  {
    indicator: 'aging_rate',
    label: '高齢化率',
    kind: 'level',
    note: 'listed in the peak table; the text says the rate rises to 28.7% in 2065 (令和47年), the last year of the outlook, so it is the 2065 level (and the highest value)',
  },
];

/** The plan's footnote under the table: years are fiscal years (年度). */
export const FISCAL_YEAR_NOTE = '※（ ）内は、ピークとなる年度を記載。';

export function publishedRows(): PublishedRow[] {
  const s = section();
  if (!s.includes(FISCAL_YEAR_NOTE)) throw new Error(`plan ○人口の見通し: footnote not found: ${FISCAL_YEAR_NOTE}`);
  return ROWS.map(({ indicator, label, kind, note }) => {
    const p = planPeak(s, label);
    return {
      indicator,
      kind,
      year: p.year,
      fiscal_year_label: `R${p.reiwa}(${p.year})`,
      value: p.value,
      unit: p.unit,
      label_ja: label,
      quote: `${label}\t${p.quote}`,
      source: `data/raw/${PLAN.source}/${PLAN.file} ${PLAN.section} （2）推計結果の概要 ①人口ピーク`,
      note: [`plan footnote: ${FISCAL_YEAR_NOTE} (the year is a fiscal year, 年度)`, note].filter(Boolean).join('; '),
    };
  });
}

export const publishedSpec: TableSpec<PublishedRow> = {
  name: 'published_results',
  columns: [
    { name: 'indicator', type: 'VARCHAR' },
    { name: 'kind', type: 'VARCHAR' },
    { name: 'year', type: 'INTEGER' },
    { name: 'fiscal_year_label', type: 'VARCHAR' },
    { name: 'value', type: 'DOUBLE' },
    { name: 'unit', type: 'VARCHAR' },
    { name: 'label_ja', type: 'VARCHAR' },
    { name: 'quote', type: 'VARCHAR' },
    { name: 'source', type: 'VARCHAR' },
    { name: 'note', type: 'VARCHAR' },
  ],
  orderBy: ['indicator'],
};

export async function buildPublishedResults(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, publishedSpec, publishedRows(), outDir);
}
