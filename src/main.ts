// Entry: read the link, start the work the first view waits for, mount the shell.
//
// On the outlook, the projection worker is already running (index.html started it, see
// early.ts): it downloads and decodes its own tables, and projects the first scenario
// on the other core while this thread builds the page. Until that first pyramid is drawn, this thread
// loads nothing else; the other tables download once the browser is idle after it (decoded when asked for). DuckDB (34 MB of wasm) starts
// only on intent (data/duckdb-intent.ts): the data view, its tab hovered or focused, a feature that needs SQL,
// or idle time on a wide screen with a connection that is neither slow nor saving data.
import { mount } from 'svelte';
import App from './App.svelte';
import { Catalog } from './data/catalog.svelte.ts';
import { loadMessages } from './i18n/messages.ts';
import { idleIsReasonEnough, readConditions, shouldStartDuckdb } from './data/duckdb-intent.ts';
import { projectionSession } from './projection/session.svelte.ts';
import { LAZY_VIEWS, loadPanel, PRELOADED_VIEWS } from './views/LazyPanel.svelte';
import { AppState } from './state/app.svelte.ts';
import { Notices } from './state/notices.svelte.ts';
import './app.css';

const notices = new Notices();
const app = new AppState(notices);
app.load();
app.listen();

const catalog = new Catalog((problem) => notices.add(problem));
const session = app.state.view === 'outlook' ? projectionSession(catalog) : null;
if (session) {
  session.start();
  catalog.hold(session.settled);
} else {
  void loadPanel(app.state.view as (typeof LAZY_VIEWS)[number]).catch(() => {}); // its own chunk: on its way while the shell mounts
}
// The data view asks for DuckDB first; its wasm compiles on the other core while this thread builds the page.
const database = app.state.view === 'data' ? catalog.startDatabase().catch(() => {}) : null;

// The English dictionary is its own chunk (i18n/messages.ts): a link in English waits for it before the first
// paint (Japanese comes with this script); if it cannot be fetched, the page opens in Japanese words.
const shell = () => mount(App, { target: document.getElementById('app')!, props: { app, notices, catalog } });
if (app.state.lang === 'ja') shell();
else void loadMessages(app.state.lang).then(shell, shell);

// On a wide screen with a connection neither slow nor saving data (duckdb-intent.ts: the conditions are read
// then, not now: the window may have been resized, the connection changed), the rest of the tables and the
// other views' code download once the first view has drawn (on the data view: once DuckDB has started, whose
// wasm compiles meanwhile) and the browser is idle (a table is decoded only
// when a view asks for it: Catalog.prefetch); then DuckDB. On a phone, none of it unasked: evaluating the
// plan's and the data view's code alone was a 40–60 ms task here (four times that on Lighthouse's phone),
// and the tables are the reader's mobile data; pointing at or focusing a tab loads that view's code
// (App.svelte), and the service worker keeps everything for the next visit.
const idle = (cb: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 200));
void (session?.settled ?? database ?? Promise.resolve()).then(() =>
  idle(() => {
    if (!idleIsReasonEnough(readConditions())) return;
    for (const view of PRELOADED_VIEWS) void loadPanel(view).catch(() => {}); // shown with its error if it fails when opened
    void catalog.prefetch().then(() => {
      idle(() => {
        if (shouldStartDuckdb('idle', readConditions())) catalog.preloadDatabase();
      });
    });
  }),
);

// For analysts at the browser console: await suginamiOutlook.query('SELECT count(*)::INTEGER AS n FROM survival')
Object.assign(window, {
  suginamiOutlook: {
    query: (sql: string) => catalog.query(sql),
    queryArrow: async (sql: string) => (await catalog.startDatabase()).queryArrow(sql),
    state: () => app.state,
    /** Load state and timings of every table (ms: fetch + decode; decodeMs: hyparquet alone). */
    tables: () => catalog.snapshot(),
  },
});
