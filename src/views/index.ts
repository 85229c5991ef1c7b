// Which panel shows which view. A new view: add it to state/views.ts, here, and to the dictionaries.
import type { Component } from 'svelte';
import type { View } from '../state/views.ts';
import LazyPanel from './LazyPanel.svelte';
import OutlookView from './OutlookView.svelte';
import type { PanelProps } from './panel.ts';

export type { PanelProps };

/** The outlook is in the first bundle; the plan, data and town views load when first shown (LazyPanel.svelte). */
export const VIEW_PANELS: Record<View, Component<PanelProps>> = {
  outlook: OutlookView,
  plan: LazyPanel,
  data: LazyPanel,
  town: LazyPanel,
};
