// Test helper (Vitest only): a fake `fetch` serving the real public/data/ files and a data-files.json
// listing them, as the preview server does, so the worker's and the catalog's downloads can be tested
// without a browser. Every requested URL is recorded; tables can be left out or replaced.
import { BASELINE_TABLES } from './baseline.ts';

// src/ is type-checked without Node's types (it is browser code), so node:fs is imported by name.
const FS = 'node:fs';

export const TEST_BASE = 'http://dashboard.test/suginami/?view=outlook&tfr=1.2';

export interface TestFiles {
  /** What `fetch` should do for a URL (no base needed: requests are resolved against TEST_BASE's folder). */
  readonly fetch: (url: URL | string) => Promise<Response>;
  /** Paths asked for, relative to the app's folder (e.g. data/survival.parquet), in order. */
  readonly requested: string[];
}

export interface TestFilesOptions {
  /** Tables the manifest lists (default: the baseline's, plus `extra`). */
  readonly listed?: readonly string[];
  /** Bytes served in place of a table's file. */
  readonly replace?: Readonly<Record<string, Uint8Array>>;
  /** The manifest's HTTP status (default 200). */
  readonly manifestStatus?: number;
}

async function readData(name: string): Promise<Uint8Array> {
  const fs = (await import(/* @vite-ignore */ FS)) as { readFileSync(path: URL): Uint8Array };
  return fs.readFileSync(new URL(`../../public/data/${name}.parquet`, import.meta.url));
}

export function testFiles(options: TestFilesOptions = {}): TestFiles {
  const listed = options.listed ?? BASELINE_TABLES;
  const root = new URL('.', TEST_BASE).href;
  const requested: string[] = [];
  return {
    requested,
    async fetch(url) {
      const href = String(url);
      if (!href.startsWith(root)) throw new TypeError(`refused: ${href} is outside the app`);
      const path = href.slice(root.length);
      requested.push(path);
      if (path === 'data-files.json') {
        if (options.manifestStatus && options.manifestStatus !== 200) return new Response('no', { status: options.manifestStatus });
        const files = await Promise.all(
          listed.map(async (table) => ({ table, file: `data/${table}.parquet`, bytes: (await readData(table)).length })),
        );
        return new Response(JSON.stringify({ files }), { headers: { 'content-type': 'application/json' } });
      }
      const table = /^data\/([a-z0-9_]+)\.parquet$/.exec(path)?.[1];
      if (!table || !listed.includes(table)) return new Response('not found', { status: 404 });
      const bytes = options.replace?.[table] ?? (await readData(table));
      return new Response(bytes.slice(), { headers: { 'content-type': 'application/vnd.apache.parquet' } });
    },
  };
}
