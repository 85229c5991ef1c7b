// The plan tables (docs/plan-data.md) as typed rows, read from hyparquet's decoded columns: the plan
// view draws as soon as the small Parquet files are decoded, without waiting for DuckDB's 34 MB wasm
// (which a phone on Save-Data never loads). The tables are tiny (≤ 165 rows); each view reads only the
// columns it uses, and a missing column, a wrong type or an unexpected NULL is an error naming the file.
import { DataFileError, getColumn, type DecodedTable } from '../../data/parquet.ts';
import type { TableName } from '../../data/tables.ts';

/** A column's expected kind; '?' allows NULL. */
type Kind = 'int' | 'int?' | 'num' | 'num?' | 'str' | 'str?' | 'bool' | 'bool?';
type ValueOf<K extends Kind> = K extends 'int' | 'num'
  ? number
  : K extends 'int?' | 'num?'
    ? number | null
    : K extends 'str'
      ? string
      : K extends 'str?'
        ? string | null
        : K extends 'bool'
          ? boolean
          : boolean | null;
type Spec = Readonly<Record<string, Kind>>;
export type RowOf<S extends Spec> = { readonly [C in keyof S]: ValueOf<S[C]> };

/** Rows of a decoded table, with the columns of `spec` only. Throws DataFileError naming file, column and row. */
export function readRows<S extends Spec>(table: DecodedTable, spec: S): RowOf<S>[] {
  const readers = Object.entries(spec).map(([name, kind]) => {
    const column = getColumn(table, name);
    const nullable = kind.endsWith('?');
    const base = kind.replace('?', '');
    const expected = base === 'int' || base === 'num' ? ['int32', 'float64'] : base === 'str' ? ['string'] : ['boolean'];
    if (!expected.includes(column.type)) {
      throw new DataFileError(
        table.file,
        `column "${name}" is ${column.type}, expected ${base === 'str' ? 'text' : base === 'bool' ? 'boolean' : 'a number'}`,
      );
    }
    const get = (row: number): unknown => {
      if (column.type === 'string' || column.type === 'boolean') return column.values[row];
      return column.valid && column.valid[row] === 0 ? null : column.values[row];
    };
    return (row: number): [string, unknown] => {
      const value = get(row);
      if (value === null && !nullable) throw new DataFileError(table.file, `column "${name}" has a missing value at row ${row + 1}`);
      if (base === 'int' && value !== null && !Number.isInteger(value)) {
        throw new DataFileError(table.file, `column "${name}" row ${row + 1}: ${String(value)} is not a whole number`);
      }
      return [name, value];
    };
  });
  return Array.from({ length: table.numRows }, (_, row) => Object.fromEntries(readers.map((read) => read(row))) as RowOf<S>);
}

