/**
 * `npm start`: builds the site once (for the search index), then runs it on
 * http://localhost:4321/ (or the next free port) with the content in
 * content/, together with the CMS's local backend (decap-server behind a
 * guard, tools/local-cms-backend.ts), so the CMS at /admin/ saves straight
 * into content/ and public/uploads/, and nowhere else. The dev server also
 * runs the /delen/ endpoint (src/integrations/contribute.ts), which saves
 * what is shared as a draft in content/.
 */
import path from 'node:path';
import { adminFolder } from '../src/cms/admin-files.ts';
import { nl } from '../src/i18n/nl.ts';
import site from '../src/site.config.ts';
import { startLocalCmsBackend, type LocalCmsBackend } from '../tools/local-cms-backend.ts';
import { firstFreePort, PortsInUseError } from '../tools/ports.ts';
import { runTogether, runToEnd } from '../tools/processes.ts';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const wantedDevPort = 4321;
const wantedBackendPort = 8081;

const messages = nl.start;

console.log(messages.building);
try {
  await runToEnd({ name: 'astro build', command: process.execPath, args: [astro, 'build'], env });
} catch {
  // The build has said what is wrong (file, field, problem); no stack trace on top of that.
  console.error(`\n${messages.buildFailed}`);
  process.exit(1);
}

let devPort: number;
let backend: LocalCmsBackend;
try {
  devPort = await firstFreePort(wantedDevPort, messages.theSite);
  backend = await startLocalCmsBackend({
    repoDir: process.cwd(),
    devPort,
    port: wantedBackendPort,
    onRefuse: (problem) => console.warn(messages.refused(problem)),
  });
} catch (error) {
  if (!(error instanceof PortsInUseError)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}

/** Astro prints the address it really uses ("Local  http://127.0.0.1:4321/"); it moves on when a port is taken. */
const localAddress = /Local\s+http:\/\/(?:127\.0\.0\.1|localhost):(\d+)\//;
const ansiCodes = /\u001b\[[0-9;]*m/g;
let shownPort: number | undefined;
let pending = '';

function watchAstroOutput(text: string): void {
  pending = (pending + text.replace(ansiCodes, '')).slice(-2000);
  const match = localAddress.exec(pending);
  if (!match) return;
  pending = '';
  const port = Number(match[1]);
  if (port === shownPort) return;
  shownPort = port;
  backend.setDevPort(port);
  const address = `http://localhost:${port}${site.basePath}`;
  const moved = port === wantedDevPort ? '' : messages.portMoved(wantedDevPort, port);
  console.log(messages.running(moved, address, `${address}${adminFolder}/`));
}

runTogether(
  [
    {
      name: 'Astro',
      command: process.execPath,
      args: [astro, 'dev', '--host', '127.0.0.1', '--port', String(devPort)],
      env: { ...env, LEERNETWERK_CMS_LOCAL_URL: backend.apiUrl },
      onOutput: watchAstroOutput,
    },
  ],
  { onStop: () => backend.close(), stoppedMessage: messages.stopped },
);
