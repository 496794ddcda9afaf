/**
 * `npm run contribute:server`: the built site (dist/) and the /delen/
 * endpoint on one Node server, for self-hosting. Contributions become pull
 * or merge requests on the git host with LEERNETWERK_CONTRIBUTE_TOKEN; PORT
 * (default 8080) and HOST (default 127.0.0.1, behind a proxy) set where it
 * listens. See "Delen zonder account" in the README.
 */
import { hostedHandler } from '../src/contribute/hosted.ts';
import { startContributeServer } from '../src/contribute/node-server.ts';
import { contributeEnv } from '../src/contribute/settings.ts';
import { nl } from '../src/i18n/nl.ts';
import site from '../src/site.config.ts';

const endpoint = site.contribute.endpoint.startsWith('/') ? site.contribute.endpoint : new URL(site.contribute.endpoint).pathname;
if (!process.env[contributeEnv.token]) console.warn(nl.contribute.tokenMissing(contributeEnv.token));
const server = await startContributeServer({
  handler: hostedHandler(process.env),
  endpointPath: endpoint,
  siteDir: process.env.LEERNETWERK_OUT_DIR ?? 'dist',
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(nl.contribute.serverRunning(`${server.url}${site.basePath}`));
