// The outlook's reference figures, from tables the catalog decodes anyway: the registry's counts
// (actuals.parquet), the plan's published results (published_results.parquet), and the plan's
// policies linked to each age group (policy_age_links and plan_policies), and the past outlooks' errors
// by horizon (past_outlook_errors.parquet, beside the bands' width). Each loads or fails alone;
// a chart without them still draws the projection. Nothing is asked for until start(): no chart on a
// phone's first screen shows them (OutlookView starts it when one that does is built).
import type { Catalog } from '../../data/catalog.svelte.ts';
import { errorsByHorizon, pastOutlookErrors, type HorizonSummary } from '../../data/past-outlook-errors.ts';
import { actualPoints, type ActualPoint } from './actuals.ts';
import { planLinks, type PlanLinks } from './plan-links.ts';
import { publishedRows, type Published } from './published.ts';

export type Loaded<T> =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'error'; readonly reason: string };

export function settle<T>(loading: Promise<T>, done: (l: Loaded<T>) => void): void {
  loading.then(
    (value) => done({ status: 'ready', value }),
    (error: unknown) => done({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
  );
}

export class Reference {
  actuals = $state.raw<Loaded<ActualPoint[]>>({ status: 'loading' });
  published = $state.raw<Loaded<Published[]>>({ status: 'loading' });
  planLinks = $state.raw<Loaded<PlanLinks>>({ status: 'loading' });
  pastErrors = $state.raw<Loaded<readonly HorizonSummary[]>>({ status: 'loading' });
  readonly #catalog: Catalog;
  #started = false;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  /** Asks the catalog for the tables (once; until then every figure is loading): when a panel that shows them is built. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    const catalog = this.#catalog;
    settle(catalog.table('actuals').then(actualPoints), (l) => (this.actuals = l));
    settle(catalog.table('published_results').then(publishedRows), (l) => (this.published = l));
    settle(
      catalog.table('past_outlook_errors').then((t) => errorsByHorizon(pastOutlookErrors(t))),
      (l) => (this.pastErrors = l),
    );
    settle(
      // The plan tables' reader comes with the plan view's code: fetched once the tables are here (the
      // catalog holds them back until the first chart is drawn), not during the outlook's first download.
      Promise.all([catalog.table('policy_age_links'), catalog.table('plan_policies')]).then(async ([links, policies]) => {
        const { readPlanTable } = await import('../plan/tables.ts');
        return planLinks(readPlanTable('policy_age_links', links), readPlanTable('plan_policies', policies));
      }),
      (l) => (this.planLinks = l),
    );
  }
}
