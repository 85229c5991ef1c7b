// Loading cohort.wasm where it runs (the projection worker): fetched from the same origin as the
// worker and compiled with WebAssembly.compileStreaming or WebAssembly.compile, which a CSP of
// script-src 'self' 'wasm-unsafe-eval' allows. Anything that fails (no file, no SIMD in an old
// browser, a CSP without 'wasm-unsafe-eval') leaves the engine on its TypeScript path, which gives
// the same numbers; the reason is returned for whoever wants to log it.
import type { CohortKernel } from '../engine/kernel.ts';
import { cohortKernel } from './kernel.ts';

/** Where the build puts the kernel (Vite rewrites this to the hashed asset; scripts/build/kernel.ts). */
export const KERNEL_URL = new URL('./cohort.wasm', import.meta.url);

type Fetch = (url: string) => Promise<Response>;

/** The compiled kernel, or why there is none. */
export async function loadKernel(
  url: URL | string = KERNEL_URL,
  fetcher: Fetch = (u) => fetch(u),
): Promise<CohortKernel | { error: string }> {
  try {
    const response = await fetcher(String(url));
    if (!response.ok) return { error: `${url}: HTTP ${response.status}` };
    // Streaming compilation needs the application/wasm type; a host that serves another gets compile().
    const streaming =
      typeof WebAssembly.compileStreaming === 'function' && response.headers.get('content-type')?.startsWith('application/wasm');
    const module = streaming ? await WebAssembly.compileStreaming(response) : await WebAssembly.compile(await response.arrayBuffer());
    return cohortKernel(module);
  } catch (error) {
    return { error: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
