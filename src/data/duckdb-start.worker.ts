// DuckDB's worker, told to download and instantiate its wasm the moment it runs (duckdb-engine.ts, early.ts).
// What it does, and why, is in duckdb-starter.ts; here it runs on this worker's own global scope.
import { startDuckdb, type StarterScope } from './duckdb-starter.ts';

await startDuckdb(self as unknown as StarterScope, (url) => import(/* @vite-ignore */ url));
