// The app's side of the projection worker protocol (worker/projection.protocol.ts): request ids,
// promises, transfers. Written against a port so it is tested with a MessageChannel, no worker needed.
import {
  transferList,
  type FromWorker,
  type LoadedTable,
  type ProjectionPayload,
  type ToWorker,
  type TransferInputs,
} from '../../worker/projection.protocol.ts';
import type { Scenario } from '../../worker/engine/types.ts';

/** What the client needs of a Worker (or a MessagePort in tests). */
export interface Port {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
}

export interface Loading {
  /** The baseline's tables as the worker decoded them (the catalog takes them). */
  readonly tables: Promise<readonly LoadedTable[]>;
  /** Resolves when the worker has prepared the inputs; rejects with its message. */
  readonly ready: Promise<void>;
}

export interface ProjectionClient {
  /** Asks the worker to load the baseline's tables itself (relative to `base`, the page's URL) and prepare them. */
  load(base: string): Loading;
  /** Sends the inputs once. Their buffers are transferred: the caller's arrays become empty. */
  init(inputs: TransferInputs): Promise<void>;
  /** One projection. Use through createThrottle, which keeps at most one in flight. */
  project(scenario: Scenario): Promise<ProjectionPayload>;
  /** Rejects everything still waiting (with `error`, e.g. the worker crashed) and stops listening. */
  dispose(error?: Error): void;
}

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

export function createProjectionClient(port: Port): ProjectionClient {
  let nextId = 1;
  const waiting = new Map<number, Waiting<ProjectionPayload>>();
  let initWaiting: Waiting<void> | null = null;
  let tablesWaiting: Waiting<readonly LoadedTable[]> | null = null;
  let disposed = false;

  const onMessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'tables') {
      tablesWaiting?.resolve(message.tables);
      tablesWaiting = null;
    } else if (message.type === 'ready') {
      initWaiting?.resolve();
      initWaiting = null;
    } else if (message.type === 'error' && message.id === null) {
      const error = new Error(`projection worker: ${message.message}`);
      tablesWaiting?.reject(error);
      tablesWaiting = null;
      initWaiting?.reject(error);
      initWaiting = null;
    } else if (message.id !== null) {
      const w = waiting.get(message.id);
      if (!w) return; // answered after dispose, or an id we never sent
      waiting.delete(message.id);
      if (message.type === 'result') w.resolve(message.result);
      else w.reject(new Error(`projection: ${message.message}`));
    }
  };
  port.addEventListener('message', onMessage);

  return {
    load(base) {
      if (disposed) {
        const closed = Promise.reject(new Error('projection client is closed'));
        closed.catch(() => {});
        return { tables: closed as Promise<never>, ready: closed };
      }
      initWaiting?.reject(new Error('projection worker: init was sent again'));
      tablesWaiting?.reject(new Error('projection worker: init was sent again'));
      const tables = new Promise<readonly LoadedTable[]>((resolve, reject) => (tablesWaiting = { resolve, reject }));
      const ready = new Promise<void>((resolve, reject) => (initWaiting = { resolve, reject }));
      tables.catch(() => {}); // the same failure reaches `ready`
      port.postMessage({ type: 'load', base }, []);
      return { tables, ready };
    },
    init(inputs) {
      if (disposed) return Promise.reject(new Error('projection client is closed'));
      initWaiting?.reject(new Error('projection worker: init was sent again'));
      return new Promise<void>((resolve, reject) => {
        initWaiting = { resolve, reject };
        port.postMessage({ type: 'init', inputs }, transferList(inputs));
      });
    },
    project(scenario) {
      if (disposed) return Promise.reject(new Error('projection client is closed'));
      const id = nextId++;
      return new Promise<ProjectionPayload>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        port.postMessage({ type: 'project', id, scenario }, []);
      });
    },
    dispose(error) {
      disposed = true;
      port.removeEventListener('message', onMessage);
      const closed = error ?? new Error('projection client is closed');
      for (const w of waiting.values()) w.reject(closed);
      waiting.clear();
      initWaiting?.reject(closed);
      initWaiting = null;
      tablesWaiting?.reject(closed);
      tablesWaiting = null;
    },
  };
}
