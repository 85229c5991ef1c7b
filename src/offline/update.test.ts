// The update flow, against a fake Workbox: a waiting version is announced, and only the click lets it
// take over, after which the page reloads.
import { describe, expect, it, vi } from 'vitest';
import { OfflineUpdates, UPDATE_CHECK_MS, type RegistrationLike, type ServiceWorkerClient, type WorkerLike } from './update.svelte.ts';

class FakeWorker implements WorkerLike {
  state = 'installing';
  #listeners: (() => void)[] = [];
  addEventListener(_type: 'statechange', listener: () => void) {
    this.#listeners.push(listener);
  }
  become(state: string) {
    this.state = state;
    for (const l of this.#listeners) l();
  }
}

function fake(registration: RegistrationLike | Promise<never> = { installing: null, waiting: null, active: new FakeWorker() }) {
  const listeners = new Map<string, ((event: { isUpdate?: boolean }) => void)[]>();
  const client = {
    addEventListener(type: string, listener: (event: { isUpdate?: boolean }) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    register: vi.fn(() => (registration instanceof Promise ? registration : Promise.resolve(registration))),
    update: vi.fn(() => Promise.resolve()),
    messageSkipWaiting: vi.fn(),
  };
  const emit = (type: string, event: { isUpdate?: boolean } = {}) => listeners.get(type)?.forEach((l) => l(event));
  const hooks = { reload: vi.fn(), warn: vi.fn() };
  const updates = new OfflineUpdates(hooks);
  return { client: client as ServiceWorkerClient & typeof client, emit, hooks, updates };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('OfflineUpdates', () => {
  it('announces a waiting version, and reloads only after the click has let it take over', () => {
    const { client, emit, hooks, updates } = fake();
    updates.start(client);
    expect(client.register).toHaveBeenCalledOnce();
    expect(updates.updateReady).toBe(false);
    emit('waiting');
    expect(updates.updateReady).toBe(true);
    expect(client.messageSkipWaiting).not.toHaveBeenCalled();

    updates.reload();
    expect(client.messageSkipWaiting).toHaveBeenCalledOnce();
    expect(updates.reloading).toBe(true);
    expect(hooks.reload).not.toHaveBeenCalled(); // not before the new version controls the page
    emit('controlling', { isUpdate: true });
    expect(hooks.reload).toHaveBeenCalledOnce();
  });

  it('asks the waiting version again each second until it has taken over, then stops', () => {
    vi.useFakeTimers();
    try {
      const { client, emit, hooks, updates } = fake();
      updates.start(client);
      emit('waiting');
      updates.reload();
      expect(client.messageSkipWaiting).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(2000);
      expect(client.messageSkipWaiting).toHaveBeenCalledTimes(3); // a lost message is sent again
      emit('controlling', { isUpdate: true });
      expect(hooks.reload).toHaveBeenCalledOnce();
      vi.advanceTimersByTime(20_000);
      expect(client.messageSkipWaiting).toHaveBeenCalledTimes(3); // not after it took over
    } finally {
      vi.useRealTimers();
    }
  });

  it('the first install taking the page is no update: nothing is announced, nothing reloads', () => {
    const { client, emit, hooks, updates } = fake();
    updates.start(client);
    emit('controlling', { isUpdate: false });
    expect(updates.updateReady).toBe(false);
    expect(hooks.reload).not.toHaveBeenCalled();
  });

  it('when another tab let the new version in, this page announces it and its click reloads at once', () => {
    const { client, emit, hooks, updates } = fake();
    updates.start(client);
    emit('controlling', { isUpdate: true });
    expect(updates.updateReady).toBe(true);
    expect(hooks.reload).not.toHaveBeenCalled();
    updates.reload();
    expect(client.messageSkipWaiting).not.toHaveBeenCalled();
    expect(hooks.reload).toHaveBeenCalledOnce();
  });

  it('catches an update that was already installing when the page registered', async () => {
    const installing = new FakeWorker();
    const registration = { installing, waiting: null as WorkerLike | null, active: new FakeWorker() };
    const { client, updates } = fake(registration);
    updates.start(client);
    await settle();
    installing.become('installed');
    expect(updates.updateReady).toBe(false); // not yet waiting
    registration.waiting = installing;
    installing.become('installed');
    expect(updates.updateReady).toBe(true);
  });

  it('a first install (nothing active yet) is no update', async () => {
    const installing = new FakeWorker();
    const registration = { installing, waiting: null as WorkerLike | null, active: null };
    const { client, updates } = fake(registration);
    updates.start(client);
    await settle();
    registration.waiting = installing;
    installing.become('installed');
    expect(updates.updateReady).toBe(false);
  });

  it('a failed registration is reported and leaves the page as it is', async () => {
    const failure = new Error('SecurityError');
    const { client, hooks, updates } = fake(Promise.reject(failure));
    updates.start(client);
    await settle();
    expect(hooks.warn).toHaveBeenCalledWith(expect.stringContaining('could not be registered'), failure);
    expect(updates.updateReady).toBe(false);
  });

  it('registers once, and a page left open asks for a new version at most once an hour', () => {
    const { client, updates } = fake();
    updates.start(client, () => 1000);
    updates.start(client, () => 1000);
    expect(client.register).toHaveBeenCalledOnce();
    updates.check(1000 + UPDATE_CHECK_MS - 1);
    expect(client.update).not.toHaveBeenCalled();
    updates.check(1000 + UPDATE_CHECK_MS);
    expect(client.update).toHaveBeenCalledOnce();
    updates.check(1000 + UPDATE_CHECK_MS + 10);
    expect(client.update).toHaveBeenCalledOnce();
  });
});
