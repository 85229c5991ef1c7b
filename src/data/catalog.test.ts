import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_BASE, testFiles, type TestFiles } from '../projection/test-files.ts';
import { Catalog, type DataProblem } from './catalog.svelte.ts';
import { DataFileError, type FetchedTable } from './parquet.ts';

let files: TestFiles;
let problems: DataProblem[];

function catalogWith(options: Parameters<typeof testFiles>[0] = {}): Catalog {
  files = testFiles(options);
  vi.stubGlobal('fetch', files.fetch);
  return new Catalog((p) => problems.push(p));
}

const entry = (catalog: Catalog, name: string) => catalog.snapshot().find((e) => e.name === name)!;

beforeEach(() => {
  problems = [];
  vi.stubGlobal('document', { baseURI: TEST_BASE });
});
afterEach(() => vi.unstubAllGlobals());

describe('Catalog', () => {
  it('loads a table when it is asked for, and every table on start()', async () => {
    const catalog = catalogWith({ listed: ['survival', 'fertility', 'actuals'] });
    const survival = await catalog.table('survival');
    expect([survival.file, survival.numRows]).toEqual(['data/survival.parquet', 202]);
    expect(files.requested).toEqual(['data-files.json', 'data/survival.parquet']);
    expect(entry(catalog, 'survival').load).toMatchObject({ status: 'ready', rows: 202 });
    expect(entry(catalog, 'fertility').load.status).toBe('pending');
    expect(entry(catalog, 'migration').load.status).toBe('unavailable'); // not in this build
    await catalog.start();
    expect(files.requested.toSorted()).toEqual([
      'data-files.json',
      'data/actuals.parquet',
      'data/fertility.parquet',
      'data/survival.parquet',
    ]);
    expect(entry(catalog, 'actuals').load.status).toBe('ready');
    await expect(catalog.table('migration')).rejects.toThrow('data/migration.parquet: not in this build');
    expect(files.requested).not.toContain('data/migration.parquet');
  });

  it('listFiles() reads the manifest once and downloads no table: the entries say which tables the build has', async () => {
    const catalog = catalogWith({ listed: ['survival'] });
    await catalog.listFiles();
    await catalog.listFiles();
    expect(files.requested).toEqual(['data-files.json']);
    expect(entry(catalog, 'survival').load.status).toBe('pending');
    expect(entry(catalog, 'migration').load.status).toBe('unavailable');
  });

  it('takes a table decoded elsewhere instead of downloading it again', async () => {
    const catalog = catalogWith({ listed: ['survival', 'fertility', 'migration'] });
    const decoded = { file: 'data/survival.parquet', numRows: 1, columns: [] };
    catalog.provide('survival', Promise.resolve<FetchedTable>({ table: decoded, bytes: 10, fetchMs: 1, decodeMs: 2 }));
    catalog.provide('fertility', Promise.resolve(null)); // not loaded there: loaded here
    catalog.provide('migration', Promise.reject(new DataFileError('data/migration.parquet', 'damaged Parquet metadata (x)')));
    expect(await catalog.table('survival')).toBe(decoded);
    expect((await catalog.table('fertility')).numRows).toBe(101);
    await expect(catalog.table('migration')).rejects.toThrow('data/migration.parquet: damaged Parquet metadata (x)');
    expect(files.requested).toEqual(['data-files.json', 'data/fertility.parquet']);
    expect(entry(catalog, 'survival').load).toEqual({ status: 'ready', rows: 1, columns: 0, bytes: 10, ms: 3, decodeMs: 2 });
    expect(entry(catalog, 'migration').load).toEqual({ status: 'error', reason: 'damaged Parquet metadata (x)' });
    expect(problems).toEqual([{ kind: 'data-file', file: 'data/migration.parquet', reason: 'damaged Parquet metadata (x)' }]);
  });

  it('reads, downloads and decodes nothing while held', async () => {
    const catalog = catalogWith({ listed: ['survival'] });
    let release!: () => void;
    catalog.hold(new Promise<void>((resolve) => (release = resolve)));
    const survival = catalog.table('survival');
    await new Promise((r) => setTimeout(r, 20));
    expect(files.requested).toEqual([]);
    expect(entry(catalog, 'survival').load.status).toBe('pending');
    release();
    expect((await survival).numRows).toBe(202);
    expect(files.requested).toEqual(['data-files.json', 'data/survival.parquet']);
  });

  it("leaves the on-demand tables (the town view's) out of start(), and loads them when asked", async () => {
    const catalog = catalogWith({ listed: ['survival', 'neighbourhoods', 'neighbourhood_population'] });
    await catalog.start();
    expect(files.requested.toSorted()).toEqual(['data-files.json', 'data/survival.parquet']);
    expect(entry(catalog, 'neighbourhoods').load.status).toBe('pending');
    expect((await catalog.table('neighbourhoods')).numRows).toBe(139);
    expect(files.requested).not.toContain('data/neighbourhood_population.parquet');
    await catalog.loadOnDemand();
    expect(entry(catalog, 'neighbourhood_population').load).toMatchObject({ status: 'ready', rows: 139 * 2 * 101 });
    expect(files.requested.filter((f) => f.endsWith('.parquet')).toSorted()).toEqual([
      'data/neighbourhood_population.parquet',
      'data/neighbourhoods.parquet',
      'data/survival.parquet',
    ]);
  });

  it('prefetch() downloads the tables without decoding them; a table asked for later takes the download', async () => {
    const catalog = catalogWith({ listed: ['survival', 'fertility', 'actuals', 'neighbourhoods'] });
    catalog.provide('survival', Promise.resolve(null)); // the projection worker's: not downloaded ahead
    await catalog.prefetch();
    expect(files.requested.toSorted()).toEqual(['data-files.json', 'data/actuals.parquet', 'data/fertility.parquet']);
    expect(entry(catalog, 'fertility').load.status).toBe('pending'); // downloaded, not decoded
    expect((await catalog.table('fertility')).numRows).toBe(101);
    expect(entry(catalog, 'fertility').load).toMatchObject({ status: 'ready', rows: 101 });
    expect(files.requested.filter((f) => f === 'data/fertility.parquet')).toHaveLength(1);
    await catalog.start();
    expect(files.requested.filter((f) => f === 'data/actuals.parquet')).toHaveLength(1);
    expect(files.requested).not.toContain('data/neighbourhoods.parquet'); // on demand
  });
});
