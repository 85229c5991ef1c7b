// Lighthouse on the production build (npm run build && npm run bench:lighthouse): the outlook and the plan
// as Lighthouse's default mobile run sees them (a Moto G Power-sized screen, simulated slow 4G and a 4×
// slower CPU). Numbers, not pass/fail: per page the four category scores, LCP, TBT, CLS and the bytes
// transferred, and any audit of accessibility, best practices or SEO that did not pass.
//
// Drives Debian's Chromium (/usr/bin/chromium, the flags of playwright.config.ts) through chrome-launcher
// and Lighthouse's Node API, against `vite preview` (which serves the precompressed files, as a host would).
//
// Env: PORT (vite preview, default 4176); RUNS (Lighthouse runs per page, default 3: the pages take turns,
//      after one warm-up run that is not counted; the median run by performance score is printed, and every
//      run's score); PAGES (comma list of queries, default the outlook and the plan); SAVE (a folder: each
//      run's full report is written there as JSON, to read the details, and its trace as <page>-<n>.trace.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { startPreview } from '../preview-server.ts';

const PORT = Number(process.env.PORT ?? 4176);
const RUNS = Number(process.env.RUNS ?? 3);
const PAGES = (process.env.PAGES ?? '?view=outlook,?view=plan').split(',');
const SAVE = process.env.SAVE;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  /** The first paint of the real (unthrottled) load, which Lantern's simulation starts from. */
  observedPaint: number;
  failed: string[];
}

function summarize(lhr: Result): Run {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])) as Run['scores'];
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  // Audits of the three non-performance categories that count and did not pass (score below 1).
  const failed: string[] = [];
  for (const c of ['accessibility', 'best-practices', 'seo'] as const) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed.push(`${c}: ${ref.id} — ${audit.title}`);
    }
  }
  return {
    scores,
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    bytes: num('total-byte-weight'),
    observedPaint: Number(
      (lhr.audits.metrics?.details as { items?: { observedFirstPaint?: number }[] } | undefined)?.items?.[0]?.observedFirstPaint ?? NaN,
    ),
    failed,
  };
}

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    console.log(
      `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, default mobile config (simulated throttling), ${RUNS} runs a page, the median run by performance:`,
    );
    // Round-robin over the pages, after one run that is not counted: on these machines the same URL run
    // twice in a row, or first in a fresh browser, often had its first frame held back by Chromium for about
    // a second with the page's main thread idle (the trace shows no frame asked of the page from ~0.5 to
    // ~1.2 s, and the paint presented ~1 s after that), which Lantern then counts as the page's own time.
    // Alternating pages and warming the browser up removed it in every run tried (docs/performance.md).
    const runs = new Map<string, Run[]>(PAGES.map((q) => [q, []]));
    const order = [PAGES[PAGES.length - 1], ...Array.from({ length: RUNS }, () => PAGES).flat()];
    for (const [i, query] of order.entries()) {
      const result = await lighthouse(`${server.url}${query}`, flags);
      if (!result) throw new Error(`Lighthouse returned no result for ${query}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      if (i === 0) continue; // the warm-up
      const list = runs.get(query)!;
      list.push(summarize(result.lhr));
      if (SAVE) {
        mkdirSync(SAVE, { recursive: true });
        const base = path.join(SAVE, `${query.replace(/\W+/g, '_')}-${list.length}`);
        writeFileSync(`${base}.json`, JSON.stringify(result.lhr));
        // The trace, to open in Chromium's performance panel: what the page did, when, as Lighthouse saw it.
        writeFileSync(`${base}.trace.json`, JSON.stringify(result.artifacts.Trace));
      }
    }
    for (const query of PAGES) {
      const list = runs.get(query)!;
      const sorted = [...list].sort((a, b) => a.scores.performance - b.scores.performance);
      const m = sorted[Math.floor(sorted.length / 2)];
      console.log(`\n ${query}`);
      console.log(
        `  performance ${m.scores.performance}  accessibility ${m.scores.accessibility}  best practices ${m.scores['best-practices']}  SEO ${m.scores.seo}`,
      );
      console.log(
        `  LCP ${(m.lcp / 1000).toFixed(2)} s  TBT ${Math.round(m.tbt)} ms  CLS ${m.cls.toFixed(3)}  transferred ${(m.bytes / 1024).toFixed(1)} KB`,
      );
      const each = (f: (r: Run) => string) => list.map(f).join(', ');
      console.log(
        `  every run: performance ${each((r) => String(r.scores.performance))}; LCP ${each((r) => (r.lcp / 1000).toFixed(2))} s; TBT ${each((r) => String(Math.round(r.tbt)))} ms; CLS ${each((r) => r.cls.toFixed(3))}`,
      );
      console.log(`  observed (unthrottled) first paint ${each((r) => String(Math.round(r.observedPaint)))} ms`);
      const failed = [...new Set(list.flatMap((r) => r.failed))];
      for (const f of failed) console.log(`  not passed: ${f}`);
    }
  } finally {
    chrome.kill();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
