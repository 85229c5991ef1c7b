import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../../worker/engine/scenario.ts';
import { SavedScenarios } from './saved.svelte.ts';
import { STORE_KEY, type Store } from './saved-store.ts';

function memory(): Store & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('saved scenarios: save, rename, delete, undo', () => {
  it('keeps every change in the store; undo puts a deleted scenario back in its place', () => {
    const store = memory();
    const saved = new SavedScenarios(store);
    const a = saved.save('  A  ', { ...DEFAULT_SCENARIO, tfr: 1.2 });
    const b = saved.save('B', { ...DEFAULT_SCENARIO, inMigration: 0 });
    saved.save('C', DEFAULT_SCENARIO);
    expect(a.name).toBe('A');
    saved.rename(b.id, 'B2');
    saved.remove(b.id);
    expect(saved.list.map((s) => s.name)).toEqual(['A', 'C']);
    expect(saved.removed?.scenario.name).toBe('B2');
    saved.undo();
    expect(saved.list.map((s) => s.name)).toEqual(['A', 'B2', 'C']);
    expect(saved.removed).toBeNull();
    // A new page reads what this one wrote.
    expect(new SavedScenarios(store).list).toEqual(saved.list);
    expect(JSON.parse(store.map.get(STORE_KEY)!).scenarios).toHaveLength(3);
  });

  it('refuses an empty or too long name, and a bad import, changing nothing', () => {
    const saved = new SavedScenarios(memory());
    expect(() => saved.save('   ', DEFAULT_SCENARIO)).toThrow(/empty/);
    expect(() => saved.save('x'.repeat(61), DEFAULT_SCENARIO)).toThrow(/longer than 60/);
    expect(() => saved.importText('{')).toThrow(/not JSON/);
    expect(saved.list).toEqual([]);
  });

  it('export → import in another browser gives the same scenarios', () => {
    const here = new SavedScenarios(memory());
    here.save('A', {
      ...DEFAULT_SCENARIO,
      tfr: [
        [2030, 1.8],
        [2040, 2.07],
      ],
    });
    const there = new SavedScenarios(memory());
    expect(there.importText(here.exportText())).toBe(1);
    expect(there.list).toEqual(here.list);
  });

  it('an unreadable store that could not be set aside is never written over', () => {
    const store: Store & { map: Map<string, string> } = memory();
    store.map.set(STORE_KEY, 'garbage');
    store.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    const saved = new SavedScenarios(store);
    expect(saved.problems).toMatchObject([{ kind: 'corrupt', aside: null }]);
    saved.save('A', DEFAULT_SCENARIO);
    expect(saved.list).toHaveLength(1); // in the page
    expect(store.map.get(STORE_KEY)).toBe('garbage');
  });

  it('a full store: the list stays in the page, with the quota notice once', () => {
    const store = memory();
    const saved = new SavedScenarios(store);
    store.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    saved.save('A', DEFAULT_SCENARIO);
    saved.save('B', DEFAULT_SCENARIO);
    expect(saved.list).toHaveLength(2);
    expect(saved.problems).toEqual([{ kind: 'quota' }]);
  });
});

describe('saved scenarios: storage switched off (issue 12)', () => {
  it('localStorage itself refused (SecurityError on access): the list works in the page, with the notice', () => {
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const saved = new SavedScenarios();
      expect(saved.problems).toEqual([{ kind: 'unavailable' }]);
      saved.save('in the page', DEFAULT_SCENARIO);
      expect(saved.list.map((s) => s.name)).toEqual(['in the page']);
      expect(saved.problems).toEqual([{ kind: 'unavailable' }]);
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  it('writes refused with a SecurityError after opening: said once, the list kept, what was stored unchanged', () => {
    const store = memory();
    const saved = new SavedScenarios(store);
    saved.save('A', DEFAULT_SCENARIO);
    const before = store.map.get(STORE_KEY);
    store.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    saved.save('B', DEFAULT_SCENARIO);
    saved.save('C', DEFAULT_SCENARIO);
    expect(saved.list.map((s) => s.name)).toEqual(['A', 'B', 'C']);
    expect(saved.problems).toEqual([{ kind: 'unavailable' }]);
    expect(store.map.get(STORE_KEY)).toBe(before);
  });
});
