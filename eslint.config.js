// ESLint (flat config): `npm run lint`. Rules are the recommended sets of ESLint, typescript-eslint and
// eslint-plugin-svelte, plus import-x/no-cycle (the brief: no import cycles). Formatting is Prettier's
// job (`npm run format:check`), so no stylistic rule is switched on here.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'screenshots/', 'test-results/', 'playwright-report/', 'dev-dist/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    // parserOptions.parser for every file: import-x parses an imported .svelte file with the options of
    // the file importing it, and svelte-eslint-parser needs the TypeScript parser for <script lang="ts">.
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
    rules: {
      // `_name` marks a parameter kept for its position; the rest of the unused ones are mistakes.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Empty catch blocks are deliberate where a failure only means "carry on without it".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Our errors carry their own message naming the file and the reason; the cause adds nothing shown.
      'preserve-caught-error': 'off',
      // Flags every Map/Set/Date in a .svelte(.ts) file; ours are deliberate non-reactive caches and
      // snapshots, and reactivity is visible where it matters ($state).
      'svelte/prefer-svelte-reactivity': 'off',
      // {' '} keeps a space at the edge of a block, which Svelte would otherwise trim.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    // What TypeScript checks itself (e.g. assigning to an import) is off for .svelte as for .ts.
    files: ['**/*.svelte'],
    rules: { 'no-import-assign': 'off', 'no-undef': 'off' },
  },
  {
    // Tests poke at parsed JSON of any shape.
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Cycles, across the whole tree (.ts and .svelte): `import type` counts too, so that a type-only
    // edge cannot hide a module pair that depends on each other.
    files: ['**/*.ts', '**/*.svelte', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.svelte', '.json'] })],
      'import-x/extensions': ['.ts', '.js', '.svelte'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.js'], 'svelte-eslint-parser': ['.svelte'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
