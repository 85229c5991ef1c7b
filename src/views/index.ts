// Which panel shows which view. A new view: add it to state/views.ts, here, and to the dictionaries.
import type { Component } from 'svelte';
import type { Catalog } from '../data/catalog.svelte.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { View } from '../state/views.ts';
import DataView from './DataView.svelte';
import OutlookView from './OutlookView.svelte';
import PlanView from './PlanView.svelte';

export interface PanelProps {
  app: AppState;
  catalog: Catalog;
}

export const VIEW_PANELS: Record<View, Component<PanelProps>> = {
  outlook: OutlookView,
  plan: PlanView,
  data: DataView,
};
