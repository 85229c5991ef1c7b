// The plan tables for the plan view, each loaded on its own the first time a view reads it: decoded by
// hyparquet through the catalog (no DuckDB needed), then read into typed rows (tables.ts). A sub-view
// asks for the tables it draws (`need`) and gets them all, or the first reason it cannot have them — so a
// broken sdg_links file takes down the SDG matrix alone, and the sunburst still draws.
import type { ChartStatus } from '../../charts/ChartFrame.svelte';
import type { Catalog } from '../../data/catalog.svelte.ts';
import { DataFileError } from '../../data/parquet.ts';
import { PLAN_TABLE_NAMES, readPlanTable, type PlanRows, type PlanTableName } from './tables.ts';

export type TableResult<T> =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly rows: T } | { readonly status: 'error'; readonly reason: string };

export type Needed<K extends PlanTableName> =
  { readonly status: 'ready'; readonly rows: Pick<PlanRows, K> } | Exclude<ChartStatus, { status: 'ready' }>;

const reasonOf = (error: unknown) =>
  error instanceof DataFileError ? `${error.file}: ${error.reason}` : error instanceof Error ? error.message : String(error);

/** One table's result in its own signal: what reads it re-runs when this table arrives, not when another does. */
class Slot<T> {
  current = $state.raw<TableResult<T>>({ status: 'loading' });
}

export class PlanData {
  // The tables arrive one at a time (each decoded when it comes). With one object for all, every arrival
  // made each view's `need` a new answer, so the sunburst built and laid out its tree again for each of the
  // plan's fourteen tables (six layouts of 30–150 ms at 4× CPU in a phone's profile). Now each table has
  // its own signal (a view's `need` re-runs only when one of its tables arrives) and `need` answers with
  // the same object while its tables are unchanged (what is derived from it stops there).
  readonly #slots = Object.fromEntries(PLAN_TABLE_NAMES.map((name) => [name, new Slot()])) as {
    readonly [T in PlanTableName]: Slot<PlanRows[T]>;
  };
  readonly #needs = new Map<string, { readonly inputs: readonly TableResult<unknown>[]; readonly answer: unknown }>();
  readonly #catalog: Catalog;
  /** Tables asked of the catalog: each the first time something reads it, so the structure view never
   * downloads or decodes the periods' or the governance branches' tables until they are shown. */
  readonly #asked = new Set<PlanTableName>();

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  /** One table's state: loading, ready with its rows, or the reason it failed (asked for on first read). */
  result<K extends PlanTableName>(name: K): TableResult<PlanRows[K]> {
    this.#ask(name);
    return this.#slots[name].current;
  }

  #ask<K extends PlanTableName>(name: K): void {
    if (this.#asked.has(name)) return;
    this.#asked.add(name);
    const slot: Slot<PlanRows[K]> = this.#slots[name];
    this.#catalog.table(name).then(
      (table) => {
        try {
          slot.current = { status: 'ready', rows: readPlanTable(name, table) };
        } catch (error) {
          slot.current = { status: 'error', reason: reasonOf(error) };
        }
      },
      (error: unknown) => {
        slot.current = { status: 'error', reason: reasonOf(error) };
      },
    );
  }

  /**
   * The tables a view draws: all ready, or still loading, or the first error (naming the file). The same
   * object while those tables stay as they were, so what a view derives from it is not worked out again.
   */
  need<K extends PlanTableName>(...names: K[]): Needed<K> {
    const inputs = names.map((name) => this.result(name));
    const key = names.join(' ');
    const last = this.#needs.get(key);
    if (last && last.inputs.every((r, i) => r === inputs[i])) return last.answer as Needed<K>;
    const answer = combine(names, inputs);
    this.#needs.set(key, { inputs, answer });
    return answer;
  }
  /** One table's rows, or null while it is loading or if it failed (for optional parts of a view). */
  rows<K extends PlanTableName>(name: K): PlanRows[K] | null {
    const r = this.result(name);
    return r.status === 'ready' ? r.rows : null;
  }
}

function combine<K extends PlanTableName>(names: readonly K[], results: readonly TableResult<PlanRows[K]>[]): Needed<K> {
  const rows: Partial<Record<K, unknown>> = {};
  let loading = false;
  for (const [i, r] of results.entries()) {
    if (r.status === 'error') return { status: 'error', reason: r.reason };
    if (r.status === 'loading') loading = true;
    else rows[names[i]] = r.rows;
  }
  return loading ? { status: 'loading' } : { status: 'ready', rows: rows as Pick<PlanRows, K> };
}
