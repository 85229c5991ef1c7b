// npm run project -- [--scenario FILE.json] [--inputs FILE.json] [--format json|csv] [--out FILE] [--data DIR]
//                    [--fan RUNS [--seed N]]
// Projects the baseline (public/data/) or explicit inputs under a scenario and writes the full result;
// with --fan, the uncertainty bands around it instead (docs/bands.md): quantiles by year and quantity;
// with --compare, a second scenario B as well, written per year as A, B, A − B and A ÷ B (影響度) of the
// total, the three age groups and the aging rate (engine/versus.ts).
import { writeFile } from 'node:fs/promises';
import { loadBaselineInputs } from '../baseline/load.ts';
import { validateInputs } from '../engine/inputs.ts';
import { prepare, project, summary, type ProjectionInputs } from '../engine/index.ts';
import { bands, DEFAULT_BANDS_SEED, FAN_QUANTITIES, FAN_PROBABILITIES, MAX_FAN_RUNS, type FanBands } from '../engine/fan.ts';
import { UsageError, parseFlags } from './args.ts';
import { DEFAULT_DATA_DIR, readFromDirectory, readJson } from './files.ts';
import { SUMMARY_COLUMNS, VERSUS_COLUMNS, projectionJson, toCsv, versusRows } from './output.ts';

const USAGE = `usage: npm run project -- [--scenario FILE.json] [--inputs FILE.json] [--format json|csv] [--out FILE] [--data DIR]
  --scenario  scenario parameters (tfr, srb, mortalityDecline, inMigration, outMigration, horizon); defaults: the plan's
  --compare   scenario B, compared with --scenario (A): per year A, B, A − B and A ÷ B (影響度) of total, age groups, aging rate;
              B takes A's horizon (a different horizon in B's file is an error)
  --inputs    explicit inputs (docs/inputs.md); default: the baseline from --data
  --format    json (scenario, summary, peaks, population by year/sex/age; default) or csv (the summary rows)
  --out       write to FILE instead of standard output
  --data      directory of the baseline Parquet tables (default public/data)
  --fan       RUNS trajectories of TFR, mortality and migration around the scenario (docs/bands.md); writes one row
              per year and quantity: year,quantity,p2_5,p10,p50,p90,p97_5 (csv) or the same rows as JSON
  --seed      the random draws' seed for --fan (a whole number; default ${DEFAULT_BANDS_SEED}): the same seed gives the same bands`;

/** The bands as rows: one per year and quantity. */
export function bandRows(b: FanBands): Record<string, number | string>[] {
  const rows: Record<string, number | string>[] = [];
  const names = FAN_PROBABILITIES.map((p) => `p${String(p * 100).replace('.', '_')}`);
  for (let y = 0; y < b.years; y++) {
    FAN_QUANTITIES.forEach((quantity, q) => {
      const row: Record<string, number | string> = { year: b.baseYear + y, quantity };
      names.forEach((name, p) => (row[name] = b.quantiles[(q * b.years + y) * FAN_PROBABILITIES.length + p]));
      rows.push(row);
    });
  }
  return rows;
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${flag} ${text} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

async function main(argv: readonly string[]): Promise<void> {
  const flags = parseFlags(argv, {
    scenario: {},
    compare: {},
    inputs: {},
    format: { values: ['json', 'csv'] },
    out: {},
    data: {},
    fan: {},
    seed: {},
    help: { boolean: true },
  });
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (flags.seed !== undefined && flags.fan === undefined) throw new UsageError("--seed needs --fan (it seeds the bands' random draws)");
  const runs = flags.fan === undefined ? 0 : wholeNumber('fan', flags.fan, 2, MAX_FAN_RUNS);
  const seed = flags.seed === undefined ? DEFAULT_BANDS_SEED : wholeNumber('seed', flags.seed, 0, 2 ** 32 - 1);
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
  const compareRaw: unknown = flags.compare ? await readJson(flags.compare, 'compare') : null;
  if (flags.compare && runs > 0) throw new UsageError('--compare and --fan cannot be used together');
  let text: string;
  try {
    const prepared = prepare(inputs);
    if (runs > 0) {
      const rows = bandRows(bands(prepared, scenario, { runs, seed }));
      text = flags.format === 'csv' ? toCsv(rows, Object.keys(rows[0])) : `${JSON.stringify({ runs, seed, rows })}\n`;
    } else {
      const result = project(prepared, scenario);
      const rows = summary(result);
      if (flags.compare) {
        const horizon = (compareRaw as { horizon?: unknown } | null)?.horizon;
        if (horizon !== undefined && horizon !== result.horizon) {
          throw new UsageError(
            `compare file ${flags.compare}: horizon ${JSON.stringify(horizon)} differs from A's ${result.horizon} (B takes A's horizon; leave it out)`,
          );
        }
        let other;
        try {
          other = project(prepared, { ...(compareRaw as object), horizon: result.horizon });
        } catch (error) {
          throw new UsageError(`compare file ${flags.compare}: ${(error as Error).message}`);
        }
        const compared = versusRows(rows.rows, summary(other).rows);
        text =
          flags.format === 'csv'
            ? toCsv(compared, VERSUS_COLUMNS)
            : `${JSON.stringify({ inputs: flags.inputs ?? 'baseline', a: result.scenario, b: other.scenario, baseYear: result.baseYear, horizon: result.horizon, rows: compared })}\n`;
      } else {
        text = flags.format === 'csv' ? toCsv(rows.rows, SUMMARY_COLUMNS) : `${projectionJson(result, rows, flags.inputs ?? 'baseline')}\n`;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${flags.scenario ? `scenario file ${flags.scenario}: ` : ''}${(error as Error).message}`);
  }
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
