// The saved scenarios as reactive state over saved-store.ts: the list, the store's problems (shown as
// notices until dismissed), and the last deletion, which can be undone until the next change.
import type { Scenario } from '../../../../worker/engine/types.ts';
import {
  checkName,
  mergeImport,
  newId,
  openStore,
  toDocument,
  writeStore,
  StoreFormatError,
  type SavedScenario,
  type Store,
  type StoreProblem,
} from './saved-store.ts';

export class SavedScenarios {
  list = $state.raw<readonly SavedScenario[]>([]);
  problems = $state.raw<readonly StoreProblem[]>([]);
  /** The last deleted scenario and where it was (null: nothing to undo). */
  removed = $state.raw<{ readonly scenario: SavedScenario; readonly index: number } | null>(null);

  readonly #store: Store | null;
  #writable: boolean;

  constructor(store: Store | null = defaultStore()) {
    this.#store = store;
    const opened = openStore(store);
    this.list = opened.scenarios;
    this.problems = opened.problems;
    this.#writable = opened.writable;
  }

  /** Saves a scenario under a name (trimmed; throws StoreFormatError for an empty or too long name). */
  save(name: string, scenario: Scenario): SavedScenario {
    const saved: SavedScenario = {
      id: newId(new Set(this.list.map((s) => s.id))),
      name: checkName(name),
      savedAt: new Date().toISOString(),
      scenario,
    };
    this.#commit([...this.list, saved]);
    return saved;
  }

  rename(id: string, name: string): void {
    const checked = checkName(name);
    this.#commit(this.list.map((s) => (s.id === id ? { ...s, name: checked } : s)));
  }

  remove(id: string): void {
    const index = this.list.findIndex((s) => s.id === id);
    if (index < 0) return;
    const scenario = this.list[index];
    this.#commit(this.list.filter((s) => s.id !== id));
    this.removed = { scenario, index };
  }

  /** Puts the last deleted scenario back where it was. */
  undo(): void {
    const removed = this.removed;
    if (!removed) return;
    const list = [...this.list];
    list.splice(Math.min(removed.index, list.length), 0, removed.scenario);
    this.#commit(list);
  }

  /** Adds an import file's scenarios; returns how many, or throws StoreFormatError (nothing changes). */
  importText(text: string): number {
    const { scenarios, added } = mergeImport(this.list, text);
    this.#commit(scenarios);
    return added;
  }

  exportText(): string {
    return toDocument(this.list);
  }

  dismiss(problem: StoreProblem): void {
    this.problems = this.problems.filter((p) => p !== problem);
  }

  #commit(list: readonly SavedScenario[]): void {
    this.list = list;
    this.removed = null;
    if (!this.#writable) return; // an unreadable store we could not set aside is never written over
    const failed = writeStore(this.#store, list);
    if (failed && !this.problems.some((p) => p.kind === failed.kind)) this.problems = [...this.problems, failed];
    if (!failed) this.problems = this.problems.filter((p) => p.kind !== 'quota');
  }
}

function defaultStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (e.g. by the browser's settings)
  }
}

export { StoreFormatError };
