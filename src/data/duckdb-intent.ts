// When DuckDB-WASM may start. Its wasm is 34 MB (about 5.8 MB brotli): on a phone, or on a slow or
// metered connection, that is many times what the rest of a visit costs, so it starts only on intent:
//
// - the data view is opened (it runs SQL at once), or its tab is hovered or focused (the click is
//   likely to follow: the download gets a head start of a few hundred ms);
// - a feature that needs SQL asks for it (catalog.query, the analyst's console);
// - on a wide screen (a desk, likely a fast, unmetered connection), when the browser is idle after the
//   first view has drawn — unless the connection says it is slow (effectiveType slow-2g, 2g or 3g) or
//   the reader asked to save data (Save-Data).
//
// Pure: the caller reads the browser (readConditions) and acts on the answer; the tests give conditions.

/** Why something asks for DuckDB. */
export type DuckdbReason = 'data-view' | 'tab-intent' | 'sql' | 'idle';

export interface DuckdbConditions {
  /** The screen is at least WIDE_SCREEN wide. */
  readonly wide: boolean;
  /** navigator.connection.saveData. */
  readonly saveData: boolean;
  /** navigator.connection.effectiveType ('slow-2g', '2g', '3g', '4g'), undefined where the browser does not say. */
  readonly effectiveType: string | undefined;
}

/** The media query of a wide screen: the outlook's workspace layout (OutlookView.svelte) begins there too. */
export const WIDE_SCREEN = '(min-width: 68rem)';

const SLOW = new Set(['slow-2g', '2g', '3g']);

/** A connection the browser reports as slow, or one the reader asked to spare. */
export function isConstrained(c: Pick<DuckdbConditions, 'saveData' | 'effectiveType'>): boolean {
  return c.saveData || (c.effectiveType !== undefined && SLOW.has(c.effectiveType));
}

/**
 * Whether idle time is reason enough for work nobody has asked for yet (DuckDB, and in main.ts the other
 * views' code and tables): on a wide, unconstrained screen only. A phone spends neither its data nor its
 * main thread on what the reader may never open.
 */
export function idleIsReasonEnough(conditions: DuckdbConditions): boolean {
  return conditions.wide && !isConstrained(conditions);
}

/** Whether DuckDB should start for `reason` under `conditions`. Intent always wins; idle only on a wide, unconstrained screen. */
export function shouldStartDuckdb(reason: DuckdbReason, conditions: DuckdbConditions): boolean {
  return reason !== 'idle' || idleIsReasonEnough(conditions);
}

interface NavigatorWithConnection {
  readonly connection?: { readonly saveData?: boolean; readonly effectiveType?: string };
}

/** The conditions as this browser reports them now. */
export function readConditions(
  nav: NavigatorWithConnection = navigator as NavigatorWithConnection,
  media: (query: string) => { matches: boolean } = matchMedia,
): DuckdbConditions {
  return {
    wide: media(WIDE_SCREEN).matches,
    saveData: nav.connection?.saveData === true,
    effectiveType: typeof nav.connection?.effectiveType === 'string' ? nav.connection.effectiveType : undefined,
  };
}
