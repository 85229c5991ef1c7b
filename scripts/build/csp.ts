// The Content-Security-Policy of the built page: a <meta http-equiv> tag written into dist/index.html at
// build time (a static host needs no header configuration; a host that sends its own CSP header adds to it,
// it cannot loosen it). What it allows, and why (DEVELOPERS.md, "Content-Security-Policy", has the rules):
//
//   default-src 'self'            everything from our own origin only: no CDN, no outside origin anywhere
//   script-src 'self' 'wasm-unsafe-eval' 'sha256-…'
//                                 our scripts; compiling WebAssembly (DuckDB, the kernel); the early inline
//                                 script (src/early.ts) by the hash of its final text, computed here, so it
//                                 keeps its head start. No 'unsafe-inline', no 'unsafe-eval'.
//   style-src 'self' 'unsafe-inline'
//                                 style attributes: Svelte templates and Observable Plot write them, and the
//                                 chart export copies computed styles onto the SVG (setAttribute('style')).
//                                 CSS cannot run script; script-src stays strict.
//   img-src 'self' data: blob:    the data: favicon, the PNG export (an Image of the SVG as a data: URL,
//                                 drawn on a canvas), downloads made with blob: URLs
//   worker-src 'self' blob:       our workers (projection, bands, own-data reader, DuckDB's) and the
//                                 service worker, all same-origin files; blob: for a worker built in memory
//   object-src 'none'             no plugins
//   base-uri 'none'               no <base> may change where relative URLs (base './') point
//   form-action 'none'            no form submits anywhere
//
// frame-ancestors, report-uri and sandbox are not allowed in a <meta> policy (the browser logs an error and
// ignores them), so they are left out; embedding the page in an iframe (embed mode) stays possible.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export type Directives = Record<string, readonly string[]>;

/** The policy's directives, given the hashes ('sha256-…') of the page's inline scripts. */
export function cspDirectives(scriptHashes: readonly string[]): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'${h}'`)],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/** The policy as the content of a meta tag: `name value value; name value…`. */
export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The CSP hash source of an inline script's text, exactly as it stands between <script> and </script>. */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The texts of the inline scripts (no src attribute) of an HTML page, in order. */
export function inlineScripts(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    texts.push(match[2]);
  }
  return texts;
}

/**
 * `html` with the policy's meta tag right after <meta charset> (before any script, so it applies to all
 * of them), hashing the inline scripts the page has now. Throws if the page has no <head> to put it in.
 */
export function withPolicy(html: string): string {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html))
    throw new Error('csp: the page already has a Content-Security-Policy meta tag');
  const policy = serializePolicy(cspDirectives(inlineScripts(html).map(scriptHash)));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + `\n    ${meta}` + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('csp: index.html has no <head> for the Content-Security-Policy meta tag');
  return html.slice(0, head.index + head[0].length) + `\n    ${meta}` + html.slice(head.index + head[0].length);
}

/**
 * Writes the policy into every built HTML page, once the page is final (generateBundle, after Vite and
 * the other plugins have put their tags in): the hashes are of the text the browser will read.
 * Build only: the dev server injects inline scripts and styles of its own (HMR), which the policy would block.
 */
export function csp(): Plugin {
  return {
    name: 'suginami:csp',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const pages = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
      if (pages.length === 0) this.error('csp: no HTML page in the bundle to write the policy into');
      for (const page of pages) {
        if (page.type !== 'asset') continue;
        page.source = withPolicy(typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source));
      }
    },
  };
}
