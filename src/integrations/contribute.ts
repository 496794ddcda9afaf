/**
 * The endpoint of /delen/ inside `npm start` (astro dev): the same handler as
 * on the hosts, saving each contribution as a draft in content/
 * (src/contribute/local.ts), so the redactie finds it in the CMS. At build
 * nothing is added: the hosts run the handler as a function.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { localHandler } from '../contribute/local.ts';
import { handleNodeRequest } from '../contribute/node-http.ts';
import site from '../site.config.ts';

export function contribute(): AstroIntegration {
  return {
    name: 'leernetwerk:contribute',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const endpoint = site.contribute.endpoint;
        // A full address means a server elsewhere; locally only a path on the site is served.
        if (!endpoint.startsWith('/')) return;
        const root = server.config.root;
        const contentDir = path.resolve(root, process.env.LEERNETWERK_CONTENT_DIR ?? 'content');
        const handler = localHandler({ repoDir: root, contentDir });
        const handle = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (pathname !== endpoint && pathname !== `${endpoint}/`) return next();
          handleNodeRequest(handler, request, response, `http://${request.headers.host ?? 'localhost'}`).catch(next);
        };
        // First in line, once Astro has put its own middleware in front (it would answer /api/delen, without
        // a trailing slash, with a 404 page): Astro does that after this hook, before the server listens.
        const putFirst = () => server.middlewares.stack.unshift({ route: '', handle: handle as never });
        if (server.httpServer) server.httpServer.once('listening', putFirst);
        else putFirst();
      },
    },
  };
}
