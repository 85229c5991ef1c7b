// What happens when a worker crashes (an uncaught error in it, or a message that could not be read):
// the page keeps what it last drew, terminates the worker and starts a new one, which gets the inputs
// again and the latest request. A worker that keeps crashing (CRASH_LIMIT times within CRASH_WINDOW_MS)
// is not restarted any more: restarting it again would only burn the reader's battery, and the last
// result stays on screen with a notice saying so.

/** How many crashes within the window stop the restarts. */
export const CRASH_LIMIT = 3;
export const CRASH_WINDOW_MS = 60_000;

/** The health of a session's workers, for the notice (null reason: nothing happened). */
export type WorkerHealth =
  | { readonly status: 'running' }
  /** Crashed and restarted: what is shown is the last result until the new worker answers. */
  | { readonly status: 'restarted'; readonly reason: string; readonly crashes: number }
  /** Crashed CRASH_LIMIT times within the window: no more restarts; the last result stays. */
  | { readonly status: 'stopped'; readonly reason: string; readonly crashes: number };

/** The rejection of every request that was waiting on a worker when it crashed. */
export class WorkerCrashed extends Error {}

/** Counts crashes in a sliding window. */
export class CrashCounter {
  readonly #times: number[] = [];
  readonly #now: () => number;
  readonly #limit: number;
  readonly #windowMs: number;

  constructor(now: () => number = () => performance.now(), limit = CRASH_LIMIT, windowMs = CRASH_WINDOW_MS) {
    this.#now = now;
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Records a crash; returns true if the worker may be restarted, false once the limit is reached. */
  record(): boolean {
    const now = this.#now();
    while (this.#times.length && now - this.#times[0] >= this.#windowMs) this.#times.shift();
    this.#times.push(now);
    return this.#times.length < this.#limit;
  }

  /** Crashes within the window. */
  get count(): number {
    return this.#times.length;
  }
}

/** What a crash handler needs of a Worker (a fake in tests). */
export interface Crashable {
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  removeEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/**
 * Calls `crashed` once, with a reason, when the worker reports an uncaught error or a message it could
 * not deliver. Returns the function that stops listening (call it before terminating the worker).
 */
export function onCrash(worker: Crashable, label: string, crashed: (reason: string) => void): () => void {
  let done = false;
  const onError = (event: Event) => {
    // Handled here: the page says what happened, so the browser need not report it again on the window.
    event.preventDefault();
    const message = (event as ErrorEvent).message;
    fire(`${label}: ${message || 'stopped unexpectedly'}`);
  };
  const onMessageError = () => fire(`${label}: a message could not be read`);
  const fire = (reason: string) => {
    if (done) return;
    done = true;
    stop();
    crashed(reason);
  };
  const stop = () => {
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onMessageError);
  };
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);
  return () => {
    done = true;
    stop();
  };
}
