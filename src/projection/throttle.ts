// Slider → projection scheduling, after Mosaic: at most one request per animation frame, at most
// one in flight, the latest wins. A request made while another is in flight, or after one was sent
// in the same frame, waits as the single pending one; a newer request replaces it (stale requests
// are dropped, never queued). A request made when nothing was sent in this frame goes at once: it
// does not wait for the next frame (the first one, while the page is still being built, would wait
// a long time). Every request that is actually sent has its result (or error) delivered exactly once.

export interface ThrottleOptions<Request, Result> {
  /** Sends one request, e.g. to the projection worker. */
  send: (request: Request) => Promise<Result>;
  /** Receives each completed result. `latest` is false when a newer request is already waiting. */
  onResult: (result: Result, request: Request, latest: boolean) => void;
  onError: (error: unknown, request: Request) => void;
  /** Defaults to requestAnimationFrame; injected in tests. */
  requestFrame?: (callback: () => void) => unknown;
  cancelFrame?: (handle: unknown) => void;
}

export interface Throttle<Request> {
  /** Asks for `request`; replaces any request not yet sent. */
  request(request: Request): void;
  /** True while a request is in flight or waiting. */
  readonly busy: boolean;
  /** Drops the waiting request and ignores results still to come. */
  dispose(): void;
}

export function createThrottle<Request, Result>(options: ThrottleOptions<Request, Result>): Throttle<Request> {
  const requestFrame = options.requestFrame ?? ((cb: () => void) => requestAnimationFrame(cb));
  const cancelFrame = options.cancelFrame ?? ((h: unknown) => cancelAnimationFrame(h as number));
  let pending: { request: Request } | null = null;
  let inFlight = false;
  /** A frame callback is scheduled: something was sent since the last frame began. */
  let frame: unknown = null;
  let disposed = false;

  /** Sends the pending request if nothing is in flight and nothing was sent in this frame. */
  function maybeSend(): void {
    if (inFlight || !pending || disposed || frame !== null) return;
    const { request } = pending;
    pending = null;
    inFlight = true;
    frame = requestFrame(onFrame); // the frame after which the next request may go
    void run(request);
  }

  function onFrame(): void {
    frame = null;
    maybeSend();
  }

  async function run(request: Request): Promise<void> {
    let outcome: { ok: true; result: Result } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, result: await options.send(request) }; // a synchronous throw lands here too
    } catch (error) {
      outcome = { ok: false, error };
    }
    inFlight = false;
    maybeSend(); // before delivering, so a throwing callback cannot stall the queue
    if (disposed) return;
    if (outcome.ok) options.onResult(outcome.result, request, pending === null && !inFlight);
    else options.onError(outcome.error, request);
  }

  return {
    request(request) {
      if (disposed) return;
      pending = { request };
      maybeSend();
    },
    get busy() {
      return inFlight || pending !== null;
    },
    dispose() {
      disposed = true;
      pending = null;
      if (frame !== null) cancelFrame(frame);
      frame = null;
    },
  };
}
