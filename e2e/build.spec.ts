// The production build ships precompressed files, and the preview server serves them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));
}

test('every JS, CSS, wasm, Parquet and HTML file has a .gz and a .br holding the same bytes', () => {
  const all = files(DIST);
  const assets = all.filter((f) => /\.(js|css|wasm|parquet|html|json)$/.test(f));
  expect(assets.some((f) => f.endsWith('.wasm'))).toBe(true);
  expect(assets.some((f) => f.endsWith('.html'))).toBe(true);
  for (const file of assets) {
    const raw = readFileSync(file);
    if (file.endsWith('.wasm')) continue; // 34 MB: checked over HTTP below instead of decompressing here twice
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(raw), `${file}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(raw), `${file}.br`).toBe(true);
  }
});

test('the preview server sends the Brotli file to browsers that accept it', async ({ request }) => {
  const wasm = files(DIST).find((f) => /duckdb-eh.*\.wasm$/.test(f))!;
  const url = `./assets/${path.basename(wasm)}`;
  const br = await request.get(url, { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(br.headers()['content-type']).toBe('application/wasm');
  // Under assets/ (hashed name): cached for good, so a second visit does not download it again.
  expect(br.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // Playwright decodes the body: it must be the original wasm.
  expect((await br.body()).equals(readFileSync(wasm))).toBe(true);
  const plain = await request.get(url, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(Number(plain.headers()['content-length'])).toBe(statSync(wasm).size);
});
