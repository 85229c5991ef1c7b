import { describe, expect, it } from 'vitest';
import { PARQUET_FIXTURES } from '../../e2e/fixtures/parquet-fixtures.ts';
import { decodeParquet } from '../data/parquet.ts';
import { BASELINE_TABLES, loadBaseline } from './baseline.ts';
import { assembleInputs } from './inputs.ts';
import { TEST_BASE, testFiles } from './test-files.ts';

const broken = Uint8Array.from(atob(PARQUET_FIXTURES.broken), (c) => c.charCodeAt(0));

/** The baseline as the catalog would assemble it on the main thread: decoded one by one, then assembled. */
async function expected() {
  const files = testFiles();
  const decode = async (name: string) => {
    const response = await files.fetch(new URL(`data/${name}.parquet`, TEST_BASE));
    return decodeParquet(await response.arrayBuffer(), `data/${name}.parquet`);
  };
  const [population, survival, fertility, migration, assumptions] = await Promise.all(BASELINE_TABLES.map(decode));
  return assembleInputs({ population, survival, fertility, migration, assumptions });
}

describe('loadBaseline', () => {
  it('downloads and decodes the baseline’s five tables and assembles the same inputs as the main thread would', async () => {
    const files = testFiles();
    const loaded = await loadBaseline(TEST_BASE, files.fetch);
    expect(loaded.tables.map((t) => [t.name, t.status])).toEqual(BASELINE_TABLES.map((name) => [name, 'ready']));
    const population = loaded.tables[0];
    expect(population.status === 'ready' && [population.table.file, population.table.numRows]).toEqual([
      'data/base_population.parquet',
      202,
    ]);
    expect(population.status === 'ready' && population.bytes).toBeGreaterThan(0);
    expect(loaded.inputs).toEqual(await expected());
    // The manifest first, then each file once: nothing else, nothing twice.
    expect(files.requested[0]).toBe('data-files.json');
    expect([...files.requested.slice(1)].sort()).toEqual(BASELINE_TABLES.map((t) => `data/${t}.parquet`).sort());
  });

  it('never asks for a table the manifest does not list; without migration there are no inputs here', async () => {
    const files = testFiles({ listed: BASELINE_TABLES.filter((t) => t !== 'migration') });
    const loaded = await loadBaseline(TEST_BASE, files.fetch);
    expect(loaded.tables.find((t) => t.name === 'migration')).toEqual({ name: 'migration', status: 'skipped' });
    expect(files.requested).not.toContain('data/migration.parquet');
    expect(loaded.inputs).toBeNull(); // the app goes through its catalog, which explains what is missing
  });

  it('works without assumptions.parquet (the plan’s defaults stand in)', async () => {
    const loaded = await loadBaseline(TEST_BASE, testFiles({ listed: BASELINE_TABLES.filter((t) => t !== 'assumptions') }).fetch);
    expect(loaded.inputs).not.toBeNull();
    expect(loaded.inputs && 'error' in loaded.inputs).toBe(false);
  });

  it('skips everything when data-files.json cannot be read', async () => {
    const files = testFiles({ manifestStatus: 404 });
    const loaded = await loadBaseline(TEST_BASE, files.fetch);
    expect(loaded.tables.every((t) => t.status === 'skipped')).toBe(true);
    expect(loaded.inputs).toBeNull();
    expect(files.requested).toEqual(['data-files.json']);
  });

  it('names a broken file, and the other tables still load', async () => {
    const loaded = await loadBaseline(TEST_BASE, testFiles({ replace: { survival: broken } }).fetch);
    const survival = loaded.tables.find((t) => t.name === 'survival')!;
    expect(survival).toMatchObject({
      status: 'error',
      file: 'data/survival.parquet',
      reason: expect.stringContaining('damaged Parquet metadata'),
    });
    expect(loaded.tables.filter((t) => t.status === 'ready')).toHaveLength(4);
    expect(loaded.inputs).toEqual({ error: expect.stringMatching(/^data\/survival\.parquet: damaged Parquet metadata/) });
  });
});
