// What every chart frame needs to know about the page to export, embed and label itself: set once by
// the shell (App.svelte), read by ChartFrame. Getters, so that the frame follows the state.
import { getContext, setContext } from 'svelte';

export interface ChartContext {
  /** Own data shown (the outlook only): its file name, put on every chart and in every export. */
  readonly dataName: string | null;
  /** The scenario in one line and as a file-name word; null where charts do not depend on it. */
  readonly scenarioLine: string | null;
  readonly scenarioWord: string | null;
  /** The link that reproduces the page. */
  readonly link: string;
  /** Embed mode: the one chart shown (others render nothing); null when not embedding. */
  readonly embedChart: string | null;
  /** The link of a chart alone (for the iframe code), or null when the chart cannot be embedded. */
  embedLink(chartId: string): string | null;
}

const KEY = Symbol('chart-context');

export const setChartContext = (context: ChartContext) => setContext(KEY, context);
export const getChartContext = (): ChartContext | null => getContext<ChartContext | undefined>(KEY) ?? null;
