// The service worker's side in the page: registers dist/sw.js (built by scripts/build/offline.ts) and
// says when a new version is waiting. The new version never takes over by itself: the user's click on
// "reload" tells it to (skipWaiting), and the page reloads once it controls the page, so the files of
// one page always come from one build.
//
// Registered from this module, not by an inline script (the Content-Security-Policy forbids inline
// code), only in a production build (in `vite dev` a worker would serve stale modules), and not in an
// embed (App.svelte mounts UpdateNotice outside embeds only): a chart in someone else's iframe should
// not download the whole app into that site's storage, nor show a notice in a small frame.

/** What we use of a service worker (ServiceWorker; a fake in the unit tests). */
export interface WorkerLike {
  readonly state: string;
  addEventListener(type: 'statechange', listener: () => void): void;
}

/** What we use of ServiceWorkerRegistration. */
export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly active: WorkerLike | null;
}

/** What we use of workbox-window's Workbox (a fake in the unit tests). */
export interface ServiceWorkerClient {
  addEventListener(type: 'waiting', listener: () => void): void;
  addEventListener(type: 'controlling', listener: (event: { isUpdate?: boolean }) => void): void;
  register(): Promise<RegistrationLike | undefined>;
  update(): Promise<void>;
  messageSkipWaiting(): void;
}

export interface UpdateHooks {
  reload(): void;
  /** Where a failed registration is reported (the page works without it, only not offline). */
  warn(message: string, error: unknown): void;
}

/** How often a page left open asks the server for a new version, at most (when it becomes visible again). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** How many times the Reload button asks the waiting version to take over, a second apart. */
export const SKIP_WAITING_TRIES = 10;

export class OfflineUpdates {
  /** A new version is installed and waiting for the user's reload. */
  updateReady = $state(false);
  /** The user asked for the new version; the page reloads once it has taken over. */
  reloading = $state(false);

  #client: ServiceWorkerClient | null = null;
  #hooks: UpdateHooks;
  /** Another tab let the new version take over: this page now runs old files under the new worker. */
  #replaced = false;
  #lastCheck = 0;

  constructor(hooks: UpdateHooks) {
    this.#hooks = hooks;
  }

  /** Registers the worker (once). `now` is for update checks of a page left open. */
  start(client: ServiceWorkerClient, now: () => number = () => performance.now()): void {
    if (this.#client) return;
    this.#client = client;
    this.#lastCheck = now();
    client.addEventListener('waiting', () => {
      this.updateReady = true;
    });
    client.addEventListener('controlling', (event) => {
      // The first install taking an uncontrolled page (clientsClaim) is the same build: nothing to do.
      if (!event.isUpdate) return;
      this.#replaced = true;
      if (this.reloading) this.#hooks.reload();
      else this.updateReady = true; // another tab's click: this page should reload too, when the user says
    });
    client.register().then(
      (registration) => registration && this.#watchInstalling(registration),
      (error: unknown) => this.#hooks.warn('offline: the service worker could not be registered', error),
    );
  }

  /**
   * The browser checks for a new sw.js on every navigation, so an update may already be installing when
   * the page registers (after its load event), before Workbox listens: Workbox would then never say
   * "waiting". An installing worker beside an active one is an update; it is ready once installed.
   */
  #watchInstalling(registration: RegistrationLike): void {
    const installing = registration.installing;
    if (!installing || !registration.active) return;
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && registration.waiting === installing) this.updateReady = true;
    });
  }

  /** Asks the server for a new version if the last check is older than UPDATE_CHECK_MS. */
  check(now: number): void {
    if (!this.#client || now - this.#lastCheck < UPDATE_CHECK_MS) return;
    this.#lastCheck = now;
    this.#client.update().catch(() => {}); // offline or server down: try again next time
  }

  /**
   * The Reload button: let the waiting version take over, then reload (at once if it already has).
   * The message is sent again each second until the new version controls the page: one sent while the
   * waiting worker was being stopped or started can be lost (seen in e2e/offline.spec.ts now and then,
   * the page stuck on "reloading"); skipWaiting twice is harmless.
   */
  reload(): void {
    if (!this.#client || this.#replaced) return this.#hooks.reload();
    this.reloading = true;
    const client = this.#client;
    let tries = 0;
    const ask = () => {
      if (this.#replaced) return;
      client.messageSkipWaiting();
      if (++tries < SKIP_WAITING_TRIES) setTimeout(ask, 1000);
    };
    ask();
  }
}

let shared: OfflineUpdates | null = null;

/**
 * The page's one OfflineUpdates, registering sw.js beside index.html (relative: the build works from
 * any sub-path) once the page has loaded and `firstView` (the first view drawn, see App.svelte) has
 * resolved, when the browser is idle. Does nothing in dev or without service worker support.
 */
export function offlineUpdates(firstView: Promise<unknown>): OfflineUpdates {
  if (shared) return shared;
  const updates = new OfflineUpdates({
    reload: () => location.reload(),
    warn: (message, error) => console.warn(message, error),
  });
  shared = updates;
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return updates;
  // Nothing before the first view is drawn: workbox-window (its own small chunk) is a request that view
  // does not need, and the worker's install downloads the whole precache, which must not compete with
  // the view's own downloads. (Workbox would wait for the load event, which comes sooner.)
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const idle = () =>
    new Promise((resolve) =>
      'requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 200),
    );
  void Promise.all([loaded, firstView.catch(() => {})])
    .then(idle)
    .then(() => import('workbox-window'))
    .then(
      ({ Workbox }) => {
        updates.start(new Workbox('./sw.js', { scope: './' }));
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') updates.check(performance.now());
        });
      },
      (error: unknown) => console.warn('offline: workbox-window did not load', error),
    );
  return updates;
}
