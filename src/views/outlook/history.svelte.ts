// The outlook's history tables, loaded with the other tables after the first chart (the catalog holds
// them back until then; the projection worker never reads them). Each loads or fails alone: the trend
// charts draw the projection without them, the past-outlooks panel says what failed.
import type { Catalog } from '../../data/catalog.svelte.ts';
import { pastOutlookErrors, type PastOutlookError } from '../../data/past-outlook-errors.ts';
import { censusHistory, pastOutlooks, registryHistory, type CensusPoint, type PastOutlook, type RegistryYear } from './history.ts';
import { settle, type Loaded } from './reference.svelte.ts';

export class OutlookHistory {
  registry = $state.raw<Loaded<RegistryYear[]>>({ status: 'loading' });
  census = $state.raw<Loaded<CensusPoint[]>>({ status: 'loading' });
  outlooks = $state.raw<Loaded<PastOutlook[]>>({ status: 'loading' });
  errors = $state.raw<Loaded<PastOutlookError[]>>({ status: 'loading' });

  constructor(catalog: Catalog) {
    settle(catalog.table('registry_history').then(registryHistory), (l) => (this.registry = l));
    settle(catalog.table('census_history').then(censusHistory), (l) => (this.census = l));
    settle(catalog.table('past_outlooks').then(pastOutlooks), (l) => (this.outlooks = l));
    settle(catalog.table('past_outlook_errors').then(pastOutlookErrors), (l) => (this.errors = l));
  }
}
