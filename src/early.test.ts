import { describe, expect, it } from 'vitest';
import { EARLY_WORKER_GLOBAL, earlyScript, prefetchBase, takeEarlyWorker } from './early.ts';
import { decodeUrlState } from './state/url.ts';

class FakeWorker {
  static made: FakeWorker[] = [];
  listeners: ((event: { message: string }) => void)[] = [];
  terminated = false;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  addEventListener(_: 'error', listener: (event: { message: string }) => void) {
    this.listeners.push(listener);
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}

/** Runs the inline script as index.html would, on a page at `href`; returns what it left behind. */
function run(
  href: string,
  workerUrl: string | null = './assets/projection.worker-abc.js',
  englishUrl: string | null = './assets/en-abc.js',
) {
  FakeWorker.made = [];
  const window: Record<string, unknown> = {};
  const timers: (() => void)[] = [];
  const appended: { textContent: string }[] = [];
  const head: { rel?: string; href?: string }[] = [];
  const document = {
    baseURI: href,
    head: { appendChild: (el: { rel: string; href: string }) => head.push({ rel: el.rel, href: el.href }) },
    body: { appendChild: (el: { textContent: string }) => appended.push(el) },
    createElement: () => ({ style: {}, setAttribute() {}, getBoundingClientRect() {}, remove() {}, textContent: '' }),
  };
  const location = new URL(href);
  new Function('window', 'location', 'document', 'Worker', 'setTimeout', earlyScript(workerUrl, englishUrl))(
    window,
    location,
    document,
    FakeWorker,
    (cb: () => void) => timers.push(cb),
  );
  return { window, worker: FakeWorker.made[0] ?? null, timers, appended, head };
}

describe('the early script', () => {
  it('starts the worker on the links that open the outlook, with the page’s URL in its fragment', () => {
    for (const search of ['', '?view=outlook&tfr=1.2', '?view=nonsense', '?lang=en', '?view=plan', '?view=data', '?view=data&view=plan']) {
      const href = `http://host/app/${search}`;
      const { worker, window } = run(href);
      const outlook = decodeUrlState(search).state.view === 'outlook'; // the app's own reading of the link
      expect(worker !== null, search).toBe(outlook);
      if (!worker) continue;
      expect(worker.options).toEqual({ type: 'module', name: 'projection' });
      expect(worker.url.startsWith('./assets/projection.worker-abc.js#prefetch=')).toBe(true);
      expect(prefetchBase(new URL(worker.url, href).hash)).toBe(href);
      expect(window[EARLY_WORKER_GLOBAL]).toBe(worker);
    }
  });

  it('preloads the English dictionary on English links only', () => {
    expect(run('http://host/?lang=en&view=plan').head).toEqual([{ rel: 'modulepreload', href: './assets/en-abc.js' }]);
    for (const search of ['', '?lang=ja', '?lang=fr']) expect(run(`http://host/${search}`).head, search).toEqual([]);
    expect(run('http://host/?lang=en', null, null).head).toEqual([]); // dev
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

  it('hands its worker over once, and never one that failed', () => {
    const { window, worker } = run('http://host/');
    expect(takeEarlyWorker(window)).toBe(worker);
    expect(takeEarlyWorker(window)).toBeNull();

    const failed = run('http://host/');
    for (const listener of failed.worker!.listeners) listener({ message: 'SyntaxError' });
    expect(takeEarlyWorker(failed.window)).toBeNull();
    expect(failed.worker!.terminated).toBe(true);
  });

  it('reads the page URL back only from its own fragment', () => {
    expect(prefetchBase('#prefetch=' + encodeURIComponent('http://h/a/?view=outlook&q=%E6%9D%89'))).toBe(
      'http://h/a/?view=outlook&q=%E6%9D%89',
    );
    expect(prefetchBase('')).toBeNull();
    expect(prefetchBase('#other=1')).toBeNull();
    expect(prefetchBase('#prefetch=%E0%A4%A')).toBeNull(); // malformed
  });
});
