import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspDirectives, inlineScripts, scriptHash, serializePolicy, withPolicy } from './csp.ts';

const PAGE = `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <title>t</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <script>(function () { var a = 1; })();</script>
  </head>
  <body><div id="app"></div></body>
</html>`;

/** The directives of a serialized policy, by name. */
const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('the policy', () => {
  const policy = parse(serializePolicy(cspDirectives(['sha256-AAAA'])));

  it('allows only our own origin by default, no plugins, no <base>', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('runs our scripts, wasm and hashed inline scripts, never inline or eval', () => {
    const script = policy.get('script-src')!;
    expect(script).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAAA'"]);
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
  });

  it('allows data: and blob: images (PNG export) and blob: workers', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('names no outside origin and no wildcard anywhere', () => {
    for (const [name, values] of policy) {
      for (const value of values) expect(value, `${name} ${value}`).toMatch(/^('[\w-]+'|'sha256-[\w+/=]+'|data:|blob:)$/);
    }
  });

  it('leaves out what a meta policy may not carry (the browser would log an error)', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(policy.has(name)).toBe(false);
  });
});

describe('inline scripts and their hashes', () => {
  it('finds the inline scripts, not those with a src', () => {
    expect(inlineScripts(PAGE)).toEqual(['(function () { var a = 1; })();']);
  });

  it('hashes the exact text as the browser does (SHA-256, base64)', () => {
    const text = '(function () { var a = 1; })();';
    expect(scriptHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
    expect(scriptHash(text + ' ')).not.toBe(scriptHash(text));
    // A known vector: SHA-256 of the empty string.
    expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('withPolicy', () => {
  it('puts the meta tag right after <meta charset>, before every script, with the inline script hashed', () => {
    const html = withPolicy(PAGE);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta![0])).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf('<script'));
    expect(parse(meta![1]).get('script-src')).toContain(`'${scriptHash('(function () { var a = 1; })();')}'`);
    // Everything else is left as it was.
    expect(html.replace(/\n\s*<meta http-equiv[^>]+>/, '')).toBe(PAGE);
  });

  it('refuses a page that already has a policy, and one without <head>', () => {
    expect(() => withPolicy(withPolicy(PAGE))).toThrow(/already has/);
    expect(() => withPolicy('<html><body></body></html>')).toThrow(/no <head>/);
  });
});
