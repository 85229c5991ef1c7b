// Which panel shows which view. A new view: add it to state/views.ts, here, and to the dictionaries.
import type { Component } from 'svelte';
import type { Catalog } from '../data/catalog.svelte.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { View } from '../state/views.ts';
import LazyPanel from './LazyPanel.svelte';
import OutlookView from './OutlookView.svelte';

export interface PanelProps {
  app: AppState;
  catalog: Catalog;
}

/** The outlook is in the first bundle; the plan and data views load when first shown (LazyPanel.svelte). */
export const VIEW_PANELS: Record<View, Component<PanelProps>> = {
  outlook: OutlookView,
  plan: LazyPanel,
  data: LazyPanel,
};
