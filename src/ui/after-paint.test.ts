import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, FALLBACK_MS } from './after-paint.ts';

// Frames are driven by the test: `frame()` runs the callbacks asked for since the last one.
let callbacks: Map<number, FrameRequestCallback>;
const frame = () => {
  const due = [...callbacks.values()];
  callbacks.clear();
  for (const cb of due) cb(performance.now());
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  callbacks = new Map();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (callbacks.set(next, cb), next++));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterPaint', () => {
  it('runs in a task after the next frame, not in the frame itself, and once', () => {
    const run = vi.fn();
    afterPaint(run);
    expect(run).not.toHaveBeenCalled();
    frame();
    expect(run).not.toHaveBeenCalled(); // the frame's own rendering comes first
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FALLBACK_MS * 2);
    frame();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after FALLBACK_MS where no frame comes (a background tab)', () => {
    const run = vi.fn();
    afterPaint(run);
    vi.advanceTimersByTime(FALLBACK_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1); // the task it queued (fake timers count a 0 ms delay as 1)
    expect(run).toHaveBeenCalledTimes(1);
    expect(callbacks.size).toBe(0); // the frame it no longer needs is given back
  });

  it('never runs once cancelled, even after the frame that queued its task', () => {
    const before = vi.fn();
    afterPaint(before)();
    frame();
    vi.advanceTimersByTime(FALLBACK_MS);
    expect(before).not.toHaveBeenCalled();

    const between = vi.fn();
    const cancel = afterPaint(between);
    frame();
    cancel();
    vi.advanceTimersByTime(FALLBACK_MS);
    expect(between).not.toHaveBeenCalled();
  });
});