// The columns each view uses, table by table (names and types as in docs/plan-data.md).
export const PLAN_SPECS = {
  plan_fields: {
    field_id: 'int',
    name_ja: 'str',
    name_en: 'str',
    future_image_ja: 'str',
    future_image_en: 'str',
    color: 'str',
    policy_count: 'int',
    placement_count: 'int',
    project_count: 'int',
  },
  plan_policies: {
    policy_id: 'int',
    field_id: 'int',
    name_ja: 'str',
    name_en: 'str',
    placement_count: 'int',
    note_ja: 'str?',
    note_en: 'str?',
    note_source: 'str?',
  },
  plan_projects: {
    project_id: 'str',
    name_ja: 'str',
    name_en: 'str',
    home_policy_id: 'int',
    home_field_id: 'int',
    placement_count: 'int',
    field_count: 'int',
    is_priority: 'bool?',
    priority_status: 'str',
  },
  plan_placements: {
    placement_id: 'int',
    policy_id: 'int',
    field_id: 'int',
    project_id: 'str',
    position: 'int',
    is_relisted: 'bool',
    is_cross_field: 'bool',
  },
  plan_counts: { count_id: 'int', subject_ja: 'str', subject_en: 'str', stated: 'int?', parsed: 'int?', note_ja: 'str', note_en: 'str' },
  governance_plans: {
    plan_id: 'int',
    name_ja: 'str',
    name_en: 'str',
    plan_name_ja: 'str',
    plan_name_en: 'str',
    stated_policy_count: 'int',
    listed_policy_count: 'int',
    stated_project_count: 'int',
    listed_project_count: 'int',
    counts_match: 'bool',
    count_note_ja: 'str',
    count_note_en: 'str',
  },
  governance_policies: {
    plan_id: 'int',
    policy_no: 'int',
    name_ja: 'str',
    name_en: 'str',
    marked_with_asterisk: 'bool',
    note_ja: 'str?',
    note_en: 'str?',
    heading_count: 'int',
    listed_project_count: 'int',
  },
  governance_headings: { plan_id: 'int', policy_no: 'int', heading_no: 'int', name_ja: 'str', name_en: 'str' },
  governance_projects: {
    item_id: 'int',
    plan_id: 'int',
    policy_no: 'int',
    heading_no: 'int',
    category_ja: 'str?',
    category_en: 'str?',
    name_ja: 'str',
    name_en: 'str',
    project_id: 'str?',
    note_ja: 'str?',
    note_en: 'str?',
  },
  sdg_goals: { goal: 'int', name_ja: 'str', name_en: 'str', color: 'str' },
  sdg_links: {
    link_id: 'int',
    level: 'str',
    policy_id: 'int?',
    project_id: 'str?',
    goal: 'int',
    target: 'str?',
    reason_ja: 'str',
    reason_en: 'str',
    source: 'str',
  },
  plan_indicators: {
    field_id: 'int',
    status: 'str',
    indicator_ja: 'str?',
    indicator_en: 'str?',
    unit: 'str?',
    unit_note: 'str?',
    initial_value: 'num?',
    initial_value_as_printed: 'str?',
    target_fy2026: 'num?',
    target_fy2026_as_printed: 'str?',
    target_fy2030: 'num?',
    target_fy2030_as_printed: 'str?',
    current_value: 'num?',
    current_value_as_printed: 'str?',
    current_value_note: 'str?',
    page_url: 'str?',
    page_updated: 'str?',
    source: 'str',
  },
  plan_periods: {
    period_id: 'int',
    kind: 'str',
    name_ja: 'str',
    name_en: 'str',
    start_fy: 'int?',
    end_fy: 'int?',
    year_basis: 'str',
    note_ja: 'str',
    note_en: 'str',
    source: 'str',
  },
  policy_age_links: { policy_id: 'int', age_group: 'str', reason_ja: 'str', reason_en: 'str', source: 'str' },
} as const satisfies Partial<Record<TableName, Spec>>;

export type PlanTableName = keyof typeof PLAN_SPECS;
export const PLAN_TABLE_NAMES = Object.keys(PLAN_SPECS) as PlanTableName[];
export type PlanRows = { readonly [T in PlanTableName]: readonly RowOf<(typeof PLAN_SPECS)[T]>[] };

export type FieldRow = PlanRows['plan_fields'][number];
export type PolicyRow = PlanRows['plan_policies'][number];
export type ProjectRow = PlanRows['plan_projects'][number];
export type PlacementRow = PlanRows['plan_placements'][number];
export type CountRow = PlanRows['plan_counts'][number];
export type GovernancePlanRow = PlanRows['governance_plans'][number];
export type GovernancePolicyRow = PlanRows['governance_policies'][number];
export type GovernanceHeadingRow = PlanRows['governance_headings'][number];
export type GovernanceItemRow = PlanRows['governance_projects'][number];
export type SdgGoalRow = PlanRows['sdg_goals'][number];
export type SdgLinkRow = PlanRows['sdg_links'][number];
export type IndicatorRow = PlanRows['plan_indicators'][number];
export type PeriodRow = PlanRows['plan_periods'][number];
export type AgeLinkRow = PlanRows['policy_age_links'][number];

/** One plan table's rows, read from its decoded file. */
export function readPlanTable<T extends PlanTableName>(name: T, table: DecodedTable): PlanRows[T] {
  return readRows(table, PLAN_SPECS[name]) as unknown as PlanRows[T];
}
