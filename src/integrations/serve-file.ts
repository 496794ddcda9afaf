/**
 * Serving a built file the way a static host does, for the dev-server
 * middlewares of the integrations (the search index, the CMS files) and for
 * the test server in tools/. Only looks inside the folder it is given.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
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

export const contentTypeFor = (file: string) => contentTypes[path.extname(file)] ?? 'application/octet-stream';

/** The file a static host would serve for `pathname` under `root`, if any. */
export function fileFor(root: string, pathname: string): string | undefined {
  const safe = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Streams `file` as the response, with its content type. */
export function sendFile(response: ServerResponse, file: string, status = 200, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': contentTypeFor(file), ...headers });
  createReadStream(file).pipe(response);
}
