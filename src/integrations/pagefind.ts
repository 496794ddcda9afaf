/**
 * Builds the Pagefind search index at the end of every `astro build`, through
 * Pagefind's Node API, from the pages' data-pagefind-body parts only. In
 * `astro dev` it serves the index of the last build (`npm start` builds once
 * before it starts the dev server), and when content changes it writes the
 * index again with the changed pages as the dev server renders them
 * (dev-search-index.ts), so what an editor saves is found within seconds.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { nl } from '../i18n/nl.ts';
import { devSearchIndex } from './dev-search-index.ts';
import { fileFor, sendFile } from './serve-file.ts';

export const pagefindFolder = 'pagefind';

export function pagefind(): AstroIntegration {
  let outDir = '';
  let root = '';
  let devIndexDir = '';
  let base = '/';
  return {
    name: 'leernetwerk:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        devIndexDir = path.join(fileURLToPath(config.cacheDir), 'pagefind-dev');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}${pagefindFolder}/`;
        const buildIndexDir = path.join(outDir, pagefindFolder);
        // An index from an earlier editing session is older than the build npm start just made.
        rmSync(devIndexDir, { recursive: true, force: true });
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(prefix)) return next();
          const indexDir = existsSync(devIndexDir) ? devIndexDir : buildIndexDir;
          const file = fileFor(indexDir, pathname.slice(prefix.length));
          if (!file) {
            logger.warn(nl.build.noSearchIndex(indexDir));
            response.statusCode = 404;
            response.end();
            return;
          }
          sendFile(response, file, 200, { 'Cache-Control': 'no-store' });
        });

        const origin = () => server.resolvedUrls?.local[0]?.replace(/\/$/, '');
        const refresher = devSearchIndex({
          buildDir: outDir,
          contentDir: path.resolve(root, process.env.LEERNETWERK_CONTENT_DIR ?? 'content'),
          outputPath: devIndexDir,
          async fetchPage(sitePath) {
            const response = await fetch(`${origin()}${base}${sitePath.slice(1)}`);
            if (response.status === 404) return null;
            if (!response.ok) throw new Error(`${sitePath}: HTTP ${response.status}`);
            return response.text();
          },
          onUpdated: (changed) => logger.info(nl.devSearch.updated(changed)),
          onFailed: (error) => logger.warn(nl.devSearch.failed(error instanceof Error ? error.message : String(error))),
        });
        server.watcher.on('all', (event, file) => {
          if (event === 'add' || event === 'change' || event === 'unlink') refresher.contentChanged(file);
        });
        server.httpServer?.on('close', () => void close());
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
