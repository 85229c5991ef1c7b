import { describe, expect, it } from 'vitest';
import { CrashCounter, onCrash } from './restarts.ts';

describe('CrashCounter', () => {
  it('allows restarts until the limit is reached within the window; older crashes fall out of it', () => {
    let now = 0;
    const counter = new CrashCounter(() => now, 3, 1000);
    expect([counter.record(), counter.record()]).toEqual([true, true]);
    now = 999;
    expect(counter.record()).toBe(false); // three within a second
    now = 2500; // all three are more than a second old
    expect(counter.record()).toBe(true);
    expect(counter.count).toBe(1);
  });
});

describe('onCrash', () => {
  it('reports the first error or unreadable message once, with the worker named; handled, so not reported again', () => {
    const worker = new EventTarget();
    const seen: string[] = [];
    onCrash(worker, 'projection worker', (reason) => seen.push(reason));
    const error = Object.assign(new Event('error', { cancelable: true }), { message: 'Uncaught TypeError: x is undefined' });
    worker.dispatchEvent(error);
    worker.dispatchEvent(new Event('messageerror'));
    expect(seen).toEqual(['projection worker: Uncaught TypeError: x is undefined']);
    expect(error.defaultPrevented).toBe(true);
  });

  it('a message that could not be read counts as a crash; stopping first means nothing is reported', () => {
    const worker = new EventTarget();
    const seen: string[] = [];
    onCrash(worker, 'bands worker', (reason) => seen.push(reason));
    worker.dispatchEvent(new Event('messageerror'));
    expect(seen).toEqual(['bands worker: a message could not be read']);
    const other = new EventTarget();
    const stop = onCrash(other, 'x', (reason) => seen.push(reason));
    stop();
    other.dispatchEvent(new Event('error'));
    expect(seen).toHaveLength(1);
  });
});
