/**
 * The plan tables: names, columns, types and row order. The writer creates each table from this
 * list and checks every row against it; docs/plan-data.md describes the same columns.
 */

export type ColumnType = 'INTEGER' | 'DOUBLE' | 'VARCHAR' | 'BOOLEAN';

export interface Column {
  name: string;
  type: ColumnType;
  /** NULL allowed (default false). */
  nullable?: boolean;
}

export interface TableSpec {
  name: string;
  columns: Column[];
  /** ORDER BY of the Parquet file: rows are written in this order, so files are deterministic. */
  orderBy: string[];
}

/** A row as the builder produces it: one value per column. */
export type Row = Record<string, string | number | boolean | null>;

const int = (name: string, nullable = false): Column => ({ name, type: 'INTEGER', nullable });
const dbl = (name: string, nullable = false): Column => ({ name, type: 'DOUBLE', nullable });
const str = (name: string, nullable = false): Column => ({ name, type: 'VARCHAR', nullable });
const bool = (name: string, nullable = false): Column => ({ name, type: 'BOOLEAN', nullable });

export const PLAN_TABLES = {
  plan_fields: {
    name: 'plan_fields',
    orderBy: ['field_id'],
    columns: [
      int('field_id'),
      str('name_ja'),
      str('name_ja_as_printed'),
      str('name_en'),
      str('name_en_source'),
      str('future_image_ja'),
      str('future_image_en'),
      str('future_image_variant_ja', true),
      str('color'),
      str('color_palette'),
      int('policy_count'),
      int('placement_count'),
      int('project_count'),
    ],
  },
  plan_policies: {
    name: 'plan_policies',
    orderBy: ['policy_id'],
    columns: [
      int('policy_id'),
      int('field_id'),
      str('name_ja'),
      str('name_en'),
      str('name_en_source'),
      int('placement_count'),
      str('note_ja', true),
      str('note_en', true),
      str('note_source', true),
    ],
  },
  plan_projects: {
    name: 'plan_projects',
    orderBy: ['project_id'],
    columns: [
      str('project_id'),
      int('project_no'),
      str('name_ja'),
      str('name_en'),
      str('name_en_source'),
      int('home_policy_id'),
      int('home_field_id'),
      int('placement_count'),
      int('field_count'),
      bool('is_priority', true),
      str('priority_status'),
      str('spellings_as_printed'),
      str('normalisation_rules', true),
    ],
  },
  plan_placements: {
    name: 'plan_placements',
    orderBy: ['placement_id'],
    columns: [
      int('placement_id'),
      int('policy_id'),
      int('field_id'),
      str('project_id'),
      int('position'),
      str('name_ja_as_printed'),
      bool('is_relisted'),
      bool('is_cross_field'),
      int('doc_line'),
    ],
  },
  plan_counts: {
    name: 'plan_counts',
    orderBy: ['count_id'],
    columns: [
      int('count_id'),
      str('subject_ja'),
      str('subject_en'),
      int('stated', true),
      int('parsed', true),
      str('note_ja'),
      str('note_en'),
    ],
  },
  governance_plans: {
    name: 'governance_plans',
    orderBy: ['plan_id'],
    columns: [
      int('plan_id'),
      str('name_ja'),
      str('name_en'),
      str('plan_name_ja'),
      str('plan_name_en'),
      str('name_en_source'),
      int('stated_policy_count'),
      int('listed_policy_count'),
      int('stated_project_count'),
      int('listed_project_count'),
      int('distinct_listed_count'),
      bool('counts_match'),
      str('count_note_ja'),
      str('count_note_en'),
    ],
  },
  governance_policies: {
    name: 'governance_policies',
    orderBy: ['plan_id', 'policy_no'],
    columns: [
      int('plan_id'),
      int('policy_no'),
      str('name_ja'),
      str('name_en'),
      str('name_en_source'),
      bool('marked_with_asterisk'),
      str('note_ja', true),
      str('note_en', true),
      int('heading_count'),
      int('listed_project_count'),
    ],
  },
  governance_headings: {
    name: 'governance_headings',
    orderBy: ['plan_id', 'policy_no', 'heading_no'],
    columns: [
      int('plan_id'),
      int('policy_no'),
      int('heading_no'),
      str('name_ja'),
      str('name_en'),
      str('name_en_source'),
      int('listed_project_count'),
    ],
  },
  governance_projects: {
    name: 'governance_projects',
    orderBy: ['item_id'],
    columns: [
      int('item_id'),
      int('plan_id'),
      int('policy_no'),
      int('heading_no'),
      int('position'),
      str('category_ja', true),
      str('category_en', true),
      str('name_ja'),
      str('name_ja_as_printed'),
      str('name_en'),
      str('name_en_source'),
      str('project_id', true),
      str('note_ja', true),
      str('note_en', true),
      int('doc_line'),
    ],
  },
  sdg_goals: {
    name: 'sdg_goals',
    orderBy: ['goal'],
    columns: [int('goal'), str('name_ja'), str('name_ja_as_printed'), str('name_en'), str('color'), int('printed_position')],
  },
  sdg_links: {
    name: 'sdg_links',
    orderBy: ['link_id'],
    columns: [
      int('link_id'),
      str('level'),
      int('policy_id', true),
      str('project_id', true),
      str('project_name_ja', true),
      int('goal'),
      str('target', true),
      str('reason_ja'),
      str('reason_en'),
      str('source'),
    ],
  },
  plan_indicators: {
    name: 'plan_indicators',
    orderBy: ['field_id'],
    columns: [
      int('field_id'),
      str('status'),
      str('indicator_ja', true),
      str('indicator_en', true),
      str('name_en_source', true),
      str('unit', true),
      str('unit_note', true),
      dbl('initial_value', true),
      str('initial_value_as_printed', true),
      dbl('target_fy2026', true),
      str('target_fy2026_as_printed', true),
      dbl('target_fy2030', true),
      str('target_fy2030_as_printed', true),
      dbl('current_value', true),
      str('current_value_as_printed', true),
      str('current_value_note', true),
      int('page_id', true),
      str('page_url', true),
      str('page_updated', true),
      str('source'),
    ],
  },
  plan_periods: {
    name: 'plan_periods',
    orderBy: ['period_id'],
    columns: [
      int('period_id'),
      str('kind'),
      str('name_ja'),
      str('name_en'),
      int('start_fy', true),
      int('end_fy', true),
      str('year_basis'),
      str('note_ja'),
      str('note_en'),
      str('source'),
    ],
  },
  policy_age_links: {
    name: 'policy_age_links',
    orderBy: ['policy_id', 'age_group'],
    columns: [int('policy_id'), str('age_group'), str('reason_ja'), str('reason_en'), str('source')],
  },
} satisfies Record<string, TableSpec>;

export type PlanTableName = keyof typeof PLAN_TABLES;
export type PlanTables = Record<PlanTableName, Row[]>;

/** Check one row against its table: every column present with the right type, nothing extra. */
export function checkRow(spec: TableSpec, row: Row, index: number): void {
  const where = `${spec.name} row ${index + 1}`;
  const names = new Set(spec.columns.map((c) => c.name));
  for (const key of Object.keys(row)) {
    if (!names.has(key)) throw new Error(`${where}: unknown column ${key}`);
  }
  for (const col of spec.columns) {
    const v = row[col.name];
    if (v === undefined) throw new Error(`${where}: missing column ${col.name}`);
    if (v === null) {
      if (!col.nullable) throw new Error(`${where}: ${col.name} must not be NULL`);
      continue;
    }
    const ok =
      col.type === 'VARCHAR'
        ? typeof v === 'string'
        : col.type === 'BOOLEAN'
          ? typeof v === 'boolean'
          : col.type === 'INTEGER'
            ? Number.isInteger(v)
            : typeof v === 'number' && Number.isFinite(v);
    if (!ok) throw new Error(`${where}: ${col.name} should be ${col.type}, got ${JSON.stringify(v)}`);
  }
}
