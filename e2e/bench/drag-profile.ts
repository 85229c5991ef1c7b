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
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { ROOT } from '../preview-server.ts';
import { quantile, summarise, type Profile } from './profile-summary.ts';

const DIST = path.resolve(process.env.DIST ?? path.join(ROOT, 'dist'));
const PORT = Number(process.env.PORT ?? 4175);
const QUERY = process.env.QUERY ?? '&bands=off';
const TOP = Number(process.env.TOP ?? 40);
const MOVES = Number(process.env.MOVES ?? 120);
const PROFILE = process.env.PROFILE !== '0';
const REPEAT = Number(process.env.REPEAT ?? 1);

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
    if (profile) {
      console.log(
        `input → drawn under the profiler: n=${drawn.length} p50 ${quantile(drawn, 0.5).toFixed(1)} ms p95 ${quantile(drawn, 0.95).toFixed(1)} ms`,
      );
      summarise(profile, DIST, TOP);
    } else
      console.log(`input → drawn: n=${drawn.length} p50 ${quantile(drawn, 0.5).toFixed(1)} ms p95 ${quantile(drawn, 0.95).toFixed(1)} ms`);
    await context.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
