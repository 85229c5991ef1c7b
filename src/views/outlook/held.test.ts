import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectionPayload } from '../../../worker/projection.protocol.ts';
import { Held, type Shown } from './held.svelte.ts';

/** An IntersectionObserver whose entries the test sends by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  element: Element | null = null;
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.element = element;
  }
  disconnect() {
    this.element = null;
  }
  send(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

const payload = (n: number) => ({ horizon: n }) as unknown as ProjectionPayload;

function harness() {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  let latest: Shown = { current: payload(1), baseline: payload(0) };
  let dragging = false;
  const held = new Held(
    () => latest,
    () => dragging,
  );
  const stop = held.watch('trends')({} as Element);
  return {
    held,
    stop,
    observer: FakeObserver.all[0],
    show(n: number) {
      latest = { current: payload(n), baseline: latest.baseline };
    },
    drag(on: boolean) {
      dragging = on;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('Held', () => {
  it('an off-screen chart holds still while a slider is dragged, and catches up when the drag ends', () => {
    const h = harness();
    expect(h.held.of('trends').current).toEqual(payload(1));
    h.observer.send(false);
    h.drag(true);
    h.show(2);
    expect(h.held.of('trends').current).toEqual(payload(1)); // held
    expect(h.held.of('pyramid').current).toEqual(payload(2)); // not watched: counts as on screen
    h.drag(false);
    expect(h.held.of('trends').current).toEqual(payload(2));
  });

  it('an on-screen chart follows every frame; one that scrolls into view catches up at once', () => {
    const h = harness();
    h.held.of('trends');
    h.drag(true);
    h.show(2);
    expect(h.held.of('trends').current).toEqual(payload(2));
    h.observer.send(false);
    h.show(3);
    expect(h.held.of('trends').current).toEqual(payload(2));
    h.observer.send(true);
    expect(h.held.of('trends').current).toEqual(payload(3));
  });

  it('outside a drag every chart follows, on screen or not; the same value keeps the same object', () => {
    const h = harness();
    h.observer.send(false);
    const first = h.held.of('trends');
    expect(h.held.of('trends')).toBe(first); // nothing new: no redraw
    h.show(4);
    expect(h.held.of('trends').current).toEqual(payload(4));
    h.stop();
    expect(h.observer.element).toBeNull();
  });
});
