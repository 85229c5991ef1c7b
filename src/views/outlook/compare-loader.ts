// The comparison's chunk (compare/: B chooser, saved scenarios, the A-against-B table and difference chart,
// the family chart), imported once the first pyramid is drawn, never on the way to it.
export type CompareModule = typeof import('./compare/index.ts');

let loading: Promise<CompareModule> | null = null;

/** The module (loaded once; a failed load is tried again next time). */
export function loadCompare(): Promise<CompareModule> {
  if (!loading) {
    loading = import('./compare/index.ts');
    loading.catch(() => (loading = null));
  }
  return loading;
}
