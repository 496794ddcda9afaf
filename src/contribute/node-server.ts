/**
 * A plain Node server for self-hosting: the built site (dist/) with its
 * security headers, and the endpoint at `contribute.endpoint`. Run with
 * `npm run contribute:server` (scripts/contribute-server.ts); tests start it
 * on a free port.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor, fileFor } from '../integrations/serve-file.ts';
import { headersForPath } from '../security/csp.ts';
import type { ContributeHandler } from './handler.ts';
import { handleNodeRequest } from './node-http.ts';

export interface ContributeServerOptions {
  handler: ContributeHandler;
  /** The path the form posts to, e.g. /api/delen. */
  endpointPath: string;
  /** The built site to serve beside the endpoint; none serves only the endpoint. */
  siteDir?: string;
  port?: number;
  host?: string;
}

export interface ContributeServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function startContributeServer(options: ContributeServerOptions): Promise<ContributeServer> {
  const siteDir = options.siteDir && path.resolve(options.siteDir);
  const server = createServer((request, response) => {
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    const { pathname } = new URL(request.url ?? '/', origin);
    if (pathname === options.endpointPath || pathname === `${options.endpointPath}/`) {
      handleNodeRequest(options.handler, request, response, origin).catch((error) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500).end();
      });
      return;
    }
    if (!siteDir) {
      response.writeHead(404).end();
      return;
    }
    const headers = headersForPath(pathname);
    if (!pathname.endsWith('/') && !path.extname(pathname) && existsSync(path.join(siteDir, pathname, 'index.html'))) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const file = fileFor(siteDir, pathname);
    const served = file ?? path.join(siteDir, '404.html');
    response.writeHead(file ? 200 : 404, { 'Content-Type': contentTypeFor(served), ...headers });
    if (request.method === 'HEAD' || !existsSync(served)) {
      response.end();
      return;
    }
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
