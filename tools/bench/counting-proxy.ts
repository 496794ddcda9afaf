/**
 * An HTTP proxy in front of the static server that counts what goes over the
 * wire. Counting here, rather than from the browser's own figures, includes
 * what a Web Worker would fetch (Pagefind no longer searches in one, but a
 * page could start one) and leaves out what the browser took from its cache,
 * which never reaches the proxy.
 */
import { request as httpRequest, createServer, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface ServedResponse {
  /** Path and query, as requested: /pagefind/wasm.nl.pagefind */
  path: string;
  contentType: string;
  /** Status line, headers and body, as sent (uncompressed). */
  bytes: number;
  /** The same with the body gzipped, as most hosts send it; a body that does not shrink counts as it is. */
  gzipBytes: number;
}

export interface CountingProxy {
  url: string;
  /** The responses served since the last call. */
  take(): ServedResponse[];
  /** Resolves once no response has been open for `quietMs` (or after `timeoutMs`). */
  idle(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function headerBytes(statusCode: number, rawHeaders: string[]): number {
  let bytes = `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode] ?? ''}\r\n\r\n`.length;
  for (let i = 0; i < rawHeaders.length; i += 2) bytes += `${rawHeaders[i]}: ${rawHeaders[i + 1]}\r\n`.length;
  return bytes;
}

export function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  let served: ServedResponse[] = [];
  let open = 0;
  let lastActivity = performance.now();
  const server = createServer((incoming, outgoing) => {
    open++;
    lastActivity = performance.now();
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (response) => {
        const chunks: Buffer[] = [];
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          outgoing.write(chunk);
        });
        response.on('end', () => {
          outgoing.end();
          const body = Buffer.concat(chunks);
          const headers = headerBytes(response.statusCode ?? 502, response.rawHeaders);
          served.push({
            path: incoming.url ?? '',
            contentType: String(response.headers['content-type'] ?? ''),
            bytes: headers + body.length,
            gzipBytes: headers + (body.length > 0 ? Math.min(body.length, gzipSync(body).length) : 0),
          });
          open--;
          lastActivity = performance.now();
        });
      },
    );
    upstream.on('error', () => {
      outgoing.writeHead(502).end();
      open--;
    });
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        take() {
          const taken = served;
          served = [];
          return taken;
        },
        async idle(quietMs = 500, timeoutMs = 15_000) {
          const until = performance.now() + timeoutMs;
          while (performance.now() < until && (open > 0 || performance.now() - lastActivity < quietMs)) {
            await new Promise((done) => setTimeout(done, 50));
          }
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
