import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit tests live beside their modules in src/, worker/, data/ and scripts/ (build plugins).
// Browser tests (e2e/) belong to Playwright and are never picked up here.
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['src/**/*.test.ts', 'worker/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    // Vitest's default on two cores is one worker, which leaves a core idle (its own process mostly waits):
    // two cut the suite from 117 to 100 s here, and CI's whole run must stay under 15 minutes.
    maxWorkers: 2,
    setupFiles: ['src/test-setup.ts'],
  },
});
