// The outlook's history tables, asked for by start() (OutlookView: when a panel that shows them is built;
// the catalog holds them back until the first chart is painted; the projection worker never reads them).
// Each loads or fails alone: the trend charts draw the projection without them, the past-outlooks panel
// says what failed.
import type { Catalog } from '../../data/catalog.svelte.ts';
import { pastOutlookErrors, type PastOutlookError } from '../../data/past-outlook-errors.ts';
import { censusHistory, pastOutlooks, registryHistory, type CensusPoint, type PastOutlook, type RegistryYear } from './history.ts';
import { settle, type Loaded } from './reference.svelte.ts';

export class OutlookHistory {
  registry = $state.raw<Loaded<RegistryYear[]>>({ status: 'loading' });
  census = $state.raw<Loaded<CensusPoint[]>>({ status: 'loading' });
  outlooks = $state.raw<Loaded<PastOutlook[]>>({ status: 'loading' });
  errors = $state.raw<Loaded<PastOutlookError[]>>({ status: 'loading' });

  readonly #catalog: Catalog;
  #started = false;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  /** Asks the catalog for the tables (once; until then each is loading). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    const catalog = this.#catalog;
    settle(catalog.table('registry_history').then(registryHistory), (l) => (this.registry = l));
    settle(catalog.table('census_history').then(censusHistory), (l) => (this.census = l));
    settle(catalog.table('past_outlooks').then(pastOutlooks), (l) => (this.outlooks = l));
    settle(catalog.table('past_outlook_errors').then(pastOutlookErrors), (l) => (this.errors = l));
  }
}
