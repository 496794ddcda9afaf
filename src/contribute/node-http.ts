/** Node's http request and response as a standard Request and Response, for the handler in Node (own server, npm start). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ContributeHandler } from './handler.ts';

export function webRequest(request: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(new URL(request.url ?? '/', origin), {
    method: request.method,
    headers,
    body: hasBody ? (Readable.toWeb(request) as ReadableStream) : undefined,
    // Needed for a streamed body in Node's fetch.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

export async function sendWebResponse(response: Response, target: ServerResponse): Promise<void> {
  target.writeHead(response.status, Object.fromEntries(response.headers));
  target.end(Buffer.from(await response.arrayBuffer()));
}

/** Runs the handler for one Node request; the client's address (for the rate limit) from the socket. */
export async function handleNodeRequest(handler: ContributeHandler, request: IncomingMessage, response: ServerResponse, origin: string): Promise<void> {
  const answer = await handler(webRequest(request, origin), { address: request.socket.remoteAddress });
  await sendWebResponse(answer, response);
}
