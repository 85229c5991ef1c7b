/**
 * Build the plan-structure tables (public/data/plan_*.parquet, governance_*, sdg_*, policy_age_links).
 *
 * data/pipeline/build.ts imports this module and calls buildPlanTables(conn, outDir). It can also
 * run alone: `npx tsx data/pipeline/plan/index.ts [outDir]` (default public/data).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parseRecords } from '../csv.ts';
import { parsePlanDocument, type PlanDocument } from './parse.ts';
import { PLAN_TABLES, type PlanTableName, type PlanTables } from './schema.ts';
import { buildPlanRows, REVIEWED_COLUMNS, type ReviewedFiles } from './tables.ts';
import { writeTable } from './write.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The plan summary (a copy of ../shared/plan-document; see its PROVENANCE.md). */
export const PLAN_DOCUMENT_PATH = here('../../raw/plan-document/000_7742aaec6d9a2549.txt');

/** Where each reviewed file lives. */
export const REVIEWED_PATHS: Record<keyof ReviewedFiles, string> = {
  fields: here('./translations/fields.csv'),
  policies: here('./translations/policies.csv'),
  projects: here('./translations/projects.csv'),
  governance: here('./translations/governance.csv'),
  indicators: here('./translations/indicators.csv'),
  fieldColors: here('./field_colors.csv'),
  sdgGoals: here('./sdg_goals.csv'),
  sdgLinks: here('./sdg_links.csv'),
  policyAgeLinks: here('./policy_age_links.csv'),
  policyNotes: here('./policy_notes.csv'),
  governanceNotes: here('./governance_notes.csv'),
  periodsExternal: here('./periods_external.csv'),
  fieldIndicators: here('../../raw/suginami-field-review-2025/field_main_indicators.csv'),
};

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as Error).message}`);
  }
}

export function loadPlanDocument(path = PLAN_DOCUMENT_PATH): PlanDocument {
  return parsePlanDocument(readText(path));
}

export function loadReviewedFiles(paths = REVIEWED_PATHS): ReviewedFiles {
  const out = {} as ReviewedFiles;
  for (const key of Object.keys(paths) as (keyof ReviewedFiles)[]) {
    out[key] = parseRecords(readText(paths[key]), paths[key], REVIEWED_COLUMNS[key]);
  }
  return out;
}

/** All rows of all plan tables, from the files in the repository. */
export function planRows(): PlanTables {
  return buildPlanRows(loadPlanDocument(), loadReviewedFiles());
}

export interface WrittenTable {
  table: PlanTableName;
  rows: number;
  file: string;
}

/** Build every plan table and write `<outDir>/<table>.parquet`. The tables also stay in `conn`. */
export async function buildPlanTables(conn: DuckDBConnection, outDir: string): Promise<WrittenTable[]> {
  const rows = planRows();
  mkdirSync(outDir, { recursive: true });
  const written: WrittenTable[] = [];
  for (const table of Object.keys(PLAN_TABLES) as PlanTableName[]) {
    const file = await writeTable(conn, PLAN_TABLES[table], rows[table], outDir);
    written.push({ table, rows: rows[table].length, file });
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? here('../../../public/data'));
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    for (const t of await buildPlanTables(conn, outDir))
      console.log(`${t.table.padEnd(20)} ${String(t.rows).padStart(4)} rows → ${t.file}`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
