// Keeps the projection tables in DuckDB in step with the session: the latest results given replace
// the tables (one replacement at a time; results that arrive meanwhile are coalesced, the latest
// wins). Queries await `settled()` so none runs while a table is between DROP and CREATE.
import type { Scenario } from '../../../worker/engine/types.ts';
import type { DecodedTable } from '../../data/parquet.ts';
import { projectionTables, type ProjectionLike, type ProjectionTableName } from './projection-tables.ts';

export type SyncState =
  | { readonly status: 'waiting' }
  | {
      readonly status: 'ready';
      readonly scenario: Scenario;
      readonly baseline: Scenario | null;
      readonly tables: readonly ProjectionTableName[];
    }
  | { readonly status: 'error'; readonly reason: string };

export interface Inserter {
  insert(name: string, table: DecodedTable): Promise<void>;
}

interface Pair {
  readonly scenario: ProjectionLike;
  readonly baseline: ProjectionLike | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class ProjectionSync {
  state = $state.raw<SyncState>({ status: 'waiting' });
  /** True while tables are being replaced. */
  busy = $state(false);

  readonly #database: () => Promise<Inserter>;
  #wanted: Pair | null = null;
  #shown: Pair | null = null;
  #running: Promise<void> | null = null;
  #firstSettled: Promise<void>;
  #resolveFirst!: () => void;

  constructor(database: () => Promise<Inserter>) {
    this.#database = database;
    this.#firstSettled = new Promise((resolve) => (this.#resolveFirst = resolve));
  }

  /** Registers these results (the same pair twice is registered once). */
  update(scenario: ProjectionLike, baseline: ProjectionLike | null): Promise<void> {
    const shownOrWanted = this.#wanted ?? this.#shown;
    if (shownOrWanted?.scenario === scenario && shownOrWanted.baseline === baseline) return this.settled();
    this.#wanted = { scenario, baseline };
    this.#running ??= this.#drain();
    return this.#running;
  }

  /** The projection could not be made: queries of its tables should not wait for it. */
  fail(reason: string): void {
    if (this.state.status === 'waiting') this.state = { status: 'error', reason };
    this.#resolveFirst();
  }

  async #drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.#wanted) {
        const pair = this.#wanted;
        this.#wanted = null;
        try {
          const tables = projectionTables(pair.scenario, pair.baseline);
          const db = await this.#database();
          for (const [name, table] of tables) await db.insert(name, table);
          this.#shown = pair;
          this.state = {
            status: 'ready',
            scenario: pair.scenario.scenario,
            baseline: pair.baseline?.scenario ?? null,
            tables: [...tables.keys()],
          };
        } catch (error) {
          this.state = { status: 'error', reason: messageOf(error) };
        }
      }
    } finally {
      this.busy = false;
      this.#running = null;
      this.#resolveFirst();
    }
  }

  /** Resolves when no replacement is under way. */
  settled(): Promise<void> {
    return this.#running ?? Promise.resolve();
  }

  /** Resolves once the first registration has ended (or the projection failed), then whenever settled. */
  async ready(): Promise<void> {
    await this.#firstSettled;
    await this.settled();
  }
}
