import { describe, expect, it } from 'vitest';
import type { DecodedTable, NamedColumn } from './parquet.ts';
import { errorsByHorizon, pastOutlookErrors, readPastOutlookErrors } from './past-outlook-errors.ts';

// src/ is type-checked without Node's types (it is browser code), so node:fs is imported by name.
const FS = 'node:fs';
async function realRows() {
  const fs = (await import(/* @vite-ignore */ FS)) as { readFileSync(path: URL): Uint8Array };
  const bytes = fs.readFileSync(new URL('../../public/data/past_outlook_errors.parquet', import.meta.url));
  return readPastOutlookErrors(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

describe('past_outlook_errors.parquet, read as the browser reads it', () => {
  it('holds the IPSS errors the issue quotes and the plan scored against the registry', async () => {
    const rows = await realRows();
    const at = (edition: string, h: number) => rows.find((r) => r.edition === edition && r.horizonYears === h)!;
    expect(at('IPSS_2013', 10)).toMatchObject({ base: 'census', targetYear: 2020, projected: 536457, actual: 591108, preliminary: false });
    expect(at('IPSS_2013', 10).errorPct).toBeCloseTo(-9.2455, 3);
    expect(at('IPSS_2013', 15)).toMatchObject({ targetYear: 2025, preliminary: true });
    expect(at('plan_2022', 5)).toMatchObject({ base: 'registry', targetDate: '2026-01-01', actual: 582636 });
  });

  it('summarises by horizon: 5, 10 and 15 years', async () => {
    const rows = await realRows();
    const [five, ten, fifteen] = errorsByHorizon(rows);
    expect(five.rows.map((r) => r.edition)).toEqual(['IPSS_2008', 'IPSS_2013', 'IPSS_2018', 'IPSS_2023', 'plan_2022']);
    expect(ten.rows.map((r) => r.edition)).toEqual(['IPSS_2013', 'IPSS_2018']);
    expect(fifteen.rows.map((r) => r.edition)).toEqual(['IPSS_2013']);
    expect(fifteen.maxAbsPct).toBeCloseTo(12.549, 2);
    expect(ten.meanAbsPct).toBeCloseTo((9.2455 + 2.4789) / 2, 2);
    const censusOnly = errorsByHorizon(rows, [5], 'census')[0];
    expect(censusOnly.rows).toHaveLength(4);
    expect(errorsByHorizon(rows, [20])[0].meanAbsPct).toBeNaN();
  });
});

describe('pastOutlookErrors', () => {
  const str = (name: string, values: string[]): NamedColumn => ({ name, type: 'string', values });
  const num = (name: string, values: number[]): NamedColumn => ({ name, type: 'float64', values: Float64Array.from(values), valid: null });
  const table = (over: Partial<Record<string, NamedColumn>> = {}): DecodedTable => {
    const cols: NamedColumn[] = [
      str('edition', ['A']),
      str('base', ['census']),
      num('base_year', [2010]),
      str('indicator', ['total']),
      num('horizon_years', [5]),
      num('target_year', [2015]),
      str('target_date', ['2015-10-01']),
      num('projected', [90]),
      num('actual', [100]),
      str('actual_status', ['final']),
      num('error_persons', [-10]),
      num('error_pct', [-10]),
    ].map((c) => over[c.name] ?? c);
    return { file: 'data/past_outlook_errors.parquet', numRows: 1, columns: cols };
  };

  it('reads a well-formed row', () => {
    expect(pastOutlookErrors(table())[0]).toMatchObject({ edition: 'A', errorPct: -10, preliminary: false });
  });

  it('names the file when a row is inconsistent or a value unknown', () => {
    expect(() => pastOutlookErrors(table({ error_pct: num('error_pct', [-9]) }))).toThrow(/past_outlook_errors\.parquet.*error_pct/);
    expect(() => pastOutlookErrors(table({ base: str('base', ['guess']) }))).toThrow(/base "guess"/);
    expect(() => pastOutlookErrors(table({ actual_status: str('actual_status', ['maybe']) }))).toThrow(/actual_status/);
  });
});
