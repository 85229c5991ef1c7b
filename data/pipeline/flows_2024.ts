// flows_2024.parquet: Suginami's components of population change in calendar 2024 (Tokyo's
// 人口の動き 第１表), as key/value rows. The two population LEVELS in that table are not registry
// counts (see CAUTION in the PROVENANCE): they are kept, flagged, and should not be compared with
// the registry.
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeParquet, type TableSpec } from './parquet.ts';
import { loadPopChange2024, POP_CHANGE_2024 } from './sources.ts';

export interface FlowRow {
  key: string;
  value: number;
  unit: string;
  period: string;
  /** The source column header, verbatim. */
  label_ja: string;
  source: string;
  note: string | null;
}

const P = '令和６年中の動き／';
const LEVEL_CAUTION =
  'CAUTION: a population LEVEL higher than the registry count (577,147 on 2025-01-01); it looks like the census-based ' +
  '東京都の人口（推計）, not 住民基本台帳. Do not compare with registry counts.';

const KEYS: { key: string; header: string; unit: string; period: string; note?: string }[] = [
  { key: 'births', header: `${P}自然増減／出生数`, unit: 'persons', period: '2024' },
  { key: 'deaths', header: `${P}自然増減／死亡数`, unit: 'persons', period: '2024' },
  { key: 'natural_change', header: `${P}自然増減`, unit: 'persons', period: '2024' },
  { key: 'in_other_prefectures', header: `${P}社会増減（他県との移動増減）／転入数`, unit: 'persons', period: '2024' },
  { key: 'out_other_prefectures', header: `${P}社会増減（他県との移動増減）／転出数`, unit: 'persons', period: '2024' },
  {
    key: 'net_other_prefectures',
    header: `${P}社会増減（他県との移動増減）`,
    unit: 'persons',
    period: '2024',
    note: 'the table calls only this 社会増減 (注２)',
  },
  { key: 'in_within_tokyo', header: `${P}都内間の移動増減／転入数`, unit: 'persons', period: '2024' },
  { key: 'out_within_tokyo', header: `${P}都内間の移動増減／転出数`, unit: 'persons', period: '2024' },
  { key: 'net_within_tokyo', header: `${P}都内間の移動増減`, unit: 'persons', period: '2024' },
  {
    key: 'other_change',
    header: `${P}その他の増減`,
    unit: 'persons',
    period: '2024',
    note: 'not explained in the table (registry corrections etc. are typical; not in source)',
  },
  { key: 'total_change', header: `${P}人口増減`, unit: 'persons', period: '2024' },
  {
    key: 'japanese_change',
    header: '（別掲）人口増減のうち日本人増減',
    unit: 'persons',
    period: '2024',
    note: 'part of total_change due to Japanese residents',
  },
  { key: 'population_level_2024_01_01', header: '令和６年1月1日現在人口', unit: 'persons', period: '2024-01-01', note: LEVEL_CAUTION },
  { key: 'population_level_2025_01_01', header: '令和7年1月1日現在人口', unit: 'persons', period: '2025-01-01', note: LEVEL_CAUTION },
];

export function flowRows(): FlowRow[] {
  const { values } = loadPopChange2024();
  const source = `data/raw/${POP_CHANGE_2024.source}/${POP_CHANGE_2024.file} (${POP_CHANGE_2024.table}, 13115 杉並区)`;
  return KEYS.map(({ key, header, unit, period, note }) => {
    const value = values.get(header);
    if (value === undefined) throw new Error(`${POP_CHANGE_2024.file}: column ${JSON.stringify(header)} not found`);
    return { key, value, unit, period, label_ja: header, source, note: note ?? null };
  });
}

export const flowsSpec: TableSpec<FlowRow> = {
  name: 'flows_2024',
  columns: [
    { name: 'key', type: 'VARCHAR' },
    { name: 'value', type: 'DOUBLE' },
    { name: 'unit', type: 'VARCHAR' },
    { name: 'period', type: 'VARCHAR' },
    { name: 'label_ja', type: 'VARCHAR' },
    { name: 'source', type: 'VARCHAR' },
    { name: 'note', type: 'VARCHAR', nullable: true },
  ],
  orderBy: ['key'],
};

export async function buildFlows2024(conn: DuckDBConnection, outDir: string): Promise<string> {
  return writeParquet(conn, flowsSpec, flowRows(), outDir);
}
