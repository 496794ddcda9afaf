/**
 * A stand-in for a git host's API on 127.0.0.1, for the few calls the /delen/
 * endpoint makes: each route answers with what the test says, every request
 * is recorded (method, path with query, JSON body, authorization) so a test
 * can assert each one. Anything not routed answers 404, as a missing file or
 * branch does on the real hosts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
  authorization: string | undefined;
}

export interface Route {
  method: string;
  /** The path with its query, exactly, or a pattern. */
  path: string | RegExp;
  status?: number;
  body?: unknown;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export function startGitHostStandIn(routes: Route[]): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      requests.push({ method: request.method ?? '', path, body: text ? JSON.parse(text) : undefined, authorization: request.headers.authorization });
      const route = routes.find(
        (candidate) => candidate.method === request.method && (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path)),
      );
      response.writeHead(route ? (route.status ?? 200) : 404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(route ? (route.body ?? {}) : { message: 'Not Found' }));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
