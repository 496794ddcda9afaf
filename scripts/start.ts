/**
 * `npm start`: builds the site once (for the search index), then runs it on
 * http://localhost:4321/ with the content in content/, together with
 * decap-server, so the CMS at /admin/ saves straight into content/.
 */
import path from 'node:path';
import { runTogether, runToEnd } from '../tools/processes.ts';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const decapServer = path.resolve('node_modules/decap-server/dist/index.js');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

console.log('De site wordt eerst één keer gebouwd, voor de zoekfunctie ...');
try {
  await runToEnd({ name: 'astro build', command: process.execPath, args: [astro, 'build'], env });
} catch {
  // The build has said what is wrong (file, field, problem); no stack trace on top of that.
  console.error('\nDe site kon niet worden gebouwd. Herstel wat hierboven staat en start opnieuw met npm start.');
  process.exit(1);
}
console.log(`
De site draait op http://localhost:4321/ en het beheer op http://localhost:4321/admin/ (stoppen: Ctrl+C).
Wat je in het beheer opslaat, komt meteen in content/. Nieuwe teksten vind je via het zoeken pas na een nieuwe start.
`);
runTogether([
  { name: 'Astro', command: process.execPath, args: [astro, 'dev', '--host', '127.0.0.1'], env },
  {
    name: 'decap-server',
    command: process.execPath,
    args: [decapServer],
    env: { PORT: '8081', BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: process.cwd(), LOG_LEVEL: 'warn' },
  },
]);
