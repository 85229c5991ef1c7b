// Build and serve the dashboard.
//
// Base is './' (relative): the built dist/ works from any folder of any static host
// (a ward intranet path, a GitHub Pages sub-path, a USB stick served by any web server)
// without rebuilding. All app state lives in the query string (src/state/url.ts), so the
// page itself is always dist/index.html and relative URLs resolve against it.
//
// Three small plugins live here rather than as dependencies:
// - dataFiles: writes data-files.json, the list of public/data/*.parquet present at build
//   time, so the app never requests a table that is absent (a 404 would be a console error,
//   and vite preview would answer a missing file with index.html).
// - early: puts src/early.ts's script in index.html: it starts the projection worker, which loads
//   its tables while the app's script is still arriving (build only: in dev the app starts the worker),
//   or, on links to the data view, DuckDB's worker (its wasm compiles meanwhile); on links to the plan it
//   asks for the view's code and its opening screen's tables; and it warms up number formatting and the
//   Japanese font while the main thread would otherwise wait.
// - precompress: writes .gz and .br beside every JS, CSS, wasm, Parquet, HTML, JSON and SVG
//   file of the build (node:zlib), for static hosts that serve precompressed files
//   (nginx gzip_static/brotli_static, Caddy precompressed, Netlify…), and makes
//   `vite preview` serve them the same way, so tests load what production serves.
//
// Four more, each in its own file under scripts/build/ with its tests:
// - csp: the Content-Security-Policy meta tag, hashing the early inline script (build only).
// - cohortKernel: compiles worker/kernel/cohort.wat to wasm with wabt (at build start, and on edits in dev).
// - duckdbTablesFile: every public/data table in one DuckDB file (src/data/tables.duckdb, not committed),
//   which DuckDB-WASM attaches instead of decoding and inserting each table.
// - offline: the Workbox service worker (vite-plugin-pwa: precache, DuckDB cached once used, update prompt).
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { earlyScript, type PlanAhead } from './src/early.ts';
import { PLAN_OPENING_TABLES } from './src/views/plan/opening-tables.ts';
import { offline } from './scripts/build/offline.ts';
import { cohortKernel } from './scripts/build/kernel.ts';
import { csp } from './scripts/build/csp.ts';
import { duckdbTablesFile } from './scripts/build/duckdb-file.ts';

const PUBLIC_DATA = path.resolve(import.meta.dirname, 'public', 'data');
const DATA_FILES = 'data-files.json';

/** data-files.json for the Parquet files in `dir` (read by src/data/manifest.ts). */
function listDataFiles(dir: string): string {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.parquet'))
        .sort()
        .map((f) => ({ table: f.slice(0, -'.parquet'.length), file: `data/${f}`, bytes: statSync(path.join(dir, f)).size }))
    : [];
  return JSON.stringify({ files }, null, 1) + '\n';
}

function dataFiles(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'suginami:data-files',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      // Dev: list the folder on every request, so a freshly built table shows up on reload.
      server.middlewares.use(`/${DATA_FILES}`, (_req: IncomingMessage, res: ServerResponse) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(listDataFiles(PUBLIC_DATA));
      });
    },
    // After Vite has copied public/ into the build: list what was actually shipped.
    async writeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      await writeFile(path.join(outDir, DATA_FILES), listDataFiles(path.join(outDir, 'data')));
    },
  };
}

function early(): Plugin {
  return {
    name: 'suginami:early',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return [{ tag: 'script', children: earlyScript(null), injectTo: 'head' }]; // dev
        const bundle = ctx.bundle;
        /** The one built file whose name matches, relative to the page. */
        const one = (pattern: RegExp, what: string) => {
          const found = Object.keys(bundle).filter((f) => pattern.test(f));
          if (found.length !== 1) throw new Error(`early: expected one ${what}, found ${JSON.stringify(found)}`);
          return `./${found[0]}`;
        };
        const worker = one(/(^|\/)projection\.worker-[\w-]+\.js$/, 'built projection worker');
        // The English dictionary's chunk (src/i18n/messages.ts loads it), preloaded on English links.
        const english = Object.values(bundle).filter((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/i18n/en.ts'));
        if (english.length !== 1) throw new Error(`early: expected one English dictionary chunk, found ${english.length}`);
        // DuckDB's files, started on links to the data view (src/data/duckdb-engine.ts).
        const duckdb = {
          starter: one(/(^|\/)duckdb-start\.worker-[\w-]+\.js$/, 'DuckDB starter worker'),
          worker: one(/(^|\/)duckdb-browser-eh\.worker-[\w-]+\.js$/, 'DuckDB worker script'),
          wasm: one(/(^|\/)duckdb-eh-[\w-]+\.wasm$/, 'DuckDB wasm'),
        };
        // Before the app's first script tag, and so before its stylesheet: an inline script after a stylesheet
        // waits for it to arrive, which held every request this script makes back by the stylesheet's download.
        const first = html.indexOf('<script');
        if (first < 0) throw new Error('early: index.html has no script tag of the app to put the early script before');
        const script = `<script>${earlyScript(worker, `./${english[0].fileName}`, duckdb, planAhead(bundle))}</script>\n    `;
        return html.slice(0, first) + script + html.slice(first);
      },
    },
  };
}

