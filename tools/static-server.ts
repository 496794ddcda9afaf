/**
 * A tiny static file server for a built site, for tests, screenshots and the
 * benchmark. Serves dist/ like a static host does: index.html for folders,
 * 404.html for what is missing, and optional extra headers (such as the CSP).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor, fileFor } from '../src/integrations/serve-file.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Headers sent with every response, or made per path (as a static host applies its header rules). */
  headers?: Record<string, string> | ((pathname: string) => Record<string, string>);
  port?: number;
  /** Files served instead of what is on disk, by URL path (tests use it to swap in another config). */
  overrides?: Record<string, { body: string; type: string }>;
}

export function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const headers = typeof options.headers === 'function' ? options.headers(pathname) : options.headers;
    const override = options.overrides?.[pathname];
    if (override) {
      response.writeHead(200, { 'Content-Type': override.type, ...headers }).end(override.body);
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
    const type = contentTypeFor(served);
    response.writeHead(status, { 'Content-Type': type, ...headers });
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
