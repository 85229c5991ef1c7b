// Entry: read the link, start loading the data, mount the shell.
import { mount } from 'svelte';
import App from './App.svelte';
import { Catalog } from './data/catalog.svelte.ts';
import { AppState } from './state/app.svelte.ts';
import { Notices } from './state/notices.svelte.ts';
import './app.css';

const notices = new Notices();
const app = new AppState(notices);
app.load();
app.listen();

const catalog = new Catalog((problem) => notices.add(problem));

mount(App, { target: document.getElementById('app')!, props: { app, notices, catalog } });

// Decoding the Parquet files (hyparquet) does not wait for DuckDB. DuckDB (34 MB of wasm) loads when
// the browser is idle after that, or at once when the data view opens; not at all on Save-Data.
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
void catalog.start().then(() => {
  if (saveData) return;
  const idle = (cb: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 200));
  idle(() => void catalog.startDatabase().catch(() => {})); // failure is shown in the status line
});

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
