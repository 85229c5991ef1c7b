// What the service worker precaches, computed by Workbox itself (getManifest, the function generateSW
// uses) over a folder laid out like dist/, with the globs of offline.ts.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_RUNTIME, MAX_PRECACHED_FILE, NAVIGATION, PRECACHE_GLOBS, PRECACHE_IGNORES } from './offline.ts';

// Names as the build writes them (from a real dist/).
const FILES: Record<string, string> = {
  'index.html': '<!doctype html>',
  'data-files.json': '{"files":[]}',
  'data/survival.parquet': 'PAR1 survival PAR1',
  'data/plan_projects.parquet': 'PAR1 plan PAR1',
  'data/town_boundaries.json': '{}',
  'assets/index-C4dBKBYy.js': 'js',
  'assets/index-IDmgjch_.css': 'css',
  'assets/PlanView-BM6Fx0J5.js': 'plan',
  'assets/projection.worker-BMqg4obc.js': 'worker',
  'assets/duckdb-D44f4vv2.js': 'our DuckDB module (small): precached',
  'assets/duckdb-eh-9ubY-jlA.wasm': 'DuckDB wasm (34 MB)',
  'assets/duckdb-browser-eh.worker-hQa-dcAV.js': 'DuckDB worker',
  'assets/kernel-AbCd1234.wasm': 'a wasm of our own is precached',
  'assets/index-C4dBKBYy.js.gz': 'gz',
  'assets/index-C4dBKBYy.js.br': 'br',
  'data/survival.parquet.br': 'br',
};

let dir: string;

async function manifest() {
  const result = await getManifest({
    globDirectory: dir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
    // vite-plugin-pwa's default for assets/ (its names hold a content hash).
    dontCacheBustURLsMatching: /^assets\//,
  });
  expect(result.warnings).toEqual([]);
  return new Map(result.manifestEntries!.map((e) => [e.url, e.revision]));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'offline-test-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the precache', () => {
  it('holds the page, every chunk and worker, data-files.json and all of data/, and not DuckDB’s wasm and worker', async () => {
    expect([...(await manifest()).keys()].sort()).toEqual([
      'assets/PlanView-BM6Fx0J5.js',
      'assets/duckdb-D44f4vv2.js',
      'assets/index-C4dBKBYy.js',
      'assets/index-IDmgjch_.css',
      'assets/kernel-AbCd1234.wasm',
      'assets/projection.worker-BMqg4obc.js',
      'data-files.json',
      'data/plan_projects.parquet',
      'data/survival.parquet',
      'data/town_boundaries.json',
      'index.html',
    ]);
  });

  it('revisions the files that keep their names by their content (a changed table is a new revision)', async () => {
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    const before = await manifest();
    expect(before.get('data/survival.parquet')).toBe(md5(FILES['data/survival.parquet']));
    expect(before.get('index.html')).toBe(md5(FILES['index.html']));
    expect(before.get('assets/index-C4dBKBYy.js')).toBeNull(); // its name is its revision
    writeFileSync(path.join(dir, 'data/survival.parquet'), 'PAR1 survival, rebuilt PAR1');
    const after = await manifest();
    expect(after.get('data/survival.parquet')).toBe(md5('PAR1 survival, rebuilt PAR1'));
    expect(after.get('data/plan_projects.parquet')).toBe(before.get('data/plan_projects.parquet'));
    writeFileSync(path.join(dir, 'data/survival.parquet'), FILES['data/survival.parquet']);
  });
});

describe('the DuckDB runtime cache', () => {
  const base = 'http://intranet.example/some/sub/path/';
  it.each(['assets/duckdb-eh-9ubY-jlA.wasm', 'assets/duckdb-browser-eh.worker-hQa-dcAV.js', 'assets/duckdb-mvp-x1.wasm'])(
    'takes %s (under any sub-path)',
    (file) => {
      expect(DUCKDB_RUNTIME.test(new URL(file, base).href)).toBe(true);
    },
  );
  it.each([
    'assets/duckdb-D44f4vv2.js',
    'assets/kernel-AbCd1234.wasm',
    'data/survival.parquet',
    'index.html',
    'assets/duckdb-eh-9ubY-jlA.wasm.br',
  ])('leaves %s to the precache or the network', (file) => {
    expect(DUCKDB_RUNTIME.test(new URL(file, base).href)).toBe(false);
  });
});

describe('navigations answered with the precached page', () => {
  it.each(['/', '/some/sub/path/', '/some/sub/path/?view=plan&lang=en', '/some/sub/path/index.html?view=data'])('%s: the page', (url) => {
    expect(NAVIGATION.test(url)).toBe(true);
  });
  it.each(['/some/sub/path/data/survival.parquet', '/some/sub/path/assets/index-C4dBKBYy.js', '/some/sub/path/sw.js?x=1'])(
    '%s: the network',
    (url) => {
      expect(NAVIGATION.test(url)).toBe(false);
    },
  );
});
