import { afterEach, describe, expect, it, vi } from 'vitest';
import { Stagger } from './stagger.svelte.ts';

/** An IntersectionObserver whose entries the test sends by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe() {}
  disconnect() {}
  send(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

/** A stagger whose slices run when the test says (`step()`), as the browser would run the next task. */
function harness(order = ['a', 'b', 'c'], options: { wait?: boolean } = {}) {
  const pending: (() => void)[] = [];
  const stagger = new Stagger(
    order,
    (run) => {
      pending.push(run);
      return () => pending.splice(pending.indexOf(run), 1);
    },
    options,
  );
  const state = () => order.map((id) => (stagger.ready(id) ? 2 : stagger.mounted(id) ? 1 : 0)).join('');
  const step = () => pending.shift()?.();
  return { stagger, state, step, pending };
}

afterEach(() => vi.unstubAllGlobals());

describe('Stagger', () => {
  it('builds one panel per task, in order, and stops when all are there', () => {
    const { stagger, state, step, pending } = harness();
    expect(state()).toBe('000');
    stagger.advance(2);
    expect(state()).toBe('200');
    step();
    expect(state()).toBe('220');
    step();
    expect(state()).toBe('222');
    expect(pending).toHaveLength(0);
  });

  it('mounts loading frames first, then draws them one by one when the data comes', () => {
    const { stagger, state, step } = harness();
    stagger.advance(1);
    step();
    expect(state()).toBe('110');
    stagger.advance(2); // the projection arrived: the rest of the frames and the drawings, still one a task
    expect(state()).toBe('210');
    step();
    step();
    step();
    step();
    expect(state()).toBe('222');
  });

  it('takes a panel near the screen first', () => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { stagger, state, step } = harness();
    stagger.near('c')({} as Element);
    expect(FakeObserver.all[0].options.rootMargin).toBe('100% 0px'); // within a screen's height, above or below
    FakeObserver.all[0].send(true);
    stagger.advance(2);
    expect(state()).toBe('002');
    step();
    expect(state()).toBe('202');
  });

  it('builds everything at once for print or an error, and never goes back', () => {
    const { stagger, state, pending } = harness();
    stagger.advance(1);
    stagger.all(2);
    expect(state()).toBe('222');
    stagger.advance(1);
    expect(state()).toBe('222');
    stagger.dispose();
    expect(pending).toHaveLength(0);
  });

  it('builds and draws everything before printing', () => {
    const listeners = new Map<string, () => void>();
    vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
    vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
    const { stagger, state } = harness();
    const stop = stagger.printing();
    stagger.advance(2);
    expect(state()).toBe('200');
    listeners.get('beforeprint')!();
    expect(state()).toBe('222');
    stop();
    expect(listeners.has('beforeprint')).toBe(false);
  });

  it('on a phone builds only the panels near the screen until the reader scrolls, then the rest in turn', () => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const listeners = new Map<string, () => void>();
    vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
    vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
    const { stagger, state, step, pending } = harness(['a', 'b', 'c', 'd'], { wait: true });
    const stop = stagger.listen();
    stagger.near('a')({} as Element);
    stagger.near('c')({} as Element);
    // Nearer on a phone: on the screen or within half a screen below it.
    expect(FakeObserver.all.map((o) => o.options.rootMargin)).toEqual(['0px 0px 50% 0px', '0px 0px 50% 0px']);
    FakeObserver.all[0].send(true);
    stagger.advance(2);
    expect(state()).toBe('2000');
    step();
    expect(state()).toBe('2000'); // b, c, d are far: nothing more, nothing scheduled
    expect(pending).toHaveLength(0);
    FakeObserver.all[1].send(true); // c comes near (the page moved): built next
    step();
    expect(state()).toBe('2020');
    step();
    expect(pending).toHaveLength(0);
    expect([...listeners.keys()].toSorted()).toEqual(['keydown', 'pointerdown', 'scroll', 'touchstart', 'wheel']);
    listeners.get('scroll')!(); // the reader scrolls: every panel in turn, and the listeners are gone
    expect(listeners.size).toBe(0);
    step();
    expect(state()).toBe('2220');
    step();
    expect(state()).toBe('2222');
    expect(pending).toHaveLength(0);
    stop();
  });

  it('stops waiting when told (a wide screen, briefing), and does not wait unless asked', () => {
    const phone = harness(['a', 'b'], { wait: true });
    phone.stagger.advance(2);
    expect(phone.state()).toBe('00'); // nothing near the screen (no IntersectionObserver here)
    expect(phone.pending).toHaveLength(0);
    phone.stagger.engage();
    phone.step();
    expect(phone.state()).toBe('20');
    phone.step();
    expect(phone.state()).toBe('22');
    const wide = harness(['a', 'b']);
    expect(wide.stagger.listen()).toBeTypeOf('function');
    wide.stagger.advance(2);
    wide.step();
    expect(wide.state()).toBe('22');
  });

  it('treats a panel it was not given as built and drawn', () => {
    const { stagger } = harness();
    expect(stagger.mounted('other') && stagger.ready('other')).toBe(true);
  });
});
