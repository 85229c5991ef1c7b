import { describe, expect, it, vi } from 'vitest';
import { URL_PROBLEMS, type UrlIssue, type UrlProblem } from '../state/url.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Messages } from './messages.ts';

// Compile-time: a dictionary without a key does not type-check (svelte-check fails if this line
// stops being an error, because the directive would then be unused).
const { title: _title, ...withoutTitle } = en;
// @ts-expect-error: property 'title' is missing
const incomplete: Messages = withoutTitle;

/** Every leaf path of a dictionary, with the kind of value found there. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}:function/${value.length}`];
  if (Array.isArray(value)) return [`${path}:array`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}:${typeof value}`];
}

const PROBLEMS: readonly UrlProblem[] = URL_PROBLEMS;

describe('dictionaries', () => {
  it('have the same keys, value kinds and function arities in every language', () => {
    expect(incomplete).toBeDefined();
    expect(shape(en)).toEqual(shape(ja));
  });

  it('have no empty text and the same number of list items', () => {
    for (const [lang, m] of Object.entries({ ja, en })) {
      for (const leaf of shape(m)) expect(leaf, lang).not.toMatch(/^:/);
      const strings = JSON.stringify(m, (_, v) => (typeof v === 'string' && !v.trim() ? '<<EMPTY>>' : v));
      expect(strings, lang).not.toContain('<<EMPTY>>');
    }
  });

  it('word every link problem, naming the parameter and the value', () => {
    for (const problem of PROBLEMS) {
      const issue: UrlIssue = { param: 'srb', value: 'abc', problem, allowed: '90–120', fallback: '105.1', point: '2030:x' };
      for (const m of [ja, en]) {
        const text = m.notices.url(issue);
        if (problem !== 'repeated') expect(text).toContain('srb=abc');
        else expect(text).toContain('srb');
        // A too-long search text has nothing to fall back to: it is dropped, and the limit is named.
        if (problem === 'too-long') expect(text).toContain('90–120');
        else if (problem !== 'unknown-parameter') expect(text).toContain('105.1');
      }
    }
  });

  it('answer in Japanese until the English dictionary has arrived, then in English', async () => {
    vi.resetModules(); // fresh modules: the test setup (src/test-setup.ts) loaded English in the shared ones
    const fresh = await import('./messages.ts');
    expect(fresh.messages('en').title).toBe(ja.title);
    await Promise.all([fresh.loadMessages('en'), fresh.loadMessages('en')]);
    expect(fresh.messages('en').title).toBe(en.title);
    expect(fresh.messages('ja').title).toBe(ja.title);
    await fresh.loadMessages('ja'); // comes with the app: nothing to fetch
  });
});
