/**
 * Builds the Pagefind search index in every `astro build`, through Pagefind's
 * Node API, from the pages' data-pagefind-body parts only. Pagefind (its own
 * process) reads the built pages from dist/ in batches while Astro renders the
 * rest (rendered-pages.ts), then the last ones, checks that every page was read
 * once, and writes the index while the sitemap and the CMS files are written
 * (search-index-writer.ts). (Piping each rendered page's HTML to
 * it was measured and dropped: it cost the rendering more than it saved; see
 * docs/benchmarks.md.) In
 * `astro dev` it serves the index of the last build (`npm start` builds once
 * before it starts the dev server), and when content changes it writes the
 * index again with the changed pages as the dev server renders them
 * (dev-search-index.ts), so what an editor saves is found within seconds.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type IndexingResponse, type PagefindIndex } from 'pagefind';
import { nl } from '../i18n/nl.ts';
import { pagefindFolder } from '../search/contract.ts';
import { devSearchIndex } from './dev-search-index.ts';
import { setPageStartListener } from './page-start-listener.ts';
import { renderedPages, type RenderedPages } from './rendered-pages.ts';
import { readFiles, writeSearchIndex } from './search-index-writer.ts';
import { fileFor, sendFile } from './serve-file.ts';

/** Finished pages handed to Pagefind at once: about ten reads of the folder at 10,000 pages. Tests build with fewer. */
const batchSize = Math.max(1, Number(process.env.LEERNETWERK_SEARCH_BATCH_SIZE) || 1000);

export function pagefind(): AstroIntegration {
  let outDir = '';
  let root = '';
  let devIndexDir = '';
  let base = '/';
  let index: PagefindIndex | undefined;
  let readWhileRendering = false;
  const batches: Array<Promise<IndexingResponse>> = [];
  let rendered: RenderedPages | undefined;
  let writing: ReturnType<typeof writeSearchIndex> | undefined;
  return {
    name: 'leernetwerk:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-pages.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        // Several pages at once would leave half-written pages on disk while later ones start.
        readWhileRendering = config.build.concurrency === 1;
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        devIndexDir = path.join(fileURLToPath(config.cacheDir), 'pagefind-dev');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async () => {
        const created = await createIndex();
        if (!created.index) throw new Error(nl.build.searchIndexFailed(created.errors.join('; ')));
        index = created.index;
        if (!readWhileRendering) return;
        const pages = renderedPages(base, batchSize, (files) => {
          for (const batch of readFiles(index!, outDir, files)) {
            batch.catch(() => {}); // awaited, and so reported, in writeSearchIndex
            batches.push(batch);
          }
        });
        rendered = pages;
        setPageStartListener((pathname) => pages.pageStarts(pathname));
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
      // Pagefind reads the pages not read yet and writes the index while the sitemap and the CMS files are written. (dir is outDir: the site is static.)
      'astro:build:generated': ({ dir }) => {
        setPageStartListener(undefined);
        writing = writeSearchIndex(index!, fileURLToPath(dir), batches, rendered?.handedOver ?? new Set());
        writing.catch(() => {}); // awaited, and so reported, in astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        const { pages, whileRendering, readAgain } = await writing!;
        await close();
        if (readAgain) logger.warn(nl.build.searchIndexReadAgain);
        logger.info(nl.build.searchIndexWritten(pages, whileRendering));
      },
    },
  };
}
