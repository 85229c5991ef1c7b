// Saved scenarios in the browser's localStorage, in a versioned format:
//
//   key "suginami-outlook:scenarios"
//   { "format": "suginami-outlook/scenarios", "version": 2,
//     "scenarios": [ { "id": "s1k2…", "name": "出生率1.5", "savedAt": "2026-12-03T08:00:00.000Z",
//                      "scenario": { "tfr": 1.5, "srb": 105.1, "mortalityDecline": 0, "inMigration": 1, "outMigration": 1, "horizon": 2065 } } ] }
//
// Version 1 (the first shape) had only names and scenarios: { "version": 1, "scenarios": [ { "name", "scenario" } ] };
// it is read and migrated (each gets an id and the migration's time as savedAt), then written as version 2.
// The same document is the export file, so a colleague imports exactly what was exported.
//
// Nothing is ever lost silently. A store that cannot be read (not JSON, wrong shape, a value out of range)
// or that comes from a newer version is copied, as it was, to "suginami-outlook:scenarios:set-aside:<time>"
// and the list starts empty, with a notice naming both keys; if even that copy fails, the store stays
// where it is and nothing is written over it (the list then lives in the page only). A write the browser
// refuses (quota, storage switched off) keeps the list in the page and says so.
import { resolveScenario, SCENARIO_KEYS } from '../../../../worker/engine/scenario.ts';
import type { Scenario } from '../../../../worker/engine/types.ts';

export const STORE_KEY = 'suginami-outlook:scenarios';
export const SET_ASIDE_PREFIX = `${STORE_KEY}:set-aside:`;
export const STORE_FORMAT = 'suginami-outlook/scenarios';
export const STORE_VERSION = 2;
export const MAX_NAME = 60;
/** Most scenarios a store or an import may hold. */
export const MAX_SCENARIOS = 200;

export interface SavedScenario {
  readonly id: string;
  readonly name: string;
  /** ISO 8601 time of the save (or of the migration that gave it one). */
  readonly savedAt: string;
  readonly scenario: Scenario;
}

/** What went wrong with the store, or what was done to it; the UI words it (i18n `saved.problems`). */
export type StoreProblem =
  | { readonly kind: 'corrupt'; readonly detail: string; readonly aside: string | null }
  | { readonly kind: 'newer'; readonly version: number; readonly aside: string | null }
  | { readonly kind: 'migrated'; readonly from: number }
  | { readonly kind: 'quota' }
  | { readonly kind: 'unavailable' };

/** The parts of Storage used here (localStorage, or a Map-backed fake in tests). */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class StoreFormatError extends Error {
  constructor(
    message: string,
    readonly newer: number | null = null,
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A name as kept: trimmed, 1–MAX_NAME characters; throws naming the problem. */
export function checkName(name: unknown, where = 'name'): string {
  if (typeof name !== 'string') throw new StoreFormatError(`${where} must be a text`);
  const trimmed = name.trim();
  if (!trimmed) throw new StoreFormatError(`${where} is empty`);
  if ([...trimmed].length > MAX_NAME) throw new StoreFormatError(`${where} is longer than ${MAX_NAME} characters`);
  return trimmed;
}

function checkScenario(raw: unknown, where: string): Scenario {
  if (!isObject(raw)) throw new StoreFormatError(`${where} must be an object`);
  const unknown = Object.keys(raw).find((k) => !(SCENARIO_KEYS as readonly string[]).includes(k));
  if (unknown) throw new StoreFormatError(`${where}: unknown parameter "${unknown}"`);
  try {
    return resolveScenario(raw);
  } catch (error) {
    throw new StoreFormatError(`${where}: ${(error as Error).message}`);
  }
}

let counter = 0;
/** A short id, unique within a store. */
export function newId(taken: ReadonlySet<string>, now = Date.now()): string {
  let id: string;
  do id = `s${now.toString(36)}${(counter++).toString(36)}`;
  while (taken.has(id));
  return id;
}

/**
 * Reads a store or export document (any version up to ours). Returns its scenarios and the version it was
 * in; throws StoreFormatError naming what is wrong (with `newer` set for a version after ours).
 */
export function parseDocument(text: string, now = new Date()): { scenarios: SavedScenario[]; version: number } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new StoreFormatError(`not JSON (${(error as Error).message})`);
  }
  if (!isObject(doc)) throw new StoreFormatError('not an object with "version" and "scenarios"');
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new StoreFormatError(`"version" must be a whole number from 1, got ${JSON.stringify(version)}`);
  if (version > STORE_VERSION)
    throw new StoreFormatError(`version ${version} is newer than this dashboard reads (${STORE_VERSION})`, version);
  if (version >= 2 && doc.format !== STORE_FORMAT) throw new StoreFormatError(`"format" must be "${STORE_FORMAT}"`);
  if (!Array.isArray(doc.scenarios)) throw new StoreFormatError('"scenarios" must be a list');
  if (doc.scenarios.length > MAX_SCENARIOS) throw new StoreFormatError(`more than ${MAX_SCENARIOS} scenarios`);
  const ids = new Set<string>();
  const scenarios = doc.scenarios.map((raw: unknown, i: number): SavedScenario => {
    const where = `scenarios[${i}]`;
    if (!isObject(raw)) throw new StoreFormatError(`${where} must be an object`);
    const name = checkName(raw.name, `${where}.name`);
    const scenario = checkScenario(raw.scenario, `${where}.scenario`);
    if (version === 1) {
      // Migration 1 → 2: ids and times did not exist yet.
      const id = newId(ids, now.getTime());
      ids.add(id);
      return { id, name, savedAt: now.toISOString(), scenario };
    }
    const id = raw.id;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(id))
      throw new StoreFormatError(`${where}.id must be a short text of letters and digits`);
    if (ids.has(id)) throw new StoreFormatError(`${where}.id "${id}" is used twice`);
    ids.add(id);
    const savedAt = raw.savedAt;
    if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)))
      throw new StoreFormatError(`${where}.savedAt must be a date and time`);
    return { id, name, savedAt, scenario };
  });
  return { scenarios, version };
}

