// A static file server for a built Storybook, on 127.0.0.1 and a free port:
// what the story check (stories.test.ts) opens in Chromium. Only GET and HEAD,
// only files under `root`; anything else is a 404, which the check counts as
// a failed request.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` until closed, and `extra` (URL path → file)
 * besides them.
 */
export async function serveStatic(
  root: string,
  extra: Record<string, string> = {},
): Promise<StaticServer> {
  const base = normalize(root) + sep;
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Chromium asks every origin for /favicon.ico; Storybook's is an SVG.
    if (path === '/favicon.ico') path = '/favicon.svg';
    const file =
      extra[path] ?? normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    let size = -1;
    try {
      if (file.startsWith(base) || extra[path])
        size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {}
    if ((req.method !== 'GET' && req.method !== 'HEAD') || size < 0) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      // Cached: each story's page loads the same preview bundle; a cache makes that cheap.
      'cache-control': 'public, max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
