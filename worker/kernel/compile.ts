// WAT → wasm with wabt, in Node: the build (scripts/build/kernel.ts), the benchmark and the tests all
// compile worker/kernel/cohort.wat through here, so what they run is always fresh from the text.
// wabt is a devDependency: nothing the browser loads imports this file.
//
// wabt runs in a worker thread, never in the caller's: it is an Emscripten module whose memory grows,
// and growing detaches an ArrayBuffer, which makes V8 check for detached buffers on every typed-array
// access from then on. In the benchmark's process that slowed the TypeScript engine by a third
// (10.5 → 14 µs a projection), so an in-process compile would have flattered the kernel.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The kernel's source. */
export const KERNEL_WAT = new URL('./cohort.wat', import.meta.url);

// CommonJS, run by `new Worker(…, { eval: true })`: parse with SIMD on (nothing else beyond the MVP),
// validate, and send the binary or wabt's message (which names the line) back.
const COMPILE = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.wabt)().then((wabt) => {
  const parsed = wabt.parseWat(workerData.filename, workerData.text, { simd: true });
  try {
    parsed.resolveNames();
    parsed.validate();
    parentPort.postMessage({ bytes: parsed.toBinary({ canonicalize_lebs: true }).buffer });
  } finally {
    parsed.destroy();
  }
}).catch((error) => parentPort.postMessage({ error: String((error && error.message) || error) }));
`;

/** The binary of a WAT text; rejects with wabt's message. */
export function compileWat(text: string, filename = 'cohort.wat'): Promise<Uint8Array<ArrayBuffer>> {
  const wabt = createRequire(import.meta.url).resolve('wabt');
  return new Promise((resolve, reject) => {
    const worker = new Worker(COMPILE, { eval: true, workerData: { text, filename, wabt } });
    worker.once('message', (reply: { bytes?: Uint8Array<ArrayBuffer>; error?: string }) => {
      void worker.terminate();
      if (reply.bytes) resolve(reply.bytes);
      else reject(new Error(`${filename}: ${reply.error}`));
    });
    worker.once('error', reject);
  });
}

/** cohort.wasm's bytes, compiled now from cohort.wat. */
export function kernelBytes(): Promise<Uint8Array<ArrayBuffer>> {
  return compileWat(readFileSync(KERNEL_WAT, 'utf8'));
}