/** The document for a list (the store's content and the export file). */
export function toDocument(scenarios: readonly SavedScenario[]): string {
  return JSON.stringify({ format: STORE_FORMAT, version: STORE_VERSION, scenarios }, null, 1);
}

export interface Opened {
  readonly scenarios: SavedScenario[];
  readonly problems: StoreProblem[];
  /** False when the store must not be written over (it could not be set aside) or cannot be used at all. */
  readonly writable: boolean;
}

/** Opens the store: reads, migrates, or sets aside what it cannot read. Never throws. */
export function openStore(store: Store | null, now = new Date()): Opened {
  if (!store) return { scenarios: [], problems: [{ kind: 'unavailable' }], writable: false };
  let text: string | null;
  try {
    text = store.getItem(STORE_KEY);
  } catch {
    return { scenarios: [], problems: [{ kind: 'unavailable' }], writable: false };
  }
  if (text === null) return { scenarios: [], problems: [], writable: true };
  try {
    const { scenarios, version } = parseDocument(text, now);
    if (version === STORE_VERSION) return { scenarios, problems: [], writable: true };
    const problems: StoreProblem[] = [{ kind: 'migrated', from: version }];
    const failed = writeStore(store, scenarios);
    if (failed) problems.push(failed); // the old text stays; the list is in the page
    return { scenarios, problems, writable: !failed };
  } catch (error) {
    const aside = setAside(store, text, now);
    const problem: StoreProblem =
      error instanceof StoreFormatError && error.newer !== null
        ? { kind: 'newer', version: error.newer, aside }
        : { kind: 'corrupt', detail: (error as Error).message, aside };
    return { scenarios: [], problems: [problem], writable: aside !== null };
  }
}

/** Copies unreadable text to a key of its own, then clears the store's key; null if the copy failed. */
function setAside(store: Store, text: string, now: Date): string | null {
  const key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  try {
    store.setItem(key, text);
  } catch {
    return null;
  }
  try {
    store.removeItem(STORE_KEY);
  } catch {
    // the copy exists; the next write replaces the key
  }
  return key;
}

/** Writes the list; returns the problem if the browser refused (quota, storage off), else null. */
export function writeStore(store: Store | null, scenarios: readonly SavedScenario[]): StoreProblem | null {
  if (!store) return { kind: 'unavailable' };
  try {
    store.setItem(STORE_KEY, toDocument(scenarios));
    return null;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? { kind: 'quota' } : { kind: 'unavailable' };
  }
}

/**
 * Scenarios from an import file, added to `existing`: new ids where they clash, names kept as written.
 * Throws StoreFormatError naming the problem (the list is then unchanged).
 */
export function mergeImport(
  existing: readonly SavedScenario[],
  text: string,
  now = new Date(),
): { scenarios: SavedScenario[]; added: number } {
  const { scenarios } = parseDocument(text, now);
  if (existing.length + scenarios.length > MAX_SCENARIOS)
    throw new StoreFormatError(`the list would hold more than ${MAX_SCENARIOS} scenarios`);
  const ids = new Set(existing.map((s) => s.id));
  const added = scenarios.map((s) => {
    const id = ids.has(s.id) ? newId(ids, now.getTime()) : s.id;
    ids.add(id);
    return { ...s, id };
  });
  return { scenarios: [...existing, ...added], added: added.length };
}
