// When the data view loads its workbench (the SQL console, own data, the projection as tables: its code, its
// mount and its first projection). Not at once: on a first visit DuckDB's 34 MB wasm is compiling then, on a
// machine with two cores that the workbench's start took from it (DuckDB ready about 0.1 s later,
// docs/performance.md). So it waits for DuckDB to be ready or to fail, which SQL needs anyway, but never longer
// than WORKBENCH_WAIT_MS: on a slow network DuckDB's download takes far longer than its compile, and own data and
// the projection tables, which need no SQL, should not wait for it.

/** The longest the workbench waits for DuckDB (ms): about DuckDB's whole start on a fast connection here. */
export const WORKBENCH_WAIT_MS = 2000;

/** Resolves when `database` settles (ready or failed) or `waitMs` have passed, whichever comes first. */
export function workbenchStart(database: Promise<unknown>, waitMs = WORKBENCH_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    database.then(done, done);
  });
}
