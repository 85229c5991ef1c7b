// assumptions.parquet: the plan's own projection settings as key/value rows, each with the verbatim
// text it was read from (plan ○人口の見通し (1)) or the file it came from.
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeParquet, type TableSpec } from './parquet.ts';
import { parenthesisedNumber, planLine, section } from './plan_text.ts';
import { loadRegistryTotals2021, PLAN } from './sources.ts';

export interface AssumptionRow {
  key: string;
  value: number | null;
  value_text: string | null;
  unit: string;
  source: string;
  quote: string | null;
  note: string | null;
}

const PLAN_SOURCE = `data/raw/${PLAN.source}/${PLAN.file} ${PLAN.section} （1）推計方法等の概要`;

/** The plan's total fertility rate (0.99) and sex ratio at birth (105.1), read from its text. */
export function planRates(): { tfr: number; srb: number } {
  return { tfr: parenthesisedNumber(section(), '出生率').value, srb: parenthesisedNumber(section(), '出生男女比').value };
}

export function assumptionRows(): AssumptionRow[] {
  const s = section();
  const tfr = parenthesisedNumber(s, '出生率');
  const srb = parenthesisedNumber(s, '出生男女比');
  const base = planLine(s, '基準人口');
  const baseDate = /令和3年（2021年）1月1日時点/.test(base) ? '2021-01-01' : null;
  if (!baseDate) throw new Error(`plan ○人口の見通し: base date not found in "${base}"`);
  const horizonQuote = '令和4年（2022年）から令和47年（2065年）までを対象期間';
  if (!s.includes(horizonQuote)) throw new Error(`plan ○人口の見通し: horizon text not found: ${horizonQuote}`);
  const totals = loadRegistryTotals2021();
  const totalsSource = 'data/raw/web-page-snippets/suginami_registry_totals.csv (blog quoting the ward figure; secondary source)';
  const planText = (label: string) =>
    planLine(s, label)
      .slice(label.length + 1)
      .trim();
  return [
    {
      key: 'tfr',
      value: tfr.value,
      value_text: null,
      unit: 'births per woman',
      source: PLAN_SOURCE,
      quote: tfr.quote,
      note: 'Suginami 2020 total fertility rate; the projection holds it constant',
    },
    {
      key: 'srb',
      value: srb.value,
      value_text: null,
      unit: 'male births per 100 female births',
      source: PLAN_SOURCE,
      quote: srb.quote,
      note: 'Tokyo average 2014–2020',
    },
    {
      key: 'base_date',
      value: null,
      value_text: baseDate,
      unit: 'date',
      source: PLAN_SOURCE,
      quote: base.slice('基準人口'.length + 1).trim(),
      note: null,
    },
    {
      key: 'base_total',
      value: totals.total,
      value_text: null,
      unit: 'persons',
      source: totalsSource,
      quote: null,
      note: `registry population on ${totals.date}, Japanese + foreign`,
    },
    {
      key: 'base_male',
      value: totals.male,
      value_text: null,
      unit: 'persons',
      source: totalsSource,
      quote: null,
      note: `registry population on ${totals.date}`,
    },
    {
      key: 'base_female',
      value: totals.female,
      value_text: null,
      unit: 'persons',
      source: totalsSource,
      quote: null,
      note: `registry population on ${totals.date}`,
    },
    {
      key: 'horizon_start_year',
      value: 2022,
      value_text: null,
      unit: 'year',
      source: PLAN_SOURCE.replace(' （1）推計方法等の概要', ''),
      quote: horizonQuote,
      note: null,
    },
    {
      key: 'horizon_end_year',
      value: 2065,
      value_text: null,
      unit: 'year',
      source: PLAN_SOURCE.replace(' （1）推計方法等の概要', ''),
      quote: horizonQuote,
      note: null,
    },
    {
      key: 'method',
      value: null,
      value_text: planText('推計方法'),
      unit: 'text',
      source: PLAN_SOURCE,
      quote: planText('推計方法'),
      note: 'cohort-component method',
    },
    {
      key: 'survival_tables',
      value: null,
      value_text: planText('生残率'),
      unit: 'text',
      source: PLAN_SOURCE,
      quote: planText('生残率'),
      note: 'not in our sources: survival.parquet uses HMD Japan female 2019 and national male 2018 death rates as stand-ins',
    },
    {
      key: 'migration',
      value: null,
      value_text: planText('人口移動 （転入率・転出率）'),
      unit: 'text',
      source: PLAN_SOURCE,
      quote: planText('人口移動 （転入率・転出率）'),
      note: 'the in/out-migration rates themselves are not in the plan text (not in source)',
    },
  ];
}

export const assumptionsSpec: TableSpec<AssumptionRow> = {
  name: 'assumptions',
  columns: [
    { name: 'key', type: 'VARCHAR' },
    { name: 'value', type: 'DOUBLE', nullable: true },
    { name: 'value_text', type: 'VARCHAR', nullable: true },
    { name: 'unit', type: 'VARCHAR' },
    { name: 'source', type: 'VARCHAR' },
    { name: 'quote', type: 'VARCHAR', nullable: true },
    { name: 'note', type: 'VARCHAR', nullable: true },
  ],
  orderBy: ['key'],
};

export async function buildAssumptions(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, assumptionsSpec, assumptionRows(), outDir);
}
