// npm run actuals -- [--scenario FILE.json] [--format text|json|csv] [--data DIR]
// The baseline projection against the registry's actual Jan 1 counts (actuals.parquet): error by age group and sex.
import { loadActuals } from '../baseline/actuals.ts';
import { loadBaselineInputs } from '../baseline/load.ts';
import { compareWithActuals, prepare, project } from '../engine/index.ts';
import { UsageError, parseFlags } from './args.ts';
import { DEFAULT_DATA_DIR, readFromDirectory, readJson } from './files.ts';
import { comparisonTable, toCsv } from './output.ts';

async function main(argv: readonly string[]): Promise<void> {
  const flags = parseFlags(argv, { scenario: {}, format: { values: ['text', 'json', 'csv'] }, data: {} });
  const read = readFromDirectory(flags.data ?? DEFAULT_DATA_DIR);
  const scenario = flags.scenario ? await readJson(flags.scenario, 'scenario') : {};
  const [inputs, actuals] = await Promise.all([loadBaselineInputs(read), loadActuals(read)]);
  let result;
  try {
    result = project(prepare(inputs), scenario);
  } catch (error) {
    throw new UsageError(`scenario: ${(error as Error).message}`);
  }
  // Only Jan 1 counts within the projection's years can be compared (the projection reports Jan 1).
  const comparable = actuals.filter((a) => {
    const match = /^(\d{4})-01-01$/.exec(a.ref_date);
    return match !== null && Number(match[1]) >= result.baseYear && Number(match[1]) <= result.horizon;
  });
  const rows = compareWithActuals(result, comparable);
  if (rows.length === 0) throw new UsageError('actuals.parquet has no Jan 1 counts (nationality total) within the projection years');
  const columns = ['ref_date', 'source', 'sex', 'age_label', 'age_from', 'age_to', 'actual', 'projected', 'error', 'error_pct'] as const;
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(rows)}\n`);
  else if (flags.format === 'csv') process.stdout.write(toCsv(rows, columns));
  else
    process.stdout.write(
      `Baseline projection (scenario ${JSON.stringify(result.scenario)}) against registered populations.\nerror = projected − actual; error % = error / actual.\n\n${comparisonTable(rows)}`,
    );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`actuals: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
});
