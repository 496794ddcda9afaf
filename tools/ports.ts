/** Finding a free port on this computer for `npm start` and the tests, with a plain Dutch message when there is none. */
import { createServer, type Server } from 'node:net';
import { nl } from '../src/i18n/nl.ts';

/** How many ports after the wanted one are tried. */
export const portsToTry = 20;

export class PortsInUseError extends Error {
  readonly port: number;
  constructor(what: string, port: number) {
    super(nl.start.portsInUse(port, portsToTry - 1, what));
    this.name = 'PortsInUseError';
    this.port = port;
  }
}

/** Listens on `host:port`; rejects with the error (EADDRINUSE when the port is taken). */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      server.off('listening', done);
      reject(error);
    };
    const done = () => {
      server.off('error', fail);
      resolve();
    };
    server.once('error', fail);
    server.once('listening', done);
    server.listen(port, host);
  });
}

const isInUse = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EADDRINUSE' || (error as NodeJS.ErrnoException).code === 'EACCES';

/** Whether nothing listens on `port` at `host`. A host this computer does not have (no IPv6) counts as free. */
async function isFree(port: number, host: string): Promise<boolean> {
  const probe = createServer();
  try {
    await listen(probe, port, host);
    await new Promise((resolve) => probe.close(resolve));
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT';
  }
}

/**
 * The first port from `wanted` on that is free on 127.0.0.1 and on [::1], so
 * "localhost" in the browser cannot reach another program on that port.
 * For a server this process does not start itself (Astro runs as a child).
 */
export async function firstFreePort(wanted: number, what: string): Promise<number> {
  for (let port = wanted; port < wanted + portsToTry; port++) {
    if ((await isFree(port, '127.0.0.1')) && (await isFree(port, '::1'))) return port;
  }
  throw new PortsInUseError(what, wanted);
}

/** Makes `server` (an http server too) listen on the first free port from `wanted` on at `host`; returns the port. Pass 0 for any free port. */
export async function listenOnFreePort(
  server: Server,
  host: string,
  wanted: number,
  what: string,
): Promise<number> {
  const last = wanted === 0 ? 0 : wanted + portsToTry - 1;
  for (let port = wanted; port <= last; port++) {
    try {
      await listen(server, port, host);
      const address = server.address();
      return typeof address === 'object' && address ? address.port : port;
    } catch (error) {
      if (!isInUse(error) || port === last) {
        if (isInUse(error)) throw new PortsInUseError(what, wanted);
        throw error;
      }
    }
  }
  throw new PortsInUseError(what, wanted);
}
