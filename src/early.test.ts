import { describe, expect, it } from 'vitest';
import {
  DUCKDB_INSTANTIATE_ID,
  duckdbStarter,
  EARLY_DUCKDB_GLOBAL,
  EARLY_WORKER_GLOBAL,
  earlyScript,
  type PlanAhead,
  prefetchBase,
  takeEarlyDuckdb,
  takeEarlyWorker,
} from './early.ts';
import { decodeUrlState } from './state/url.ts';

class FakeWorker {
  static made: FakeWorker[] = [];
  listeners: ((event: { message: string }) => void)[] = [];
  messageListeners: ((event: { data: unknown }) => void)[] = [];
  terminated = false;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  addEventListener(type: 'error' | 'message', listener: (event: never) => void) {
    if (type === 'error') this.listeners.push(listener as (event: { message: string }) => void);
    else this.messageListeners.push(listener as (event: { data: unknown }) => void);
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}

/** Runs the inline script as index.html would, on a page at `href`; returns what it left behind. */
const DUCKDB = {
  starter: './assets/duckdb-start.worker-s.js',
  worker: './assets/duckdb-browser-eh.worker-w.js',
  wasm: './assets/duckdb-eh-x.wasm',
};

const PLAN: PlanAhead = {
  modules: ['./assets/PlanView-p.js', './assets/d3-shape-s.js'],
  styles: ['./assets/PlanView-p.css'],
  files: ['data-files.json', 'data/plan_fields.parquet'],
};

function run(
  href: string,
  workerUrl: string | null = './assets/projection.worker-abc.js',
  englishUrl: string | null = './assets/en-abc.js',
  duckdb: typeof DUCKDB | null = DUCKDB,
  plan: PlanAhead | null = null,
) {
  FakeWorker.made = [];
  const window: Record<string, unknown> = {};
  const timers: (() => void)[] = [];
  const appended: { textContent: string }[] = [];
  const head: { rel?: string; href?: string; as?: string; crossOrigin?: string }[] = [];
  const document: { body: { appendChild: (el: { textContent: string }) => number } | null } & Record<string, unknown> = {
    baseURI: href,
    head: {
      appendChild: ({ rel, href, as, crossOrigin }: (typeof head)[number]) =>
        head.push({ rel, href, ...(as === undefined ? {} : { as, crossOrigin }) }),
    },
    body: { appendChild: (el: { textContent: string }) => appended.push(el) },
    createElement: () => ({ style: {}, setAttribute() {}, getBoundingClientRect() {}, remove() {}, textContent: '' }),
  };
  const location = new URL(href);
  new Function('window', 'location', 'document', 'Worker', 'setTimeout', earlyScript(workerUrl, englishUrl, duckdb, plan))(
    window,
    location,
    document,
    FakeWorker,
    (cb: () => void) => timers.push(cb),
  );
  const projection = FakeWorker.made.find((w) => w.options.name?.startsWith('projection')) ?? null;
  const duckdbWorker = FakeWorker.made.find((w) => !w.options.name?.startsWith('projection')) ?? null;
  return { window, worker: projection, duckdb: duckdbWorker, timers, appended, head, document };
}

describe('the early script', () => {
  it('starts the worker on the links that open the outlook, with the page’s URL in its name', () => {
    for (const search of ['', '?view=outlook&tfr=1.2', '?view=nonsense', '?lang=en', '?view=plan', '?view=data', '?view=data&view=plan']) {
      const href = `http://host/app/${search}`;
      const { worker, window } = run(href);
      const outlook = decodeUrlState(search).state.view === 'outlook'; // the app's own reading of the link
      expect(worker !== null, search).toBe(outlook);
      if (!worker) continue;
      expect(worker.options.type).toBe('module');
      expect(worker.url).toBe('./assets/projection.worker-abc.js'); // no fragment: the service worker would drop it
      expect(prefetchBase(worker.options.name!)).toBe(href);
      expect(window[EARLY_WORKER_GLOBAL]).toBe(worker);
    }
  });

  it("starts DuckDB's worker on the links that open the data view only, as the app would start it", () => {
    for (const search of [
      '',
      '?view=outlook',
      '?view=plan',
      '?view=data',
      '?view=data&lang=en',
      '?view=town',
      '?view=data&view=plan',
      '?view=DATA',
    ]) {
      const href = `http://host/app/${search}`;
      const { duckdb, window } = run(href);
      const data = decodeUrlState(search).state.view === 'data';
      expect(duckdb !== null, search).toBe(data);
      if (!duckdb) continue;
      const { href: url, options } = duckdbStarter(DUCKDB, href);
      expect([duckdb.url, duckdb.options]).toEqual([url, options]);
      expect(window[EARLY_DUCKDB_GLOBAL]).toBe(duckdb);
    }
    expect(run('http://host/?view=data', null, null, null).duckdb).toBeNull(); // dev
  });

  it("keeps DuckDB's reply to its start for the app, and never hands over a worker that failed", () => {
    const { window, duckdb } = run('http://host/?view=data');
    const reply = { messageId: 3, requestId: DUCKDB_INSTANTIATE_ID, type: 'OK', data: null };
    for (const listener of duckdb!.messageListeners) {
      listener({ data: { requestId: DUCKDB_INSTANTIATE_ID, type: 'INSTANTIATE_PROGRESS', data: {} } }); // not a reply
      listener({ data: reply });
    }
    expect(takeEarlyDuckdb(window)).toEqual({ worker: duckdb, reply });
    expect(takeEarlyDuckdb(window)).toBeNull();

    const failed = run('http://host/?view=data');
    for (const listener of failed.duckdb!.listeners) listener({ message: 'SyntaxError' });
    expect(takeEarlyDuckdb(failed.window)).toBeNull();
    expect(failed.duckdb!.terminated).toBe(true);
  });

  it('preloads the English dictionary on English links only', () => {
    expect(run('http://host/?lang=en&view=plan').head).toEqual([{ rel: 'modulepreload', href: './assets/en-abc.js' }]);
    for (const search of ['', '?lang=ja', '?lang=fr']) expect(run(`http://host/${search}`).head, search).toEqual([]);
    expect(run('http://host/?lang=en', null, null).head).toEqual([]); // dev
  });

  it("asks for the plan view's code on links to the plan, and for its tables on links to its opening screen, as the app will", () => {
    const code = [
      { rel: 'modulepreload', href: './assets/PlanView-p.js' },
      { rel: 'modulepreload', href: './assets/d3-shape-s.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: './assets/PlanView-p.css' },
    ];
    const tables = [
      { rel: 'preload', as: 'fetch', crossOrigin: '', href: 'data-files.json' },
      { rel: 'preload', as: 'fetch', crossOrigin: '', href: 'data/plan_fields.parquet' },
    ];
    const at = (search: string) => run(`http://host/${search}`, null, null, null, PLAN).head;
    for (const search of ['?view=plan', '?view=plan&plan=sunburst&node=f2&q=公園', '?view=plan&governance=off']) {
      const { plan } = decodeUrlState(search).state; // the app's reading: the opening screen
      expect(plan.view === 'sunburst' && !plan.governance, search).toBe(true);
      expect(at(search), search).toEqual([...code, ...tables]);
    }
    for (const search of ['?view=plan&plan=sdg', '?view=plan&plan=timeline', '?view=plan&governance=on'])
      expect(at(search), search).toEqual(code);
    for (const search of ['', '?view=outlook', '?view=data', '?view=town&plan=sunburst']) expect(at(search), search).toEqual([]);
    expect(run('http://host/?view=plan').head).toEqual([]); // dev: no plan files
    // The English dictionary first: the app waits for it before its first paint.
    expect(run('http://host/?view=plan&lang=en', null, './assets/en-abc.js', null, PLAN).head.map((l) => l.href)[0]).toBe(
      './assets/en-abc.js',
    );
  });

  it('starts no worker without a worker URL (dev), and warms up after the HTML is parsed', () => {
    const { worker, timers, appended } = run('http://host/', null);
    expect(worker).toBeNull();
    expect(timers).toHaveLength(1);
    expect(appended).toEqual([]);
    timers[0]();
    expect(appended).toHaveLength(1);
    expect(appended[0].textContent).toMatch(/杉並区/);
  });

  it('waits for <body> before its warm-up (it runs from the head, before the parser has reached it)', () => {
    const { timers, appended, document } = run('http://host/', null);
    const body = document.body;
    document.body = null;
    timers[0]();
    expect(appended).toEqual([]);
    expect(timers).toHaveLength(2); // tried again
    document.body = body;
    timers[1]();
    expect(appended).toHaveLength(1);
  });

  it('hands its worker over once, and never one that failed', () => {
    const { window, worker } = run('http://host/');
    expect(takeEarlyWorker(window)).toBe(worker);
    expect(takeEarlyWorker(window)).toBeNull();

    const failed = run('http://host/');
    for (const listener of failed.worker!.listeners) listener({ message: 'SyntaxError' });
    expect(takeEarlyWorker(failed.window)).toBeNull();
    expect(failed.worker!.terminated).toBe(true);
  });

  it('reads the page URL back only from its own name', () => {
    expect(prefetchBase('projection#prefetch=' + encodeURIComponent('http://h/a/?view=outlook&q=%E6%9D%89'))).toBe(
      'http://h/a/?view=outlook&q=%E6%9D%89',
    );
    expect(prefetchBase('')).toBeNull();
    expect(prefetchBase('projection')).toBeNull(); // a worker the session started itself
    expect(prefetchBase('#prefetch=x')).toBeNull();
    expect(prefetchBase('projection#prefetch=%E0%A4%A')).toBeNull(); // malformed
  });
});
