// Node: compiles cohort.wat in-process (wabt) and installs it as the engine's kernel — for the
// benchmark, the tests and the CLI, which thus always run the kernel as the text now says.
import { installKernel } from '../engine/kernel.ts';
import { kernelBytes } from './compile.ts';
import { cohortKernel } from './kernel.ts';

/** The compiled module (wabt, then WebAssembly.compile). */
export async function compileKernel(): Promise<WebAssembly.Module> {
  return WebAssembly.compile(await kernelBytes());
}

/** Compiles and installs the kernel: results created from now on use it. */
export async function installKernelFromWat(): Promise<void> {
  installKernel(cohortKernel(await compileKernel()));
}
