import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUMMARY_COLUMNS, toCsv as cliCsv } from '../../../worker/cli/output.ts';
import { DEFAULT_SCENARIO, validateInputs } from '../../../worker/engine/index.ts';
import { BOM } from '../../export/csv.ts';
import {
  MAX_INPUTS_BYTES,
  ownSummaryCsv,
  ownSummaryFileName,
  projectInputsFile,
  projectInputsText,
  type InputsFile,
  type OwnOutcome,
} from './own-inputs.ts';

const EXAMPLE = readFileSync(new URL('../../../docs/examples/inputs.json', import.meta.url), 'utf8');
const example = () => JSON.parse(EXAMPLE) as Record<string, any>;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

function projected(outcome: OwnOutcome) {
  if (!outcome.ok) throw new Error(`expected a projection, got ${JSON.stringify(outcome.problem)}`);
  return outcome.projection;
}
function problem(outcome: OwnOutcome) {
  if (outcome.ok) throw new Error('expected a problem, got a projection');
  return outcome.problem;
}
const file = (name: string, text: string): InputsFile => new File([text], name, { type: 'application/json' });

describe('projectInputsText', () => {
  it('projects the docs example to the default horizon, with totals that obey the engine', () => {
    const p = projected(projectInputsText('inputs.json', EXAMPLE));
    const raw = example();
    expect(p.fileName).toBe('inputs.json');
    expect(p.description).toBe(raw.description);
    expect(p.source).toBeNull();
    expect(p.baseYear).toBe(raw.baseYear);
    expect(p.scenario.horizon).toBe(DEFAULT_SCENARIO.horizon);
    // The inputs' own srb and tfr (Σ asfr) are the scenario's, as on the CLI.
    expect(p.scenario.srb).toBe(raw.srb);
    expect(p.scenario.tfr).toBeCloseTo(sum(raw.asfr), 12);
    expect(p.rows.map((r) => r.year)).toEqual(
      Array.from({ length: DEFAULT_SCENARIO.horizon - raw.baseYear + 1 }, (_, i) => raw.baseYear + i),
    );
    // The base year is the file's population.
    expect(p.rows[0].total).toBeCloseTo(sum(raw.population.male) + sum(raw.population.female), 6);
    for (const [i, r] of p.rows.entries()) {
      expect(r.age0_14 + r.age15_64 + r.age65plus).toBeCloseTo(r.total, 6);
      expect(r.male + r.female).toBeCloseTo(r.total, 6);
      expect(r.aging_rate).toBeCloseTo((100 * r.age65plus) / r.total, 10);
      // Next Jan 1 = this Jan 1 + natural change + social change; none after the horizon.
      if (i < p.rows.length - 1) expect(r.total + r.natural_change! + r.social_change!).toBeCloseTo(p.rows[i + 1].total, 6);
      else expect(r.births).toBeNull();
    }
    expect(p.rows.at(-1)!.total).not.toBeCloseTo(p.rows[0].total, 0); // it did project something
  });

  it('honours a horizon and keeps the description and source as given', () => {
    const raw = example();
    raw.source = { by: 'me', year: 2024 };
    const p = projected(projectInputsText('mine.json', JSON.stringify(raw), 2030));
    expect(p.rows).toHaveLength(2030 - raw.baseYear + 1);
    expect(p.source).toBe('{"by":"me","year":2024}');
  });

  it("an invalid file gives the engine's message, prefixed by the file name", () => {
    const raw = example();
    raw.survival.female[80] = 1.2;
    let engine = '';
    try {
      validateInputs(raw);
    } catch (error) {
      engine = (error as Error).message;
    }
    expect(engine).toContain('survival.female[80] 1.2');
    const p = problem(projectInputsText('bad.json', JSON.stringify(raw)));
    expect(p).toEqual({ kind: 'invalid', fileName: 'bad.json', message: `bad.json: ${engine}` });

    const typo = problem(projectInputsText('typo.json', JSON.stringify({ ...example(), survivl: 1 })));
    expect(typo.kind === 'invalid' && typo.message).toMatch(/^typo\.json: unknown field "survivl"/);
  });

  it('a horizon the engine refuses is reported the same way', () => {
    const p = problem(projectInputsText('inputs.json', EXAMPLE, 2020));
    expect(p.kind).toBe('invalid');
    expect(p.kind === 'invalid' && p.message).toMatch(/^inputs\.json: horizon 2020 /);
  });

  it('text that is not JSON', () => {
    const p = problem(projectInputsText('broken.json', '{"baseYear": 2021,'));
    expect(p.kind === 'invalid' && p.message).toMatch(/^broken\.json: inputs are not valid JSON: /);
  });
});

describe('projectInputsFile', () => {
  it('reads a chosen file', async () => {
    const p = projected(await projectInputsFile(file('inputs.json', EXAMPLE), 2040));
    expect(p.rows.at(-1)!.year).toBe(2040);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const big: InputsFile = {
      name: 'huge.json',
      size: MAX_INPUTS_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    };
    expect(problem(await projectInputsFile(big))).toEqual({
      kind: 'too-large',
      fileName: 'huge.json',
      size: MAX_INPUTS_BYTES + 1,
      limit: 5 * 1024 * 1024,
    });
    // 5 MB exactly is read (and here fails as JSON, having been read).
    const padded = file('padded.json', EXAMPLE.padEnd(MAX_INPUTS_BYTES, ' '));
    expect(padded.size).toBe(MAX_INPUTS_BYTES);
    expect(projected(await projectInputsFile(padded)).rows.length).toBeGreaterThan(1);
  });

  it('a file the browser cannot read', async () => {
    const gone: InputsFile = { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(problem(await projectInputsFile(gone))).toEqual({ kind: 'unreadable', fileName: 'gone.json', message: 'NotReadableError' });
  });
});

describe('the CSV', () => {
  it("has the CLI's --format csv columns and numbers", () => {
    const p = projected(projectInputsText('inputs.json', EXAMPLE));
    const csv = ownSummaryCsv(p);
    expect(csv.startsWith(BOM)).toBe(true);
    const cli = cliCsv(p.rows, SUMMARY_COLUMNS);
    expect(csv.slice(BOM.length).split('\r\n')).toEqual(cli.split('\n'));
    expect(csv.split('\r\n')[0]).toBe(`${BOM}${SUMMARY_COLUMNS.join(',')}`);
  });

  it('is named after the file and the scenario', () => {
    const p = projected(projectInputsText('私の 入力 (v2).json', EXAMPLE, 2040));
    expect(ownSummaryFileName(p)).toMatch(
      /^suginami-outlook_own-inputs-summary_私の-入力-v2-_tfr-[\d.]+_srb-105_mortalityDecline-0_inMigration-1_outMigration-1_horizon-2040\.csv$/,
    );
  });
});
