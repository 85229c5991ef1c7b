// A CPU profile of a phone's first visit (412×823, the CPU slowed 4× as Lighthouse's mobile run assumes),
// from the navigation until the page has been quiet for a while, summarised by function, and its long
// tasks (≥ 50 ms under the slowdown: what Lighthouse's total blocking time adds up). Not a benchmark; a
// tool to find what the main thread does after the first paint.
//
//   npx vite build --minify false --outDir /tmp/unminified     (readable function names)
//   DIST=/tmp/unminified PORT=4313 npx tsx e2e/bench/load-profile.ts
//
// Env: DIST (a built dist folder, default dist/), PORT (default 4177), QUERY (default ?view=outlook),
//      TOP (rows printed, default 40), SLOWDOWN (CPU slowdown, default 4), WAIT (ms recorded after the
//      navigation, default 6000), SAVE (a file to write the .cpuprofile to, for DevTools).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { ROOT } from '../preview-server.ts';
import { summarise, tasks, type Profile } from './profile-summary.ts';

const DIST = path.resolve(process.env.DIST ?? path.join(ROOT, 'dist'));
const PORT = Number(process.env.PORT ?? 4177);
const QUERY = process.env.QUERY ?? '?view=outlook';
const TOP = Number(process.env.TOP ?? 40);
const SLOWDOWN = Number(process.env.SLOWDOWN ?? 4);
const WAIT = Number(process.env.WAIT ?? 6000);

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
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    // Long tasks with what the page was doing: Lighthouse counts each one's time beyond 50 ms.
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${url}${QUERY}`);
    await page.waitForTimeout(WAIT);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const long = await page.evaluate(() => (window as unknown as { __long: { start: number; duration: number }[] }).__long);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const blocking = long.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    console.log(
      `first contentful paint ${fcp.toFixed(0)} ms; blocking time after it (long tasks' time beyond 50 ms) ${blocking.toFixed(0)} ms`,
    );
    console.log(`long tasks: ${long.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(', ')}`);
    if (process.env.SAVE) writeFileSync(process.env.SAVE, JSON.stringify(profile));
    tasks(profile, DIST, 50);
    summarise(profile, DIST, TOP);
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
