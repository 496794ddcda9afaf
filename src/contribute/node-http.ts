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

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The client's address, for the rate limit: the socket's. Behind a proxy on
 * this computer (the README's HOST 127.0.0.1 with HTTPS in front) every
 * socket is the proxy's, so all senders would share one count; then the last
 * address in X-Forwarded-For counts, the one the proxy added. What a client
 * wrote there itself stands before it, and a client that connects directly
 * from elsewhere is never asked.
 */
export function clientAddress(request: Pick<IncomingMessage, 'headers'> & { socket: { remoteAddress?: string | undefined } }): string | undefined {
  const socket = request.socket.remoteAddress;
  const forwarded = request.headers['x-forwarded-for'];
  if (!socket || !loopback.has(socket) || !forwarded) return socket;
  const added = [forwarded].flat().join(',').split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return added ?? socket;
}

/** Runs the handler for one Node request, with the client's address for the rate limit. */
export async function handleNodeRequest(handler: ContributeHandler, request: IncomingMessage, response: ServerResponse, origin: string): Promise<void> {
  const answer = await handler(webRequest(request, origin), { address: clientAddress(request) });
  await sendWebResponse(answer, response);
}
