// Lighthouse on the production build (npm run build && npm run bench:lighthouse): the outlook and the plan
// as Lighthouse's default mobile run sees them (a Moto G Power-sized screen, simulated slow 4G and a 4×
// slower CPU). Numbers, not pass/fail: per page the four category scores, LCP, TBT, CLS and the bytes
// transferred, and any audit of accessibility, best practices or SEO that did not pass.
//
// Drives Debian's Chromium (/usr/bin/chromium, the flags of playwright.config.ts) through chrome-launcher
// and Lighthouse's Node API, against `vite preview` (which serves the precompressed files, as a host would).
//
// Env: PORT (vite preview, default 4176), RUNS (Lighthouse runs per page, default 3: the median run by
//      performance score is printed, and every run's score), PAGES (comma list of queries, default the outlook and
//      the plan), SAVE (a folder: each run's full report is written there as JSON, to read the details).
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
    for (const query of PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${server.url}${query}`, flags);
        if (!result) throw new Error(`Lighthouse returned no result for ${query}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        runs.push(summarize(result.lhr));
        if (SAVE) {
          mkdirSync(SAVE, { recursive: true });
          writeFileSync(path.join(SAVE, `${query.replace(/\W+/g, '_')}-${i + 1}.json`), JSON.stringify(result.lhr));
        }
      }
      const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
      const m = sorted[Math.floor(sorted.length / 2)];
      console.log(`\n ${query}`);
      console.log(
        `  performance ${m.scores.performance}  accessibility ${m.scores.accessibility}  best practices ${m.scores['best-practices']}  SEO ${m.scores.seo}`,
      );
      console.log(
        `  LCP ${(m.lcp / 1000).toFixed(2)} s  TBT ${Math.round(m.tbt)} ms  CLS ${m.cls.toFixed(3)}  transferred ${(m.bytes / 1024).toFixed(1)} KB`,
      );
      console.log(
        `  every run: performance ${runs.map((r) => r.scores.performance).join(', ')}; LCP ${runs.map((r) => (r.lcp / 1000).toFixed(2)).join(', ')} s; TBT ${runs.map((r) => Math.round(r.tbt)).join(', ')} ms; CLS ${runs.map((r) => r.cls.toFixed(3)).join(', ')}`,
      );
      const failed = [...new Set(runs.flatMap((r) => r.failed))];
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
