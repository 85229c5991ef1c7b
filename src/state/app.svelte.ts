// The on-screen state, mirrored in the URL (see url.ts). Views read `app.state`; changes go through
// `app.set`, which writes the URL at once: pushState for a new view or language (Back returns),
// replaceState for settings moved continuously (a slider must not fill the history).
import type { Notices } from './notices.svelte.ts';
import { decodeUrlState, DEFAULT_STATE, encodeUrlState, updateState, type UrlState } from './url.ts';

export type HistoryMode = 'push' | 'replace';
export type StateChange = Parameters<typeof updateState>[1];

export class AppState {
  state = $state.raw<UrlState>(DEFAULT_STATE);
  readonly #notices: Notices;

  constructor(notices: Notices) {
    this.#notices = notices;
  }

  /** Reads the current location; problems become notices; the URL is rewritten to what is shown. */
  load(): void {
    const { state, issues } = decodeUrlState(location.search);
    this.state = state;
    this.#notices.setUrlIssues(issues);
    history.replaceState(history.state, '', this.href(state));
  }

  /** The link for a state (relative: "?view=…"), keeping any #fragment. */
  href(state: UrlState): string {
    return `?${encodeUrlState(state)}${location.hash}`;
  }

  /** The link the state would have after `change` (for <a href>). */
  hrefFor(change: StateChange): string {
    return this.href(updateState(this.state, change));
  }

  set(change: StateChange, mode: HistoryMode = 'replace'): void {
    const next = updateState(this.state, change);
    this.state = next;
    if (mode === 'push') history.pushState(null, '', this.href(next));
    else history.replaceState(history.state, '', this.href(next));
  }

  /** Follows Back/Forward. Returns the function that stops listening. */
  listen(): () => void {
    const onPop = () => this.load();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }
}
