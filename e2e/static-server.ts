// A plain static file server for e2e/offline.spec.ts: serves a folder under a sub-path (to prove the
// relative build and the service worker's scope work there), and can be stopped to cut the network for
// real. No compression, no SPA fallback: a missing file is a 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
};

export interface StaticServer {
  /** e.g. http://localhost:41234/suginami/outlook/ */
  readonly url: string;
  /** Paths requested, relative to the sub-path. */
  readonly requests: string[];
  stop(): Promise<void>;
}

/** Serves `root` at http://localhost:<free port>/<prefix>/ (a new port: a new origin, with no service worker yet). */
export async function serveFolder(root: string, prefix = 'suginami/outlook/'): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(`/${prefix}`)) {
      res.writeHead(404).end();
      return;
    }
    let relative = pathname.slice(prefix.length + 1);
    requests.push(relative);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.join(root, relative);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/${prefix}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
