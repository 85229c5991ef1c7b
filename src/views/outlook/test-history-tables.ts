// Test helper (Vitest only): the real history tables from public/data/, decoded with hyparquet exactly
// as the browser does.
import { decodeParquet, type DecodedTable } from '../../data/parquet.ts';

// src/ is type-checked without Node's types (it is browser code), so node:fs is imported by name.
const FS = 'node:fs';

export async function realTable(
  name: 'registry_history' | 'census_history' | 'past_outlooks' | 'past_outlook_errors',
): Promise<DecodedTable> {
  const fs = (await import(/* @vite-ignore */ FS)) as { readFileSync(path: URL): Uint8Array };
  const bytes = fs.readFileSync(new URL(`../../../public/data/${name}.parquet`, import.meta.url));
  return decodeParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, `data/${name}.parquet`);
}
