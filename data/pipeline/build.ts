// `npm run data`: rebuild every Parquet file in public/data/ from data/raw/. One module per table;
// the plan tables (data/pipeline/plan/, another module set) run too when that folder has an index.ts.
// Same inputs → same bytes: one DuckDB thread, explicit column types and sort order.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import { buildActuals } from './actuals.ts';
import { buildAssumptions } from './assumptions.ts';
import { buildBasePopulation } from './base_population.ts';
import { buildFertility } from './fertility.ts';
import { buildFlows2024 } from './flows_2024.ts';
import { buildCensusHistory, buildRegistryHistory } from './history.ts';
import { buildMigration } from './migration.ts';
import { BOUNDARIES_FILE, buildBoundaries, buildNeighbourhoodPopulation, buildNeighbourhoods } from './neighbourhoods.ts';
import { openDuckDB } from './parquet.ts';
import { OUT_DIR } from './paths.ts';
import { buildPastOutlookErrors, buildPastOutlooks } from './past_outlooks.ts';
import { buildPublishedResults } from './published_results.ts';
import { buildResidualMigration } from './residual_migration.ts';
import { buildSurvival } from './survival.ts';

type Builder = (conn: DuckDBConnection, outDir: string) => Promise<string | string[] | void>;

/** The population tables, in build order. */
export const TABLES: [string, Builder][] = [
  ['survival', buildSurvival],
  ['base_population', buildBasePopulation],
  ['fertility', buildFertility],
  ['assumptions', buildAssumptions],
  ['actuals', buildActuals],
  ['flows_2024', buildFlows2024],
  ['published_results', buildPublishedResults],
  ['residual_migration', buildResidualMigration],
  ['migration', buildMigration],
  // History and past outlooks (after migration: the plan's reconstructed outlook is projected from the built files).
  ['registry_history', buildRegistryHistory],
  ['census_history', buildCensusHistory],
  ['past_outlooks', buildPastOutlooks],
  ['past_outlook_errors', buildPastOutlookErrors],
  ['neighbourhoods', buildNeighbourhoods],
  ['neighbourhood_population', buildNeighbourhoodPopulation],
];

/** Files that are not tables: the town view's boundaries (JSON, loaded by that view only). */
export const OTHER_FILES: [string, Builder][] = [[BOUNDARIES_FILE, buildBoundaries]];

const PLAN_INDEX = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plan', 'index.ts');

export interface BuildOptions {
  /** Also run data/pipeline/plan/index.ts's buildPlanTables when it exists (default true). */
  includePlan?: boolean;
  log?: (line: string) => void;
}

/** Build every table into `outDir`. Throws, naming the table, on the first failure. */
export async function buildAll(outDir: string = OUT_DIR, options: BuildOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const { conn, close } = await openDuckDB();
  try {
    for (const [name, build] of TABLES) {
      try {
        await build(conn, outDir);
      } catch (e) {
        throw new Error(`building ${name}.parquet failed: ${(e as Error).message}`, { cause: e });
      }
      log(`wrote ${path.join(outDir, `${name}.parquet`)}`);
    }
    for (const [file, build] of OTHER_FILES) {
      try {
        await build(conn, outDir);
      } catch (e) {
        throw new Error(`building ${file} failed: ${(e as Error).message}`, { cause: e });
      }
      log(`wrote ${path.join(outDir, file)}`);
    }
    if ((options.includePlan ?? true) && existsSync(PLAN_INDEX)) {
      const plan = (await import(pathToFileURL(PLAN_INDEX).href)) as { buildPlanTables?: Builder };
      if (typeof plan.buildPlanTables !== 'function') throw new Error(`${PLAN_INDEX} does not export buildPlanTables(conn, outDir)`);
      try {
        await plan.buildPlanTables(conn, outDir);
      } catch (e) {
        throw new Error(`building the plan tables (data/pipeline/plan/) failed: ${(e as Error).message}`, { cause: e });
      }
      log('built the plan tables (data/pipeline/plan/)');
    }
  } finally {
    close();
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : OUT_DIR;
  buildAll(outDir, { log: (l) => console.log(l) }).catch((e: unknown) => {
    console.error((e as Error).message);
    process.exitCode = 1;
  });
}
