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
    // One module graph per worker, not one per file: the per-file setup and imports (the English dictionary,
    // Svelte's compiler output, apache-arrow, hyparquet) were 85 s of the suite's 137 s here; without
    // isolation it runs in 50 s, also with the files shuffled (--sequence.shuffle.files), and CI stays under
    // 15 minutes on a slow machine. So a test file must not leave state behind in a module it shares with
    // others: a stubbed global is restored in afterEach (vi.unstubAllGlobals), fake timers are put back, and
    // vi.mock (catalog-preload.test.ts mocks duckdb.ts) stays in files that no other test's import relies on.
    isolate: false,
    setupFiles: ['src/test-setup.ts'],
  },
});
