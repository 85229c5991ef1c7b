// Test helper (Vitest only): a Worker in the same thread, running a real worker's handler (the
// projection worker's createProjectionHandler with the test files' fetch, or the bands worker's), so
// the sessions are tested against the workers' real answers. Messages are delivered a task later, as a
// worker's are; crash() makes it report an uncaught error ('error' event), messageError() a message it
// could not read; hold() keeps the next project requests unanswered (a crash mid-request).
import { createBandsHandler } from '../../worker/bands.worker.ts';
import type { ToBandsWorker } from '../../worker/bands.protocol.ts';
import { createProjectionHandler } from '../../worker/projection.worker.ts';
import type { ToWorker } from '../../worker/projection.protocol.ts';
import type { Fetch } from './baseline.ts';

type Message = ToWorker | ToBandsWorker;

export class FakeWorker extends EventTarget {
  /** Every message the page sent, in order. */
  readonly received: Message[] = [];
  terminated = false;
  #held = false;
  readonly #handle: (message: Message) => void;

  /** `fetch`: a projection worker loading through it; 'bands': a bands worker. */
  constructor(kind: Fetch | 'bands') {
    super();
    const reply = (message: unknown) => {
      if (this.terminated) return;
      setTimeout(() => !this.terminated && this.dispatchEvent(new MessageEvent('message', { data: message })), 0);
    };
    this.#handle = (kind === 'bands' ? createBandsHandler(reply) : createProjectionHandler(reply, { fetch: kind })) as (
      message: Message,
    ) => void;
  }

  postMessage(message: Message): void {
    if (this.terminated) return;
    this.received.push(message);
    if (this.#held && message.type !== 'init') return; // swallowed: the crash comes before the answer
    setTimeout(() => !this.terminated && this.#handle(message), 0);
  }

  /** Requests from now on are never answered. */
  hold(): void {
    this.#held = true;
  }

  crash(message = 'boom'): void {
    const event = new Event('error', { cancelable: true }) as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }

  messageError(): void {
    this.dispatchEvent(new MessageEvent('messageerror'));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The project requests received. */
  get projects(): Extract<ToWorker, { type: 'project' }>[] {
    return this.received.filter((m): m is Extract<ToWorker, { type: 'project' }> => m.type === 'project');
  }

  /** The bands requests received. */
  get bandsAsked(): Extract<ToBandsWorker, { type: 'bands' }>[] {
    return this.received.filter((m): m is Extract<ToBandsWorker, { type: 'bands' }> => m.type === 'bands');
  }
}
