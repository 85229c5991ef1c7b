// The outlook's panels below the first pyramid are built one per task, not all in one: building and laying
// out a dozen charts at once was one task of 0.5–0.9 s on a phone (Lighthouse's 4× slower CPU), during
// which the page could not answer a tap. Each panel goes through two steps, each in its own task: mounted
// (its frame, loading) and ready (its drawing); a panel the projection is already there for goes to ready
// at once. Panels go in the order given (top to bottom), except that one near the screen (within a screen's
// height, seen by an IntersectionObserver) goes first. Printing builds everything at once (`beforeprint`, or
// print media), so a printout never misses a chart.
//
// On a phone (`wait`), the panels far from the screen also wait for the reader: until they scroll, touch,
// click or type (listen()), or the layout no longer calls for it (engage()), only the panels near the screen
// are built. A visit that reads the first screen pays for the charts on it, not for six more below (each
// 25–75 ms of a phone's main thread, during which a tap waits); the first scroll builds the rest, one a task,
// from the nearest.
import { flushSync } from 'svelte';
import { afterPaint } from '../../ui/after-paint.ts';

/** 0: not built (its room is held), 1: its frame shows loading, 2: drawn. */
export type Step = 0 | 1 | 2;

export class Stagger {
  #steps = $state<Record<string, Step>>({});
  readonly #order: readonly string[];
  /** Panels near the screen, first in line. */
  readonly #near = new Set<string>();
  #target: Step = 0;
  #cancel: (() => void) | null = null;
  readonly #schedule: (run: () => void) => () => void;
  /** Panels far from the screen wait for the reader (until engage()). */
  #wait: boolean;
  /** A slice found only panels that wait: the next begins when one comes near or the reader engages. */
  #paused = false;

  /**
   * `order`: panel ids, top to bottom. `schedule`: how the next slice is run (default: after the next frame
   * is painted, ui/after-paint.ts, so a panel just built is laid out in its own frame; tests run it at once).
   * `wait`: panels far from the screen wait for the reader (a phone).
   */
  constructor(order: readonly string[], schedule: (run: () => void) => () => void = afterPaint, { wait = false } = {}) {
    this.#order = order;
    this.#schedule = schedule;
    this.#wait = wait;
    for (const id of order) this.#steps[id] = 0;
  }

  /** The reader did something, or the layout no longer calls for waiting: from now on every panel is built in turn. */
  engage(): void {
    if (!this.#wait) return;
    this.#wait = false;
    this.#resume();
  }

  /** While panels wait for the reader: the first scroll, touch, click, wheel or key engages (returns the cleanup). */
  listen(): () => void {
    if (!this.#wait || typeof addEventListener === 'undefined') return () => {};
    const events = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    const options = { capture: true, passive: true } as const;
    const off = () => {
      for (const type of events) removeEventListener(type, on, options);
    };
    const on = () => {
      off();
      this.engage();
    };
    for (const type of events) addEventListener(type, on, options);
    return off;
  }

  #resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    this.#cancel = this.#schedule(() => this.#slice());
  }

  /** Whether panel `id` is built (reactive). */
  mounted(id: string): boolean {
    return (this.#steps[id] ?? 2) >= 1;
  }

  /** Whether panel `id` may draw (reactive). */
  ready(id: string): boolean {
    return (this.#steps[id] ?? 2) === 2;
  }

  /** Bring every panel to `step`, one panel per task, starting now with the first in line. */
  advance(step: Step): void {
    if (step <= this.#target) return;
    this.#target = step;
    this.#cancel?.();
    this.#cancel = null;
    this.#slice();
  }

  /** Every panel to `step` at once (printing; an error, which draws no chart). */
  all(step: Step = 2): void {
    this.#target = Math.max(this.#target, step) as Step;
    for (const id of this.#order) if (this.#steps[id] < step) this.#steps[id] = step;
  }

  /**
   * An attachment ({@attach stagger.near(id)}): a panel within a screen's height of the view goes first.
   * While panels wait for the reader (a phone), "near" is narrower: on the screen or within half a screen
   * below it. On a 412×823 phone the outlook's first screen is the headline, the pyramid starts below it and
   * the trend charts a screen further down: with a whole screen's margin they were built unasked, the
   * longest task after the first paint (~100 ms of a phone's CPU, loading the comparison's code with them).
   */
  near(id: string): (element: Element) => () => void {
    return (element) => {
      if (typeof IntersectionObserver === 'undefined') return () => {};
      const rootMargin = this.#wait ? '0px 0px 50% 0px' : '100% 0px';
      const observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) this.#near.add(id);
            else this.#near.delete(id);
          }
          if (this.#near.has(id)) this.#resume();
        },
        { rootMargin },
      );
      observer.observe(element);
      return () => {
        observer.disconnect();
        this.#near.delete(id);
      };
    };
  }

  /** Printing: everything built and drawn before the page is laid out for paper. */
  printing(): () => void {
    if (typeof addEventListener === 'undefined') return () => {};
    // flushSync: the panels are in the DOM when the handler returns, before the page is laid out for paper.
    const all = () => {
      this.all(this.#target === 0 ? 1 : this.#target);
      flushSync();
    };
    // Print media without the event (a browser's print preview, a PDF made by a headless browser).
    const media = matchMedia('print');
    const onMedia = () => media.matches && all();
    addEventListener('beforeprint', all);
    media.addEventListener('change', onMedia);
    return () => {
      removeEventListener('beforeprint', all);
      media.removeEventListener('change', onMedia);
    };
  }

  dispose(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#paused = false;
  }

  #slice(): void {
    this.#paused = false;
    const behind = this.#order.filter((id) => this.#steps[id] < this.#target);
    const next = behind.find((id) => this.#near.has(id)) ?? (this.#wait ? undefined : behind[0]);
    if (next === undefined) {
      this.#cancel = null;
      this.#paused = behind.length > 0;
      return;
    }
    this.#steps[next] = this.#target;
    if (behind.length > 1) this.#cancel = this.#schedule(() => this.#slice());
    else this.#cancel = null;
  }
}
