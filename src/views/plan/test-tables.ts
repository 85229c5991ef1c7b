// Test helper (Vitest only): the real plan tables from public/data/, decoded with hyparquet exactly as
// the browser does — the tests check what the dashboard will show, not fixtures.
import { decodeParquet } from '../../data/parquet.ts';
import { PLAN_TABLE_NAMES, readPlanTable, type PlanRows } from './tables.ts';

// src/ is type-checked without Node's types (it is browser code), so node:fs is imported by name.
const FS = 'node:fs';

let cached: Promise<PlanRows> | null = null;

export function loadRealPlanTables(): Promise<PlanRows> {
  cached ??= (async () => {
    const fs = (await import(/* @vite-ignore */ FS)) as { readFileSync(path: URL): Uint8Array };
    const entries = await Promise.all(
      PLAN_TABLE_NAMES.map(async (name) => {
        const bytes = fs.readFileSync(new URL(`../../../public/data/${name}.parquet`, import.meta.url));
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        return [name, readPlanTable(name, await decodeParquet(buffer, `data/${name}.parquet`))] as const;
      }),
    );
    return Object.fromEntries(entries) as unknown as PlanRows;
  })();
  return cached;
}
