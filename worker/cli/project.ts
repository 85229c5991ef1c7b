// npm run project -- [--scenario FILE.json] [--inputs FILE.json] [--format json|csv] [--out FILE] [--data DIR]
// Projects the baseline (public/data/) or explicit inputs under a scenario and writes the full result.
import { writeFile } from 'node:fs/promises';
import { loadBaselineInputs } from '../baseline/load.ts';
import { validateInputs } from '../engine/inputs.ts';
import { prepare, project, summary, type ProjectionInputs } from '../engine/index.ts';
import { UsageError, parseFlags } from './args.ts';
import { DEFAULT_DATA_DIR, readFromDirectory, readJson } from './files.ts';
import { SUMMARY_COLUMNS, projectionJson, toCsv } from './output.ts';

const USAGE = `usage: npm run project -- [--scenario FILE.json] [--inputs FILE.json] [--format json|csv] [--out FILE] [--data DIR]
  --scenario  scenario parameters (tfr, srb, mortalityDecline, inMigration, outMigration, horizon); defaults: the plan's
  --inputs    explicit inputs (docs/inputs.md); default: the baseline from --data
  --format    json (scenario, summary, peaks, population by year/sex/age; default) or csv (the summary rows)
  --out       write to FILE instead of standard output
  --data      directory of the baseline Parquet tables (default public/data)`;

async function main(argv: readonly string[]): Promise<void> {
  const flags = parseFlags(argv, {
    scenario: {}, inputs: {}, format: { values: ['json', 'csv'] }, out: {}, data: {}, help: { boolean: true },
  });
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scenario = flags.scenario ? await readJson(flags.scenario, 'scenario') : {};
  let inputs: ProjectionInputs;
  if (flags.inputs) {
    const raw = await readJson(flags.inputs, 'inputs');
    try {
      inputs = validateInputs(raw);
    } catch (error) {
      throw new UsageError(`inputs file ${flags.inputs}: ${(error as Error).message}`);
    }
  } else {
    inputs = await loadBaselineInputs(readFromDirectory(flags.data ?? DEFAULT_DATA_DIR));
  }
  let result;
  try {
    result = project(prepare(inputs), scenario);
  } catch (error) {
    throw new UsageError(`${flags.scenario ? `scenario file ${flags.scenario}: ` : ''}${(error as Error).message}`);
  }
  const rows = summary(result);
  const text = flags.format === 'csv' ? toCsv(rows.rows, SUMMARY_COLUMNS) : `${projectionJson(result, rows, flags.inputs ?? 'baseline')}\n`;
  if (flags.out) {
    await writeFile(flags.out, text).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot write ${flags.out}: ${error.code ?? error.message}`);
    });
  } else {
    process.stdout.write(text);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`project: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
});
