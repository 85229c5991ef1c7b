// What the page does before the app's script has arrived: a few lines of plain JavaScript in index.html
// (vite.config.ts writes them there, before the app's script and stylesheet tags, with the built files'
// names: an inline script after a stylesheet would wait for it to arrive). From the moment
// the app's script runs until the first pyramid, the main thread has no time to spare; before it, the
// main thread is idle, waiting for the download. So the inline script
//
// 1. starts the projection worker (only on links that open the outlook). A worker only gets going
//    when the main thread is free: started here, it downloads, decodes and prepares the baseline's
//    tables, and projects the link's scenario, while the page is still being built. The page's URL
//    goes in the worker's name (projection#prefetch=…), not in a message: messages to a worker that has
//    not started yet are handed over by the page's main thread, which by then is busy. (Not in its URL's
//    fragment either: a worker script served by the service worker sees no fragment.) The session
//    adopts the worker (takeEarlyWorker) and talks to it as to any other; its 'load' finds the work
//    done or under way. Any failure leaves the session to start its own worker.
// 2. starts DuckDB's engine on links that open the data view (src/data/duckdb-engine.ts): its worker
//    (duckdb-start.worker.ts, told its files in its name) downloads and compiles the 34 MB wasm
//    while the app's script arrives; the catalog adopts it (takeEarlyDuckdb). Its reply is kept on the
//    worker in case it comes before anyone listens.
// 3. on a link in English (lang=en), asks for the English dictionary's chunk (a modulepreload): it is not
//    part of the app's script (i18n/messages.ts), and the app, which waits for it before its first paint,
//    would otherwise only ask once its own script has run.
// 4. on links to the plan, asks for the plan view's code and styles (modulepreload, preload), which the app
//    would otherwise only ask for once its own script has run and the shell has mounted; and on links to
//    the plan's opening screen (the sunburst, no governance branches), for data-files.json and the tables
//    that screen reads (views/plan/opening-tables.ts), which would otherwise wait for the view's code and
//    then come in two rounds. Each is a fetch the app makes the same way (same URL, mode and credentials),
//    so the app's own request is answered by the one already under way.
// 5. does, once the HTML is parsed, the two slow first-time set-ups the first chart would otherwise
//    pay for: the first Intl.NumberFormat (the browser loads its number formats, 25–70 ms here) and
//    the first layout of Japanese text (the CJK font is opened, 15–45 ms), in an invisible element.
import { VIEWS } from './state/views.ts';
import { LOCALES } from './i18n/lang.ts';
import { DEFAULT_PLAN } from './state/url.ts';

/** The property of window holding the early worker until the session takes it. */
export const EARLY_WORKER_GLOBAL = 'suginamiProjectionWorker';

/** The early projection worker's name starts with this; the page's URL follows. */
const PREFETCH = 'projection#prefetch=';

/** Set on the worker when it failed before anyone took it. */
const FAILED = 'suginamiFailed';

/** The property of window holding DuckDB's early worker until the catalog takes it. */
export const EARLY_DUCKDB_GLOBAL = 'suginamiDuckdbWorker';

/** Set on DuckDB's early worker: DuckDB's reply (OK or ERROR) to INSTANTIATE, if it came before anyone listened. */
export const EARLY_REPLY = 'suginamiReply';

/** The id of the INSTANTIATE request that DuckDB's starter sends for the page: outside AsyncDuckDB's own (0, 1, 2, …). */
export const DUCKDB_INSTANTIATE_ID = -1;

/** DuckDB's built files, relative to the page. */
export interface DuckdbFiles {
  /** src/data/duckdb-start.worker.ts, built. */
  readonly starter: string;
  /** DuckDB-WASM's worker script. */
  readonly worker: string;
  readonly wasm: string;
}

/**
 * How to start DuckDB's starter worker: its URL, and in its name the files as absolute URLs (the worker resolves
 * the wasm's against the page's, not its script's). The early script does the same in plain JavaScript.
 */
export function duckdbStarter(files: DuckdbFiles, base: string): { href: string; options: WorkerOptions } {
  const abs = (url: string) => new URL(url, base).href;
  const name = new URLSearchParams({ worker: abs(files.worker), wasm: abs(files.wasm) }).toString();
  return { href: abs(files.starter), options: { type: 'module', name } };
}

/** What the early script asks for on links to the plan (built file names, relative to the page). */
export interface PlanAhead {
  /** The plan view's chunk and the chunks it imports that the app's script does not. */
  readonly modules: readonly string[];
  /** Their stylesheets. */
  readonly styles: readonly string[];
  /** data-files.json and the opening screen's tables (data/<table>.parquet), those the build has. */
  readonly files: readonly string[];
}

/** Views that do not open on the projection (a link naming none of VIEWS opens the outlook, as in state/url.ts). */
const OTHER_VIEWS = VIEWS.filter((v) => v !== 'outlook');

/**
 * The inline script for index.html's <head>. `workerUrl`: the built worker, relative to the page (null:
 * no worker, as in dev, where the worker's URL is only known to the app). `englishUrl`: the English
 * dictionary's built chunk (null in dev). `duckdb`: DuckDB's built files (null in dev). `plan`: the plan
 * view's files (null in dev). Plain ES2017.
 */
