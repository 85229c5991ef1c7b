// What every view's panel is given (its own module, so the panels need not import views/index.ts,
// which imports them).
import type { Catalog } from '../data/catalog.svelte.ts';
import type { AppState } from '../state/app.svelte.ts';

export interface PanelProps {
  app: AppState;
  catalog: Catalog;
}