/**
 * The plan view's files for the early script (src/early.ts): its chunk and the chunks it imports that the
 * entry does not (the entry's own are in index.html already), their styles, and data-files.json with the
 * opening screen's tables that the build has.
 */
function planAhead(bundle: Rolldown.OutputBundle): PlanAhead {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  /** A chunk's file and every chunk it imports statically, transitively. */
  const reach = (start: Rolldown.OutputChunk, into = new Set<string>()): Set<string> => {
    if (into.has(start.fileName)) return into;
    into.add(start.fileName);
    for (const f of start.imports) reach(byFile.get(f)!, into);
    return into;
  };
  const entry = chunks.filter((c) => c.isEntry);
  const plan = chunks.filter((c) => c.facadeModuleId?.endsWith('/src/views/PlanView.svelte'));
  if (entry.length !== 1 || plan.length !== 1)
    throw new Error(`early: expected one app entry and one plan view chunk, found ${entry.length} and ${plan.length}`);
  const loaded = reach(entry[0]);
  const own = [...reach(plan[0])].filter((f) => !loaded.has(f));
  const styles = own.flatMap((f) => [...(byFile.get(f)!.viteMetadata?.importedCss ?? [])]);
  const tables = PLAN_OPENING_TABLES.map((t) => `data/${t}.parquet`).filter((f) => existsSync(path.join(path.dirname(PUBLIC_DATA), f)));
  return { modules: own.map((f) => `./${f}`), styles: [...new Set(styles)].map((f) => `./${f}`), files: [DATA_FILES, ...tables] };
}

const COMPRESSIBLE = /\.(js|mjs|css|wasm|parquet|duckdb|html|json|svg)$/;
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
};
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * Brotli quality 11 costs ~2 minutes on DuckDB's 34 MB wasm and saves only ~12% over quality 9
 * with a 16 MB window (5.2 vs 5.9 MB, ~10 s), so large files get 9 and small ones 11.
 */
function brotliParams(bytes: number): Record<number, number> {
  const C = zlib.constants;
  const big = bytes > 4 * 1024 * 1024;
  return {
    [C.BROTLI_PARAM_QUALITY]: big ? 9 : 11,
    [C.BROTLI_PARAM_LGWIN]: big ? 24 : 22,
    [C.BROTLI_PARAM_SIZE_HINT]: bytes,
  };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** Serves <file>.br or <file>.gz when the client accepts it; anything else falls through to Vite. */
function servePrecompressed(root: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return next();
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(root, pathname);
    if (!file.startsWith(root + path.sep) || !COMPRESSIBLE.test(file)) return next();
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding =
      /\bbr\b/.test(accept) && existsSync(`${file}.br`) ? 'br' : /\bgzip\b/.test(accept) && existsSync(`${file}.gz`) ? 'gzip' : null;
    if (!encoding) return next();
    const compressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', statSync(compressed).size);
    res.setHeader('Vary', 'Accept-Encoding');
    // Vite names what it builds into assets/ by content hash: such a file never changes. The rest
    // (index.html, data-files.json, data/*.parquet) keep their names and are checked every time.
    res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.method === 'HEAD') return res.end();
    createReadStream(compressed).pipe(res);
  };
}

function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'suginami:precompress',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.command !== 'build') return;
      const outDir = path.resolve(config.root, config.build.outDir);
      const files = [...walk(outDir)].filter((f) => COMPRESSIBLE.test(f));
      const started = performance.now();
      // zlib's async calls run on libuv's thread pool, so files compress in parallel.
      await Promise.all(
        files.map(async (file) => {
          const raw = await readFile(file);
          const [gz, br] = await Promise.all([gzip(raw, { level: 9 }), brotli(raw, { params: brotliParams(raw.length) })]);
          await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
        }),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      config.logger.info(`precompress: .gz and .br for ${files.length} files in ${seconds} s`);
    },
    configurePreviewServer(server) {
      // Registered now (not in a returned post-hook) so it runs before Vite's on-the-fly gzip.
      server.middlewares.use(servePrecompressed(path.resolve(server.config.root, server.config.build.outDir)));
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), dataFiles(), early(), csp(), precompress(), cohortKernel(), duckdbTablesFile(), offline()],
  worker: { format: 'es' },
  // DuckDB-WASM ships prebuilt bundles and its own worker; pre-bundling it breaks the ?url assets.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    // The wasm and the DuckDB worker are loaded by URL (?url), never inlined.
    assetsInlineLimit: 0,
    // DuckDB's JS is one lazy chunk of known size; the warning would only be noise.
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
