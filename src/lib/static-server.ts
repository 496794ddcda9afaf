/**
 * A tiny static file server for a built site, for tests, screenshots and the
 * benchmark. Serves dist/ like a static host does: index.html for folders,
 * 404.html for what is missing, and optional extra headers (such as the CSP).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Headers sent with every response. */
  headers?: Record<string, string>;
  port?: number;
  /** Files served instead of what is on disk, by URL path (tests use it to swap in another config). */
  overrides?: Record<string, { body: string; type: string }>;
}

/** The file a static host would serve for `pathname` under `root`, if any. */
export function fileFor(root: string, pathname: string): string | undefined {
  const safe = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const override = options.overrides?.[pathname];
    if (override) {
      response.writeHead(200, { 'Content-Type': override.type, ...options.headers }).end(override.body);
      return;
    }
    // A folder without its trailing slash redirects, as static hosts do.
    if (!pathname.endsWith('/') && !path.extname(pathname) && existsSync(path.join(absoluteRoot, pathname, 'index.html'))) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const file = fileFor(absoluteRoot, pathname);
    const status = file ? 200 : 404;
    const served = file ?? path.join(absoluteRoot, '404.html');
    const type = contentTypes[path.extname(served)] ?? 'application/octet-stream';
    response.writeHead(status, { 'Content-Type': type, ...options.headers });
    if (request.method === 'HEAD' || !existsSync(served)) {
      response.end();
      return;
    }
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
