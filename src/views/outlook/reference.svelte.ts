// The outlook's reference figures, from tables the catalog decodes anyway: the registry's counts
// (actuals.parquet) and the plan's published results (published_results.parquet). Each loads or
// fails alone; a chart without them still draws the projection.
import type { Catalog } from '../../data/catalog.svelte.ts';
import type { DecodedTable } from '../../data/parquet.ts';
import type { TableName } from '../../data/tables.ts';
import { actualPoints, type ActualPoint } from './actuals.ts';
import { publishedRows, type Published } from './published.ts';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'error'; readonly reason: string };

function load<T>(catalog: Catalog, name: TableName, shape: (table: DecodedTable) => T, done: (l: Loaded<T>) => void): void {
  catalog.table(name).then(
    (table) => {
      try {
        done({ status: 'ready', value: shape(table) });
      } catch (error) {
        done({ status: 'error', reason: (error as Error).message });
      }
    },
    (error: unknown) => done({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
  );
}

export class Reference {
  actuals = $state.raw<Loaded<ActualPoint[]>>({ status: 'loading' });
  published = $state.raw<Loaded<Published[]>>({ status: 'loading' });

  constructor(catalog: Catalog) {
    load(catalog, 'actuals', actualPoints, (l) => (this.actuals = l));
    load(catalog, 'published_results', publishedRows, (l) => (this.published = l));
  }
}
