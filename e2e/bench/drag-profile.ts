// A CPU profile of the TFR slider's drag (the workspace, 1920×1080), summarised by function: where the
// main thread's time goes while the charts are redrawn. Not a benchmark (numbers under a profiler are
// slower); a tool to find what a redraw does.
//
//   npx vite build --minify false --outDir /tmp/unminified     (readable function names)
//   DIST=/tmp/unminified PORT=4312 QUERY='&bands=off' npx tsx e2e/bench/drag-profile.ts
//
// Env: DIST (a built dist folder, default dist/), PORT (default 4175), QUERY (added to ?view=outlook,
//      default '&bands=off'), TOP (rows printed, default 40), MOVES (pointer moves, default 120),
//      SAVE (a file to write the .cpuprofile to, for DevTools), PROFILE=0 (the drag's timings alone, no
//      profiler: e.g. to set two builds side by side), REPEAT (drags, each on a fresh page, default 1).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { ROOT } from '../preview-server.ts';

const DIST = path.resolve(process.env.DIST ?? path.join(ROOT, 'dist'));
const PORT = Number(process.env.PORT ?? 4175);
const QUERY = process.env.QUERY ?? '&bands=off';
const TOP = Number(process.env.TOP ?? 40);
const MOVES = Number(process.env.MOVES ?? 120);
const PROFILE = process.env.PROFILE !== '0';
const REPEAT = Number(process.env.REPEAT ?? 1);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // gone
    }
  };
  process.on('exit', stop);
  const url = `http://localhost:${PORT}/`;
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}): is port ${PORT} in use?`);
    if (i === 300) throw new Error(`vite preview did not answer on ${url}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    for (let r = 0; r < REPEAT; r++) await once(browser, url);
  } finally {
    await browser.close();
    stop();
  }
}

async function once(browser: Browser, url: string): Promise<void> {
  {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.route('**/duckdb-eh*.wasm', () => {});
    // How often the URL is written during the drag, and what each write costs.
    await page.addInitScript(() => {
      const w = window as unknown as { __history: number[] };
      w.__history = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        const t = performance.now();
        replace(...args);
        w.__history.push(performance.now() - t);
      };
    });
    await page.goto(`${url}?view=outlook${QUERY}`);
    await page.locator('[data-chart="pyramid"][data-status="ready"]').waitFor();
    if (QUERY.includes('b.')) await page.locator('[data-chart="difference"][data-status="ready"]').waitFor();
    if (!QUERY.includes('bands=off')) await page.locator('[data-area="total-band80"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const slider = page.locator('#tfr-range');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const thumb = box.x + box.width * (0.99 / 3);
    await page.evaluate(() => performance.clearMeasures());
    await page.mouse.move(thumb, y);
    await page.mouse.down();
    await page.evaluate(() => ((window as unknown as { __history: number[] }).__history = []));
    if (PROFILE) await cdp.send('Profiler.start');
    for (let i = 1; i <= MOVES; i++) {
      const f = i <= MOVES / 2 ? i / (MOVES / 2) : 2 - i / (MOVES / 2);
      await page.mouse.move(thumb + (box.x + box.width - thumb) * f, y);
      await page.waitForTimeout(16);
    }
    const { profile } = PROFILE ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }) : { profile: null };
    await page.mouse.up();
    const drawn = await page.evaluate(() => performance.getEntriesByName('outlook:input→drawn').map((e) => e.duration));
    const writes = await page.evaluate(() => (window as unknown as { __history: number[] }).__history);
    console.log(`history.replaceState during the drag: ${writes.length} calls, ${writes.map((x) => x.toFixed(1)).join(', ')} ms`);
    if (profile && process.env.SAVE) writeFileSync(process.env.SAVE, JSON.stringify(profile));
    if (profile) summarise(profile, drawn);
    else
      console.log(`input → drawn: n=${drawn.length} p50 ${quantile(drawn, 0.5).toFixed(1)} ms p95 ${quantile(drawn, 0.95).toFixed(1)} ms`);
    await context.close();
  }
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** The module a line of a built chunk belongs to (an unminified build marks each with a `// path` comment). */
const modules = new Map<string, string[]>();
function moduleOf(url: string, line: number): string {
  const file = url.replace(/^.*\//, '').replace(/\?.*$/, '');
  if (!file) return '(native)';
  if (!modules.has(file)) {
    const where = path.join(DIST, 'assets', file);
    const byLine: string[] = [];
    if (existsSync(where)) {
      let current = file;
      readFileSync(where, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const m = /^\/\/ ((?:src|worker|node_modules)\/\S+)/.exec(text);
          if (m) current = m[1].replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+).*$/, '$1');
          byLine[i] = current;
        });
    }
    modules.set(file, byLine);
  }
  return modules.get(file)![line] ?? file;
}

function summarise(profile: Profile, drawn: number[]): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const label = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\//, '') : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  const selfByModule = new Map<string, number>();
  const appOwner = new Map<string, number>();
  let all = 0;
  let idle = 0;
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') {
      idle += t;
      continue;
    }
    all += t;
    selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + t);
    const mod = moduleOf(n.callFrame.url, n.callFrame.lineNumber);
    selfByModule.set(mod, (selfByModule.get(mod) ?? 0) + t);
    // The innermost frame of the app's own code (src/): who asked for this time.
    let owner = '(no app frame)';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const m = moduleOf(f.url, f.lineNumber);
      if (m.startsWith('src/')) {
        owner = `${m} ${f.functionName || '(anonymous)'}`;
        break;
      }
    }
    appOwner.set(owner, (appOwner.get(owner) ?? 0) + t);
    // Inclusive: once per distinct label on the stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      totalBy.set(l, (totalBy.get(l) ?? 0) + t);
    }
  }
  console.log(
    `input → drawn under the profiler: n=${drawn.length} p50 ${quantile(drawn, 0.5).toFixed(1)} ms p95 ${quantile(drawn, 0.95).toFixed(1)} ms`,
  );
  console.log(`busy ${all.toFixed(0)} ms, idle/program ${idle.toFixed(0)} ms`);
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [l, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`  ${t.toFixed(1).padStart(8)} ms ${((100 * t) / all).toFixed(1).padStart(5)} %  ${l}`);
  };
  print('self time', selfBy);
  print('self time by module', selfByModule);
  print('by the innermost app (src/) frame on the stack', appOwner);
  print('total time (inclusive)', totalBy);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
