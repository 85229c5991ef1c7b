// What the page does before the app's script has arrived: a few lines of plain JavaScript in index.html
// (vite.config.ts writes them there, with the built projection worker's file name). From the moment
// the app's script runs until the first pyramid, the main thread has no time to spare; before it, the
// main thread is idle, waiting for the download. So the inline script
//
// 1. starts the projection worker (only on links that open the outlook). A worker only gets going
//    when the main thread is free: started here, it downloads, decodes and prepares the baseline's
//    tables, and projects the link's scenario, while the page is still being built. The page's URL
//    goes in the worker URL's fragment (#prefetch=…), not in a message: messages to a worker that has
//    not started yet are handed over by the page's main thread, which by then is busy. The session
//    adopts the worker (takeEarlyWorker) and talks to it as to any other; its 'load' finds the work
//    done or under way. Any failure leaves the session to start its own worker.
// 2. on a link in English (lang=en), asks for the English dictionary's chunk (a modulepreload): it is not
//    part of the app's script (i18n/messages.ts), and the app, which waits for it before its first paint,
//    would otherwise only ask once its own script has run.
// 3. does, once the HTML is parsed, the two slow first-time set-ups the first chart would otherwise
//    pay for: the first Intl.NumberFormat (the browser loads its number formats, 25–70 ms here) and
//    the first layout of Japanese text (the CJK font is opened, 15–45 ms), in an invisible element.
import { VIEWS } from './state/views.ts';
import { LOCALES } from './i18n/lang.ts';

/** The property of window holding the early worker until the session takes it. */
export const EARLY_WORKER_GLOBAL = 'suginamiProjectionWorker';

const PREFETCH = '#prefetch=';

/** Set on the worker when it failed before anyone took it. */
const FAILED = 'suginamiFailed';

/** Views that do not open on the projection (a link naming none of VIEWS opens the outlook, as in state/url.ts). */
const OTHER_VIEWS = VIEWS.filter((v) => v !== 'outlook');

/**
 * The inline script for index.html's <head>. `workerUrl`: the built worker, relative to the page (null:
 * no worker, as in dev, where the worker's URL is only known to the app). `englishUrl`: the English
 * dictionary's built chunk (null in dev). Plain ES2017.
 */
export function earlyScript(workerUrl: string | null, englishUrl: string | null = null): string {
  return `(function () {
  var params = new URLSearchParams(location.search);
  var view = params.get('view');
  if (${JSON.stringify(englishUrl !== null)} && params.get('lang') === 'en') {
    try {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = ${JSON.stringify(englishUrl)};
      document.head.appendChild(link);
    } catch (error) {}
  }
  if (${JSON.stringify(workerUrl !== null)} && ${JSON.stringify(OTHER_VIEWS)}.indexOf(view) < 0) {
    try {
      var worker = new Worker(${JSON.stringify(workerUrl)} + '${PREFETCH}' + encodeURIComponent(document.baseURI), { type: 'module', name: 'projection' });
      worker.addEventListener('error', function (event) { worker.${FAILED} = event.message || 'failed to start'; });
      window.${EARLY_WORKER_GLOBAL} = worker;
    } catch (error) {}
  }
  setTimeout(function () {
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
  }, 0);
})();`;
}

/** The page URL a worker started by earlyScript was given (its location's fragment), or null. */
export function prefetchBase(hash: string): string | null {
  if (!hash.startsWith(PREFETCH)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFETCH.length)) || null;
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
