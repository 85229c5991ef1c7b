// The plan tables for the plan view, each loaded on its own: decoded by hyparquet through the catalog
// (no DuckDB needed), then read into typed rows (tables.ts). A sub-view asks for the tables it draws
// (`need`) and gets them all, or the first reason it cannot have them — so a broken sdg_links file
// takes down the SDG matrix alone, and the sunburst still draws.
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

export class PlanData {
  results = $state.raw<{ readonly [T in PlanTableName]: TableResult<PlanRows[T]> }>(
    Object.fromEntries(PLAN_TABLE_NAMES.map((name) => [name, { status: 'loading' }])) as never,
  );

  constructor(catalog: Catalog) {
    for (const name of PLAN_TABLE_NAMES) {
      catalog.table(name).then(
        (table) => {
          let result: TableResult<PlanRows[typeof name]>;
          try {
            result = { status: 'ready', rows: readPlanTable(name, table) };
          } catch (error) {
            result = { status: 'error', reason: reasonOf(error) };
          }
          this.results = { ...this.results, [name]: result };
        },
        (error: unknown) => {
          this.results = { ...this.results, [name]: { status: 'error', reason: reasonOf(error) } };
        },
      );
    }
  }

  /** The tables a view draws: all ready, or still loading, or the first error (naming the file). */
  need<K extends PlanTableName>(...names: K[]): Needed<K> {
    const rows: Partial<Record<K, unknown>> = {};
    let loading = false;
    for (const name of names) {
      const r = this.results[name];
      if (r.status === 'error') return { status: 'error', reason: r.reason };
      if (r.status === 'loading') loading = true;
      else rows[name] = r.rows;
    }
    return loading ? { status: 'loading' } : { status: 'ready', rows: rows as Pick<PlanRows, K> };
  }

  /** One table's rows, or null while it is loading or if it failed (for optional parts of a view). */
  rows<K extends PlanTableName>(name: K): PlanRows[K] | null {
    const r = this.results[name];
    return r.status === 'ready' ? r.rows : null;
  }
}
