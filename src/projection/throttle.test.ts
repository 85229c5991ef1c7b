import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createThrottle } from './throttle.ts';

/** A hand-driven animation frame clock and a send whose answers the test releases. */
function harness() {
  let frames: (() => void)[] = [];
  let frameNo = 0;
  const sent: number[] = [];
  /** The frame each request was sent in (a frame begins with its callbacks). */
  const sentInFrame: number[] = [];
  const answers = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  const results: [string, number, boolean][] = [];
  const errors: [string, number][] = [];
  let maxInFlight = 0;
  const throttle = createThrottle<number, string>({
    send: (n) => {
      sent.push(n);
      sentInFrame.push(frameNo);
      maxInFlight = Math.max(maxInFlight, answers.size + 1);
      return new Promise((resolve, reject) => answers.set(n, { resolve, reject }));
    },
    onResult: (result, request, latest) => results.push([result, request, latest]),
    onError: (error, request) => errors.push([(error as Error).message, request]),
    requestFrame: (cb) => frames.push(cb),
    cancelFrame: () => {
      frames = [];
    },
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    throttle,
    sent,
    sentInFrame,
    results,
    errors,
    get maxInFlight() {
      return maxInFlight;
    },
    get scheduledFrames() {
      return frames.length;
    },
    frame() {
      frameNo++;
      const run = frames;
      frames = [];
      for (const f of run) f();
    },
    async answer(n: number, ok = true) {
      const a = answers.get(n)!;
      answers.delete(n);
      if (ok) a.resolve(`result ${n}`);
      else a.reject(new Error(`failed ${n}`));
      await settle();
    },
    inFlight: () => [...answers.keys()],
  };
}

describe('createThrottle', () => {
  it('sends at once when nothing was sent in this frame; the rest of the frame waits, and only the latest goes', async () => {
    const h = harness();
    h.throttle.request(1);
    expect(h.sent).toEqual([1]); // no frame to wait for
    h.throttle.request(2);
    h.throttle.request(3);
    await h.answer(1);
    expect(h.sent).toEqual([1]); // answered, but one request per frame
    expect(h.results).toEqual([['result 1', 1, false]]); // a newer request is waiting
    h.frame();
    expect(h.sent).toEqual([1, 3]); // 2 was dropped, never sent
  });

  it('keeps one request in flight; newer ones replace the waiting one and go after it', async () => {
    const h = harness();
    h.throttle.request(1);
    h.frame();
    h.throttle.request(2);
    h.throttle.request(3);
    h.frame();
    expect(h.sent).toEqual([1]); // 1 still in flight
    await h.answer(1);
    expect(h.results).toEqual([['result 1', 1, false]]); // a newer request was waiting (now sent)
    expect(h.sent).toEqual([1, 3]); // the frame has passed: 3 goes as soon as 1 is answered; 2 never
    await h.answer(3);
    expect(h.results).toEqual([
      ['result 1', 1, false],
      ['result 3', 3, true],
    ]);
    expect(h.throttle.busy).toBe(false);
  });

  it('reports a failed request and carries on', async () => {
    const h = harness();
    h.throttle.request(1);
    h.frame();
    h.throttle.request(2);
    await h.answer(1, false);
    expect(h.errors).toEqual([['failed 1', 1]]);
    expect(h.sent).toEqual([1, 2]);
    await h.answer(2);
    expect(h.results).toEqual([['result 2', 2, true]]);
  });

  it('reports a send that throws synchronously', async () => {
    const errors: unknown[] = [];
    const t = createThrottle<number, string>({
      send: () => {
        throw new Error('no worker');
      },
      onResult: () => {},
      onError: (e) => errors.push((e as Error).message),
      requestFrame: () => 1,
      cancelFrame: () => {},
    });
    t.request(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toEqual(['no worker']);
    expect(t.busy).toBe(false);
  });

  it('after dispose: sends nothing and delivers nothing', async () => {
    const h = harness();
    h.throttle.request(1);
    h.frame();
    h.throttle.request(2);
    h.throttle.dispose();
    await h.answer(1);
    h.throttle.request(3);
    h.frame();
    expect(h.sent).toEqual([1]);
    expect(h.results).toEqual([]);
  });

  it('in any interleaving: one in flight, one send per frame, requests in order, each result once, the last request answered', async () => {
    type Action = { kind: 'request' } | { kind: 'frame' } | { kind: 'answer'; ok: boolean };
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.constant({ kind: 'request' as const }),
      fc.constant({ kind: 'frame' as const }),
      fc.boolean().map((ok) => ({ kind: 'answer' as const, ok })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 40 }), async (actions) => {
        const h = harness();
        let next = 0;
        for (const a of actions) {
          if (a.kind === 'request') h.throttle.request(++next);
          else if (a.kind === 'frame') h.frame();
          else if (h.inFlight().length) await h.answer(h.inFlight()[0], a.ok);
        }
        // Drain: answer and run frames until idle.
        for (let guard = 0; h.throttle.busy && guard < 100; guard++) {
          h.frame();
          for (const n of h.inFlight()) await h.answer(n);
        }
        expect(new Set(h.sentInFrame).size, 'one send per frame').toBe(h.sentInFrame.length);
        expect(h.maxInFlight).toBeLessThanOrEqual(1);
        expect(h.sent).toEqual([...h.sent].sort((x, y) => x - y));
        expect(new Set(h.sent).size).toBe(h.sent.length);
        const delivered = [...h.results.map(([, n]) => n), ...h.errors.map(([, n]) => n)].sort((x, y) => x - y);
        expect(delivered).toEqual([...h.sent].sort((x, y) => x - y));
        if (next > 0) expect(h.sent.at(-1)).toBe(next);
      }),
      { numRuns: 300 },
    );
  });
});
