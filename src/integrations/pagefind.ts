/**
 * Builds the Pagefind search index at the end of every `astro build`, through
 * Pagefind's Node API, from the pages' data-pagefind-body parts only. In
 * `astro dev` it serves the index of the last build, so search works while
 * editing (`npm start` builds once before it starts the dev server).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { nl } from '../i18n/nl.ts';
import { fileFor, sendFile } from './serve-file.ts';

export const pagefindFolder = 'pagefind';

export function pagefind(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'leernetwerk:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}${pagefindFolder}/`;
        const indexDir = path.join(outDir, pagefindFolder);
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(prefix)) return next();
          const file = fileFor(indexDir, pathname.slice(prefix.length));
          if (!file) {
            logger.warn(nl.build.noSearchIndex(indexDir));
            response.statusCode = 404;
            response.end();
            return;
          }
          sendFile(response, file);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        if (!index) throw new Error(nl.build.searchIndexFailed(errors.join('; ')));
        const indexed = await index.addDirectory({ path: siteDir });
        if (indexed.errors.length > 0) throw new Error(`Pagefind: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(siteDir, pagefindFolder) });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(nl.build.searchIndexWritten(indexed.page_count));
      },
    },
  };
}