export function earlyScript(
  workerUrl: string | null,
  englishUrl: string | null = null,
  duckdb: DuckdbFiles | null = null,
  plan: PlanAhead | null = null,
): string {
  return `(function () {
  var params = new URLSearchParams(location.search);
  var view = params.get('view');
  var ahead = function (href, rel, as) {
    var link = document.createElement('link');
    link.rel = rel;
    if (as) {
      // As the app asks: fetch() and Vite's loader of a chunk's styles both use CORS mode, same-origin credentials.
      link.as = as;
      link.crossOrigin = '';
    }
    link.href = href;
    document.head.appendChild(link);
  };
  if (${JSON.stringify(englishUrl !== null)} && params.get('lang') === 'en') {
    try {
      ahead(${JSON.stringify(englishUrl)}, 'modulepreload');
    } catch (error) {}
  }
  if (${JSON.stringify(plan !== null)} && view === 'plan') {
    try {
      var plan = ${JSON.stringify(plan)};
      plan.modules.forEach(function (href) { ahead(href, 'modulepreload'); });
      plan.styles.forEach(function (href) { ahead(href, 'preload', 'style'); });
      var tab = params.get('plan');
      if ((tab === null || tab === '${DEFAULT_PLAN.view}') && params.get('governance') !== 'on') {
        plan.files.forEach(function (href) { ahead(href, 'preload', 'fetch'); });
      }
    } catch (error) {}
  }
  if (${JSON.stringify(workerUrl !== null)} && ${JSON.stringify(OTHER_VIEWS)}.indexOf(view) < 0) {
    try {
      var worker = new Worker(${JSON.stringify(workerUrl)}, { type: 'module', name: '${PREFETCH}' + encodeURIComponent(document.baseURI) });
      worker.addEventListener('error', function (event) { worker.${FAILED} = event.message || 'failed to start'; });
      window.${EARLY_WORKER_GLOBAL} = worker;
    } catch (error) {}
  }
  if (${JSON.stringify(duckdb !== null)} && view === 'data') {
    try {
      performance.mark('duckdb:asked');
      performance.mark('duckdb:instantiate-start');
      var files = ${JSON.stringify(duckdb)};
      var abs = function (url) { return new URL(url, document.baseURI).href; };
      var name = new URLSearchParams({ worker: abs(files.worker), wasm: abs(files.wasm) }).toString();
      var duckdb = new Worker(abs(files.starter), { type: 'module', name: name });
      duckdb.addEventListener('message', function (event) {
        var reply = event.data;
        if (reply && reply.requestId === ${DUCKDB_INSTANTIATE_ID} && (reply.type === 'OK' || reply.type === 'ERROR')) duckdb.${EARLY_REPLY} = reply;
      });
      duckdb.addEventListener('error', function (event) { duckdb.${FAILED} = event.message || 'failed to start'; });
      window.${EARLY_DUCKDB_GLOBAL} = duckdb;
    } catch (error) {}
  }
  var warm = function () {
    if (!document.body) return void setTimeout(warm, 0); // the parser has not reached <body> yet
    try {
      ${JSON.stringify(Object.values(LOCALES))}.forEach(function (locale) { new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(1.5); });
      var probe = document.createElement('span');
      probe.setAttribute('aria-hidden', 'true');
      probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none';
      probe.textContent = '杉並区 将来人口・総合計画 0123456789';
      document.body.appendChild(probe);
      probe.getBoundingClientRect();
      probe.remove();
    } catch (error) {}
  };
  setTimeout(warm, 0);
})();`;
}

/** The page URL a worker started by earlyScript was given (in its name: `self.name`), or null. */
export function prefetchBase(name: string): string | null {
  if (!name.startsWith(PREFETCH)) return null;
  try {
    return decodeURIComponent(name.slice(PREFETCH.length)) || null;
  } catch {
    return null;
  }
}

/** The worker index.html started, once (later calls, pages without it, and a worker that failed, get null). */
export function takeEarlyWorker(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Worker | null {
  const worker = scope[EARLY_WORKER_GLOBAL] as (Worker & { [FAILED]?: string }) | undefined;
  delete scope[EARLY_WORKER_GLOBAL];
  if (!worker || typeof worker.postMessage !== 'function') return null;
  if (worker[FAILED] !== undefined) {
    worker.terminate();
    return null;
  }
  return worker;
}

/** DuckDB's worker index.html started, once: null on later calls, pages without it, and for a worker that failed to start. */
export function takeEarlyDuckdb(
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): { worker: Worker; reply: unknown } | null {
  const worker = scope[EARLY_DUCKDB_GLOBAL] as (Worker & { [FAILED]?: string; [EARLY_REPLY]?: unknown }) | undefined;
  delete scope[EARLY_DUCKDB_GLOBAL];
  if (!worker || typeof worker.postMessage !== 'function') return null;
  if (worker[FAILED] !== undefined) {
    worker.terminate();
    return null;
  }
  return { worker, reply: worker[EARLY_REPLY] ?? null };
}
