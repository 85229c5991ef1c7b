// What the outlook shows while a slider is being dragged. The charts follow every input at once (the
// draft); the URL follows once the input has rested for URL_INTERVAL ms, and exactly at the end of the
// drag, never while the pointer keeps moving: a URL write is a history.replaceState (1–40 ms on this
// machine under load) and a new app.state, which every part of the page that reads the link re-checks, so
// writes during a drag were the slowest frames of it. Browsers also refuse history updates beyond
// about 200 in 10 s (Chromium then drops them, and a link copied after a long drag would not match the
// screen). Presets and reset push history; the rest replaces it.
import type { Scenario } from '../../../worker/engine/types.ts';
import type { AppState } from '../../state/app.svelte.ts';

export const URL_INTERVAL = 400;

export type Mode = 'live' | 'commit' | 'push';

export interface LiveOptions {
  /** Defaults to setTimeout/clearTimeout; injected in tests. */
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

export class LiveOutlook {
  /** The scenario being dragged (null: the URL's). */
  draftScenario = $state.raw<Scenario | null>(null);
  /** The year being dragged or played (null: the URL's). */
  draftYear = $state.raw<number | null>(null);

  readonly #app: Pick<AppState, 'state' | 'set'>;
  readonly #setTimer: (callback: () => void, ms: number) => unknown;
  readonly #clearTimer: (handle: unknown) => void;
  #timer: unknown = null;

  constructor(app: Pick<AppState, 'state' | 'set'>, options: LiveOptions = {}) {
    this.#app = app;
    this.#setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
    this.#clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  get scenario(): Scenario {
    return this.draftScenario ?? this.#app.state.scenario;
  }

  get year(): number {
    return Math.min(this.draftYear ?? this.#app.state.year, this.scenario.horizon);
  }

  /** A new scenario: 'live' while dragging, 'commit' at the end of an edit, 'push' for presets and reset. */
  setScenario(scenario: Scenario, mode: Mode): void {
    if (mode === 'live') {
      this.draftScenario = scenario;
      this.#schedule();
    } else {
      this.#write(mode === 'push' ? 'push' : 'replace', scenario, this.draftYear ?? undefined);
    }
  }

  setYear(year: number, mode: Mode): void {
    if (mode === 'live') {
      this.draftYear = year;
      this.#schedule();
    } else {
      this.#write(mode === 'push' ? 'push' : 'replace', this.draftScenario ?? undefined, year);
    }
  }

  /** Writes the drafts to the URL now (end of a drag, or leaving the view). */
  flush(): void {
    if (this.draftScenario || this.draftYear !== null) this.#write('replace', this.draftScenario ?? undefined, this.draftYear ?? undefined);
  }

  /** The URL catches up once the input rests: each live change starts the wait again. */
  #schedule(): void {
    if (this.#timer !== null) this.#clearTimer(this.#timer);
    this.#timer = this.#setTimer(() => {
      this.#timer = null;
      // The pointer rests (still held, or a typed value not yet confirmed): the URL catches up, the drafts
      // stay (the charts keep following the pointer when it moves on).
      this.#app.set({ scenario: this.draftScenario ?? undefined, year: this.draftYear ?? undefined }, 'replace');
    }, URL_INTERVAL);
  }

  #write(mode: 'push' | 'replace', scenario: Scenario | undefined, year: number | undefined): void {
    if (this.#timer !== null) this.#clearTimer(this.#timer);
    this.#timer = null;
    this.draftScenario = null;
    this.draftYear = null;
    this.#app.set({ scenario, year }, mode);
  }

  dispose(): void {
    if (this.#timer !== null) this.#clearTimer(this.#timer);
    this.#timer = null;
  }
}
