// DuckDB started ahead of need (idle, the data tab's hover) is not retried after a failure: only the data
// view's retry or running SQL tries again (e2e/resilience.spec.ts saw an idle start undo the failure box).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_BASE, testFiles } from '../projection/test-files.ts';

const openDatabase = vi.fn(() => Promise.reject(new Error("DuckDB's engine could not be downloaded")));
vi.mock('./duckdb.ts', () => ({ openDatabase }));
const { Catalog } = await import('./catalog.svelte.ts');

beforeEach(() => {
  openDatabase.mockClear();
  vi.stubGlobal('document', { baseURI: TEST_BASE });
  // No Worker in Node: DuckDB's engine (duckdb-engine.ts, tested on its own) gets one that never answers.
  vi.stubGlobal(
    'Worker',
    class extends EventTarget {
      postMessage() {}
      terminate() {}
    },
  );
  vi.stubGlobal('fetch', testFiles({ listed: ['survival'] }).fetch);
});
afterEach(() => vi.unstubAllGlobals());

describe('Catalog.preloadDatabase', () => {
  it('starts DuckDB once, does not try again after it failed, while startDatabase (the retry) does', async () => {
    const catalog = new Catalog(() => {});
    catalog.preloadDatabase();
    await vi.waitFor(() => expect(catalog.database.status).toBe('error'));
    expect(openDatabase).toHaveBeenCalledTimes(1);
    catalog.preloadDatabase(); // idle time, or the tab hovered, after the failure
    await new Promise((r) => setTimeout(r, 10));
    expect(openDatabase).toHaveBeenCalledTimes(1);
    expect(catalog.database.status).toBe('error');
    await expect(catalog.startDatabase()).rejects.toThrow('could not be downloaded'); // the retry button
    expect(openDatabase).toHaveBeenCalledTimes(2);
  });
});
