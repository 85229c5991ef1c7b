import { afterEach, describe, expect, it, vi } from 'vitest';
import { Stagger } from './stagger.svelte.ts';

/** An IntersectionObserver whose entries the test sends by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.all.push(this);
  }
  observe() {}
  disconnect() {}
  send(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

/** A stagger whose slices run when the test says (`step()`), as the browser would run the next task. */
function harness(order = ['a', 'b', 'c']) {
  const pending: (() => void)[] = [];
  const stagger = new Stagger(order, (run) => {
    pending.push(run);
    return () => pending.splice(pending.indexOf(run), 1);
  });
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

  it('treats a panel it was not given as built and drawn', () => {
    const { stagger } = harness();
    expect(stagger.mounted('other') && stagger.ready('other')).toBe(true);
  });
});
