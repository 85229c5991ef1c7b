import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, SCENARIO_RANGES } from '../../../../worker/engine/scenario.ts';
import {
  mergeImport,
  openStore,
  parseDocument,
  SET_ASIDE_PREFIX,
  STORE_FORMAT,
  STORE_KEY,
  STORE_VERSION,
  toDocument,
  writeStore,
  type SavedScenario,
  type Store,
} from './saved-store.ts';

/** localStorage's behaviour on a Map; `quota` bytes of text at most (then QuotaExceededError, as browsers throw it). */
function fakeStore(initial: Record<string, string> = {}, quota = Infinity): Store & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  const size = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const before = map.get(k);
      map.set(k, v);
      if (size() > quota) {
        if (before === undefined) map.delete(k);
        else map.set(k, before);
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      }
    },
    removeItem: (k) => void map.delete(k),
  };
}

const now = new Date('2026-12-03T08:00:00.000Z');
const one: SavedScenario = {
  id: 'a1',
  name: '出生率1.5',
  savedAt: '2026-12-01T10:00:00.000Z',
  scenario: { ...DEFAULT_SCENARIO, tfr: 1.5 },
};

describe('saved scenarios: format', () => {
  it('round-trips any list through the document (what is stored and exported)', () => {
    const within = (r: { min: number; max: number }) => fc.double({ min: r.min, max: r.max, noNaN: true }).map((x) => x + 0);
    const saved = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
        name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
        savedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
        scenario: fc.record({
          tfr: within(SCENARIO_RANGES.tfr),
          srb: within(SCENARIO_RANGES.srb),
          mortalityDecline: within(SCENARIO_RANGES.mortalityDecline),
          inMigration: within(SCENARIO_RANGES.inMigration),
          outMigration: within(SCENARIO_RANGES.outMigration),
          horizon: fc.integer(SCENARIO_RANGES.horizon),
        }),
      }),
      { selector: (s) => s.id, maxLength: 8 },
    );
    fc.assert(
      fc.property(saved, (list) => {
        expect(parseDocument(toDocument(list))).toEqual({ scenarios: list, version: STORE_VERSION });
      }),
    );
  });

  it('writes version 2 with its format name; names user text as data, never markup', () => {
    const doc = JSON.parse(toDocument([{ ...one, name: '<img src=x onerror=alert(1)>' }]));
    expect(doc).toMatchObject({ format: STORE_FORMAT, version: 2 });
    expect(parseDocument(JSON.stringify(doc)).scenarios[0].name).toBe('<img src=x onerror=alert(1)>');
  });

  it('migrates version 1 (names and scenarios only): ids and the migration time are added, the store is rewritten', () => {
    const v1 = JSON.stringify({
      version: 1,
      scenarios: [
        { name: ' A ', scenario: { tfr: 1.2 } },
        { name: 'B', scenario: { inMigration: 0, outMigration: 0 } },
      ],
    });
    const store = fakeStore({ [STORE_KEY]: v1 });
    const opened = openStore(store, now);
    expect(opened.problems).toEqual([{ kind: 'migrated', from: 1 }]);
    expect(opened.writable).toBe(true);
    expect(opened.scenarios.map((s) => [s.name, s.savedAt, s.scenario.tfr, s.scenario.horizon])).toEqual([
      ['A', now.toISOString(), 1.2, 2065],
      ['B', now.toISOString(), 0.99, 2065],
    ]);
    expect(new Set(opened.scenarios.map((s) => s.id)).size).toBe(2);
    expect(JSON.parse(store.map.get(STORE_KEY)!).version).toBe(2);
    expect(openStore(store, now)).toEqual({ scenarios: opened.scenarios, problems: [], writable: true });
  });

  it.each([
    ['not JSON', '{"version": 2,', /^not JSON/],
    ['no version', '{"scenarios": []}', /"version" must be a whole number/],
    [
      'a value out of range',
      JSON.stringify({ format: STORE_FORMAT, version: 2, scenarios: [{ ...one, scenario: { tfr: 9 } }] }),
      /scenarios\[0\]\.scenario: tfr 9 is out of range/,
    ],
    [
      'an empty name',
      JSON.stringify({ format: STORE_FORMAT, version: 2, scenarios: [{ ...one, name: '  ' }] }),
      /scenarios\[0\]\.name is empty/,
    ],
    ['an id twice', JSON.stringify({ format: STORE_FORMAT, version: 2, scenarios: [one, one] }), /scenarios\[1\]\.id "a1" is used twice/],
  ])('a corrupt store (%s) is set aside, as it was, with a notice naming the problem; the list starts empty', (_, text, detail) => {
    const store = fakeStore({ [STORE_KEY]: text });
    const opened = openStore(store, now);
    const aside = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
    expect(opened).toMatchObject({ scenarios: [], writable: true, problems: [{ kind: 'corrupt', aside }] });
    expect((opened.problems[0] as { detail: string }).detail).toMatch(detail);
    expect(store.map.get(aside)).toBe(text); // nothing lost
    expect(store.map.has(STORE_KEY)).toBe(false);
  });

  it('a store from a newer version is set aside too, never overwritten', () => {
    const text = JSON.stringify({ format: STORE_FORMAT, version: 3, scenarios: [], more: 'x' });
    const store = fakeStore({ [STORE_KEY]: text });
    expect(openStore(store, now).problems).toEqual([{ kind: 'newer', version: 3, aside: `${SET_ASIDE_PREFIX}${now.toISOString()}` }]);
    expect([...store.map.values()]).toEqual([text]);
  });

  it('when even the copy does not fit, the unreadable store stays where it is and is not written over', () => {
    const text = 'garbage'.repeat(10);
    const store = fakeStore({ [STORE_KEY]: text }, STORE_KEY.length + text.length + 10);
    const opened = openStore(store, now);
    expect(opened).toMatchObject({ writable: false, problems: [{ kind: 'corrupt', aside: null }] });
    expect(store.map.get(STORE_KEY)).toBe(text);
  });

  it('a write over quota is reported, and what was stored before stays', () => {
    const store = fakeStore({}, 400);
    expect(writeStore(store, [one])).toBeNull();
    const before = store.map.get(STORE_KEY);
    const many = Array.from({ length: 10 }, (_, i) => ({ ...one, id: `x${i}` }));
    expect(writeStore(store, many)).toEqual({ kind: 'quota' });
    expect(store.map.get(STORE_KEY)).toBe(before);
    expect(openStore(null)).toEqual({ scenarios: [], problems: [{ kind: 'unavailable' }], writable: false });
    const broken: Store = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(openStore(broken).problems).toEqual([{ kind: 'unavailable' }]);
  });

  it("import adds the file's scenarios (new ids where they clash); a bad file changes nothing", () => {
    const { scenarios, added } = mergeImport([one], toDocument([one, { ...one, id: 'b2', name: 'other' }]), now);
    expect(added).toBe(2);
    expect(scenarios.map((s) => s.name)).toEqual(['出生率1.5', '出生率1.5', 'other']);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(3);
    expect(() => mergeImport([one], '[1, 2]')).toThrow(/not an object/);
    expect(mergeImport([], JSON.stringify({ version: 1, scenarios: [{ name: 'old', scenario: {} }] }), now).scenarios[0].name).toBe('old');
  });
});
