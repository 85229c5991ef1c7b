// The service worker: after one visit, every view opens with the network cut (issue 12).
//
// vite-plugin-pwa runs Workbox's generateSW after the build and writes dist/sw.js (plus its
// workbox-<hash>.js runtime). We never write service-worker code by hand. What it does:
// - precaches the app: index.html, every JS/CSS chunk of every view, the workers, data-files.json and
//   all of data/ (the Parquet tables and the town boundaries, ~0.3 MB together). Each entry carries a
//   revision: Vite's assets/ names already hold a content hash; the rest (index.html, data-files.json,
//   data/*.parquet keep their names) get an MD5 of their bytes, so a changed table is a new revision.
// - does NOT precache DuckDB's 34 MB wasm and its worker script: the analyst view may never be used.
//   They are cached the first time DuckDB loads (CacheFirst: their names are content-hashed, so a
//   cached copy is never stale), and from then on the data view's SQL console works offline too.
// - 'prompt': a new version installs in the background and waits. The page shows "a new version is
//   ready — reload" (src/ui/UpdateNotice.svelte); only the click lets it take over (skipWaiting) and
//   reloads, so a page never runs old and new files together.
//
// Relative base ('./'): sw.js sits beside index.html, its scope is its own folder and its precache
// URLs are relative to it, so the build still works from any sub-path. The page registers it from
// our own module (src/offline/update.svelte.ts), never with an inline script: the Content-Security-Policy
// allows no inline code.
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

/**
 * DuckDB's wasm, its worker script and the tables' database file (scripts/build/duckdb-file.ts), as Vite
 * names them in assets/ (the app's own duckdb-<hash>.js chunk is not one).
 */
export const DUCKDB_RUNTIME = /(^|\/)assets\/(duckdb-[^/]*\.wasm|duckdb-browser-[^/]*\.worker-[^/]*\.js|tables-[^/]*\.duckdb)$/;

/** Navigations answered with the precached index.html (Workbox tests pathname + search): the folder or its index.html. */
export const NAVIGATION = /\/(index\.html)?(\?.*)?$/;

/** Cache name of the runtime-cached DuckDB files. */
export const DUCKDB_CACHE = 'duckdb';

/** Everything the views need, read from dist/ after the build (paths relative to dist/). */
export const PRECACHE_GLOBS = ['**/*.{html,js,css,json,parquet,svg,wasm}'];

/**
 * Not precached: DuckDB (runtime-cached once used), and the .gz/.br copies. Those are written after sw.js
 * (closeBundleOrder below), but if that order ever changed they must still stay out: the browser gets
 * compressed bytes by content negotiation anyway.
 */
export const PRECACHE_IGNORES = ['assets/duckdb-*.wasm', 'assets/duckdb-browser-*.worker-*.js', '**/*.gz', '**/*.br'];

/**
 * 3 MiB: above Workbox's 2 MiB default so a growing chunk is still precached, far below DuckDB's wasm. A
 * file above it is left out with a build warning (and e2e/offline.spec.ts fails: it checks every asset).
 */
export const MAX_PRECACHED_FILE = 3 * 1024 * 1024;

export function workboxOptions(): NonNullable<VitePWAOptions['workbox']> {
  return {
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
    // The link is the state (?view=plan&lang=en…): a navigation to the page, whatever its query, gets the
    // precached page; one to any other path (a data file opened in a tab) goes to the network as before.
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [NAVIGATION],
    // Old precaches are removed once the new version has taken over, not before.
    cleanupOutdatedCaches: true,
    // 'prompt': the new worker waits until the page asks it to take over (messageSkipWaiting).
    skipWaiting: false,
    // The first install takes the page at once (same build: nothing to mix), so it works offline without a
    // second visit. An update only activates when the page asks for it, and the page then reloads.
    clientsClaim: true,
    // One file (sw.js) instead of sw.js + workbox-<hash>.js: nothing can load half of it.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    runtimeCaching: [
      {
        // A RegExp, not a function: generateSW writes it into sw.js as source text (a function would lose
        // its closure). Workbox tests it against the full URL.
        urlPattern: DUCKDB_RUNTIME,
        handler: 'CacheFirst',
        options: {
          cacheName: DUCKDB_CACHE,
          // One wasm and one worker per DuckDB version; keep the previous pair at most (34 MB each).
          expiration: { maxEntries: 4, purgeOnQuotaError: true },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  };
}

export function offline() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    // A web app manifest would need icons we do not have; the page works offline without one.
    manifest: false,
    filename: 'sw.js',
    showMaximumFileSizeToCacheInBytesWarning: true,
    // Generate sw.js before the other plugins' closeBundle hooks run, so that precompress (vite.config.ts)
    // writes its .gz and .br too.
    integration: { closeBundleOrder: 'pre' },
    workbox: workboxOptions(),
  });
}
