// A CPU profile (Chromium's Profiler domain) summarised for a reader: the benchmark tools' shared part.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** The module a line of a built chunk belongs to (an unminified build marks each with a `// path` comment). */
const modules = new Map<string, string[]>();
function moduleOf(dist: string, url: string, line: number): string {
  const file = url.replace(/^.*\//, '').replace(/\?.*$/, '');
  if (!file) return '(native)';
  if (!modules.has(file)) {
    const where = path.join(dist, 'assets', file);
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

/** Prints where a profile's time went: by function (self and inclusive), by module, and by the innermost
 * app (src/) frame on the stack. `dist` is the build the profiled page loaded (its modules' names). */
export function summarise(profile: Profile, dist: string, top = 40): void {
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
    const mod = moduleOf(dist, n.callFrame.url, n.callFrame.lineNumber);
    selfByModule.set(mod, (selfByModule.get(mod) ?? 0) + t);
    // The innermost frame of the app's own code (src/): who asked for this time.
    let owner = '(no app frame)';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const m = moduleOf(dist, f.url, f.lineNumber);
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
  console.log(`busy ${all.toFixed(0)} ms, idle/program ${idle.toFixed(0)} ms`);
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [l, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${t.toFixed(1).padStart(8)} ms ${((100 * t) / all).toFixed(1).padStart(5)} %  ${l}`);
  };
  print('self time', selfBy);
  print('self time by module', selfByModule);
  print('by the innermost app (src/) frame on the stack', appOwner);
  print('total time (inclusive)', totalBy);
}

/** Prints the profile's tasks of at least `min` ms (runs of samples with no idle one between them; `(program)`,
 * the browser's own work such as style and layout, counts as busy), each with the app (src/) frames and the
 * modules that took most of it: what a long task was doing. */
export function tasks(profile: Profile, dist: string, min = 50): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ownerOf = (id: number) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const m = moduleOf(dist, f.url, f.lineNumber);
      if (m.startsWith('src/')) return `${m} ${f.functionName || '(anonymous)'}`;
    }
    const n = byId.get(id)!.callFrame;
    return n.functionName === '(program)' ? '(program)' : '(no app frame)';
  };
  let at = 0;
  type Run = { start: number; end: number; owners: Map<string, number> };
  let run: Run | null = null;
  const done: Run[] = [];
  for (const [i, id] of profile.samples.entries()) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    at += dt;
    const idle = byId.get(id)!.callFrame.functionName === '(idle)';
    if (idle) {
      if (run) done.push(run);
      run = null;
      continue;
    }
    run ??= { start: at - dt, end: at, owners: new Map() };
    run.end = at;
    const owner = ownerOf(id);
    run.owners.set(owner, (run.owners.get(owner) ?? 0) + dt);
  }
  if (run) done.push(run);
  const long = done.filter((r) => r.end - r.start >= min);
  console.log(
    `\ntasks of ${min} ms or more: ${long.length}, their time beyond ${min} ms ${long.reduce((s, r) => s + r.end - r.start - min, 0).toFixed(0)} ms`,
  );
  for (const r of long) {
    const top = [...r.owners].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(
      `  at ${r.start.toFixed(0).padStart(6)} ms, ${(r.end - r.start).toFixed(0).padStart(4)} ms: ${top.map(([o, t]) => `${o} ${t.toFixed(0)}`).join(' · ')}`,
    );
  }
}
