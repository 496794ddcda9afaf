/**
 * Builds the Pagefind search index in every `astro build`, through Pagefind's
 * Node API, from the pages' data-pagefind-body parts only. Each page goes to
 * Pagefind as soon as it is rendered (pagefind-pages.ts), so Pagefind reads
 * pages beside the rendering; at the end it writes the index. In
 * `astro dev` it serves the index of the last build (`npm start` builds once
 * before it starts the dev server), and when content changes it writes the
 * index again with the changed pages as the dev server renders them
 * (dev-search-index.ts), so what an editor saves is found within seconds.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type NewFileResponse, type PagefindIndex } from 'pagefind';
import { nl } from '../i18n/nl.ts';
import { devSearchIndex } from './dev-search-index.ts';
import { setPageCollector } from './pagefind-collector.ts';
import { fileFor, sendFile } from './serve-file.ts';

export const pagefindFolder = 'pagefind';

/**
 * Rendered pages that may wait for Pagefind at once (about 13 MB of searchable parts): a bound on
 * memory if Pagefind falls behind, wide enough that rendering does not wait for it (64 made a
 * 2,000-entry build 4 s slower).
 */
const maxPagesOnTheirWay = 1000;

async function writeIndex(index: PagefindIndex, added: Array<Promise<NewFileResponse>>, outputPath: string): Promise<void> {
  const errors = (await Promise.all(added)).flatMap((response) => response.errors);
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
}

export function pagefind(): AstroIntegration {
  let outDir = '';
  let root = '';
  let devIndexDir = '';
  let base = '/';
  let index: PagefindIndex | undefined;
  const added: Array<Promise<NewFileResponse>> = [];
  const waiting = new Set<Promise<NewFileResponse>>();
  let writing: Promise<void> | undefined;
  return {
    name: 'leernetwerk:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // Each rendered page goes to Pagefind at once (pagefind-pages.ts), so Pagefind reads it beside the rendering.
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-pages.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        devIndexDir = path.join(fileURLToPath(config.cacheDir), 'pagefind-dev');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async () => {
        const created = await createIndex();
        if (!created.index) throw new Error(nl.build.searchIndexFailed(created.errors.join('; ')));
        index = created.index;
        // The URL as Pagefind would make it from the file in dist/: the site path without the base path.
        setPageCollector(async (pathname, content) => {
          const response = index!.addHTMLFile({ url: `/${pathname.slice(base.length)}`, content });
          added.push(response);
          waiting.add(response);
          const done = () => void waiting.delete(response);
          response.then(done, done);
          // Back-pressure: pages waiting in the pipe to Pagefind take memory; rendering waits while too many are on their way.
          while (waiting.size > maxPagesOnTheirWay) await Promise.race(waiting).catch(() => {});
        });
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
      // Pagefind writes the index (in its own process) while the sitemap and the CMS files are written.
      'astro:build:generated': ({ dir }) => {
        setPageCollector(undefined);
        writing = writeIndex(index!, added, path.join(fileURLToPath(dir), pagefindFolder));
        writing.catch(() => {}); // awaited, and so reported, in astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        await writing;
        await close();
        logger.info(nl.build.searchIndexWritten(added.length));
      },
    },
  };
}
