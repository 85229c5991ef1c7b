// No import cycles, counting `import type` too: ESLint's import-x/no-cycle (npm run lint) skips type-only
// imports, and the two cycles this tree had (briefing/steps ↔ state/url, i18n/en ↔ i18n/messages) were
// type imports on one side. This walks every relative import of the app, the worker and the pipeline.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['src', 'worker', 'data', 'e2e', 'scripts'];
const SOURCE = /\.(ts|svelte)$/;
/** `from '…'`, `import '…'`, `import('…')`: the forms this tree uses. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* walk(file);
    else if (SOURCE.test(name)) yield file;
  }
}

/** Relative imports of a file that resolve to a source file (a `?url` asset or a JSON file is no module of ours). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(IMPORT)) {
    const target = path.resolve(path.dirname(file), m[1].replace(/\?.*$/, ''));
    if (SOURCE.test(target)) out.push(target);
  }
  return out;
}

/** One cycle of the graph as a list of files (first = last), or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys())
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  return null;
}

describe('import graph', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeNull();
    expect(
      importsOf(
        '/x/a.ts',
        "import type { T } from './b.ts';\nimport w from './w.ts?worker&url';\nconst m = import('../c.svelte');\n// import('./comment.ts')",
      ),
    ).toEqual(['/x/b.ts', '/x/w.ts', '/c.svelte']);
  });

  it('has no cycle, type imports included', () => {
    const graph = new Map<string, string[]>();
    for (const dir of DIRS) for (const file of walk(path.join(ROOT, dir))) graph.set(file, importsOf(file, readFileSync(file, 'utf8')));
    expect(graph.size).toBeGreaterThan(100);
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => path.relative(ROOT, f)) ?? null).toBeNull();
  });
});
