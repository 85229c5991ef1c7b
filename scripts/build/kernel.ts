// The cohort kernel's build: worker/kernel/cohort.wat → worker/kernel/cohort.wasm (wabt), a build
// output that git ignores. Run by `npm run build:kernel` (this file as a script) and by Vite through
// cohortKernel() in vite.config.ts: at the start of every build, before the projection worker is
// bundled (its `new URL('./cohort.wasm', import.meta.url)` then finds the file and Vite emits it as a
// hashed asset), and in dev, again whenever the .wat changes. Tests and the benchmark compile the text
// themselves (worker/kernel/compile.ts), so they never run a stale binary.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileWat, KERNEL_WAT } from '../../worker/kernel/compile.ts';

const WAT = fileURLToPath(KERNEL_WAT);
export const KERNEL_WASM = path.join(path.dirname(WAT), 'cohort.wasm');

/** Compiles cohort.wat and writes cohort.wasm beside it; returns its size in bytes. */
export async function buildKernel(): Promise<number> {
  const bytes = await compileWat(readFileSync(WAT, 'utf8'), 'worker/kernel/cohort.wat');
  writeFileSync(KERNEL_WASM, bytes);
  return bytes.length;
}

/** Vite plugin: builds the kernel before anything is bundled, and rebuilds it on edits in dev. */
export function cohortKernel(): Plugin {
  return {
    name: 'suginami:cohort-kernel',
    async buildStart() {
      await buildKernel();
    },
    configureServer(server) {
      server.watcher.add(WAT);
      server.watcher.on('change', (file) => {
        if (path.resolve(file) !== WAT) return;
        buildKernel().then(
          (bytes) => server.config.logger.info(`cohort kernel rebuilt (${bytes} bytes)`),
          (error: unknown) => server.config.logger.error(`cohort kernel: ${error instanceof Error ? error.message : String(error)}`),
        );
      });
    },
  };
}

// `npm run build:kernel`
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = await buildKernel();
  console.log(`${path.relative(process.cwd(), KERNEL_WASM)}: ${bytes} bytes from ${path.relative(process.cwd(), WAT)}`);
}
