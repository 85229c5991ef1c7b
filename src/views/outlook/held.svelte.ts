// While a slider is dragged, the charts out of view hold still: only what is on screen follows every
// frame of the drag (the redrawing of charts nobody sees would cost each frame several milliseconds).
// A chart catches up as soon as it scrolls into view or the drag ends. Outside drags (typed values,
// presets, links), every chart follows at once.
import type { BandsPayload } from '../../../worker/bands.protocol.ts';
import type { ProjectionPayload } from '../../../worker/projection.protocol.ts';

export interface Shown {
  readonly current: ProjectionPayload | null;
  readonly baseline: ProjectionPayload | null;
  /** The uncertainty bands shown with them (held the same way). */
  readonly bands?: BandsPayload | null;
}

export class Held {
  /** Panel id → false once it is seen to be off screen (unknown counts as on screen). */
  #onScreen = $state<Record<string, boolean>>({});
  readonly #kept = new Map<string, Shown>();
  readonly #latest: () => Shown;
  readonly #dragging: () => boolean;

  /** `latest`: what the charts would show now; `dragging`: whether a slider is being dragged. */
  constructor(latest: () => Shown, dragging: () => boolean) {
    this.#latest = latest;
    this.#dragging = dragging;
  }

  /** What panel `id` shows. Call it from the markup: it is reactive. */
  of(id: string): Shown {
    const kept = this.#kept.get(id);
    if (kept && this.#onScreen[id] === false && this.#dragging()) return kept;
    const latest = this.#latest();
    if (kept?.current !== latest.current || kept?.baseline !== latest.baseline || kept?.bands !== latest.bands) this.#kept.set(id, latest);
    return this.#kept.get(id)!;
  }

  /** An attachment ({@attach held.watch(id)}) that tells whether the element is on screen. */
  watch(id: string): (element: Element) => () => void {
    return (element) => {
      if (typeof IntersectionObserver === 'undefined') return () => {};
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) this.#onScreen[id] = entry.isIntersecting;
      });
      observer.observe(element);
      return () => {
        observer.disconnect();
        delete this.#onScreen[id];
      };
    };
  }
}
