// Test helper (Vitest only): a real projection from the real tables of public/data/ (decoded with
// hyparquet, assembled as the session does, projected and summarized as the worker does), so the
// projection-table and example tests use the numbers the app shows.
import { createComponents } from '../../../worker/engine/components.ts';
import { project } from '../../../worker/engine/cohort.ts';
import { prepare } from '../../../worker/engine/prepare.ts';
import type { Prepared } from '../../../worker/engine/types.ts';
import { decodeParquet, type DecodedTable } from '../../data/parquet.ts';
import { assembleInputs } from '../../projection/inputs.ts';
import { summarize } from '../../projection/summarize.ts';
import type { ProjectionLike } from './projection-tables.ts';

const FS = 'node:fs';
let prepared: Promise<Prepared> | null = null;

async function table(name: string): Promise<DecodedTable> {
  const fs = (await import(/* @vite-ignore */ FS)) as { readFileSync(path: URL): Uint8Array };
  const bytes = fs.readFileSync(new URL(`../../../public/data/${name}.parquet`, import.meta.url));
  return decodeParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, `data/${name}.parquet`);
}

/** The projection of `scenario` (partial: the plan's values fill the rest; {} is the baseline). */
export async function realProjection(scenario: Record<string, unknown> = {}): Promise<ProjectionLike> {
  prepared ??= (async () => {
    const [population, survival, fertility, migration, assumptions] = await Promise.all(
      ['base_population', 'survival', 'fertility', 'migration', 'assumptions'].map(table),
    );
    return prepare(assembleInputs({ population, survival, fertility, migration, assumptions }));
  })();
  const result = project(await prepared, scenario);
  const { summary } = summarize(result, createComponents(result));
  return { baseYear: result.baseYear, years: result.years, scenario: result.scenario, population: result.population.slice(), summary };
}
