/** npm start moves on to the next free port, and says in plain Dutch when there is none. */
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { firstFreePort, listenOnFreePort, portsToTry, PortsInUseError } from '../../tools/ports.ts';

const servers: Server[] = [];

function occupy(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      servers.push(server);
      resolve(server);
    });
  });
}

/** Occupies `count` ports in a row on 127.0.0.1; returns the first. */
async function occupyRow(count: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await occupy(0);
    const base = (first!.address() as { port: number }).port;
    let taken = 1;
    while (taken < count && (await occupy(base + taken))) taken++;
    if (taken === count) return base;
    while (servers.length) await new Promise((resolve) => servers.pop()!.close(resolve));
  }
  throw new Error(`no ${count} free ports in a row`);
}

afterEach(async () => {
  while (servers.length) await new Promise((resolve) => servers.pop()!.close(resolve));
});

describe('free ports for npm start', () => {
  it('moves on to the next port when the wanted one is taken', async () => {
    const taken = await occupyRow(1);
    expect(await firstFreePort(taken, 'de site')).toBeGreaterThan(taken);
    const server = createServer();
    servers.push(server);
    expect(await listenOnFreePort(server, '127.0.0.1', taken, 'de lokale opslag')).toBeGreaterThan(taken);
  });

  it('says in Dutch what is wrong and what to do when all ports it tries are taken', async () => {
    const base = await occupyRow(portsToTry);
    const error = await firstFreePort(base, 'de site').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortsInUseError);
    expect((error as Error).message).toContain(`Poort ${base} is bezet`);
    expect((error as Error).message).toContain('dus de site kan niet starten');
    expect((error as Error).message).toContain('Start daarna opnieuw met npm start');
    const server = createServer();
    const listening = await listenOnFreePort(server, '127.0.0.1', base, 'de lokale opslag voor het beheer').catch((caught: unknown) => caught);
    expect(listening).toBeInstanceOf(PortsInUseError);
    expect(server.listening).toBe(false);
  });
});
