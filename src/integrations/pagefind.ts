/**
 * Builds the Pagefind search index in every `astro build`, through Pagefind's
 * Node API, from the pages' data-pagefind-body parts only. Pagefind reads the
 * built pages from dist/ and writes the index while the sitemap and the CMS
 * files are written. (Handing it each page as it was rendered was measured and
 * dropped: the Pagefind process then competes with rendering for the cores,
 * and builds of 1,000 to 10,000 entries took longer; see docs/benchmarks.md.) In
 * `astro dev` it serves the index of the last build (`npm start` builds once
 * before it starts the dev server), and when content changes it writes the
 * index again with the changed pages as the dev server renders them
 * (dev-search-index.ts), so what an editor saves is found within seconds.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { nl } from '../i18n/nl.ts';
import { devSearchIndex } from './dev-search-index.ts';
import { fileFor, sendFile } from './serve-file.ts';

export const pagefindFolder = 'pagefind';

/** Reads the built pages in `dir` and writes the index into its pagefind folder; says how many pages it holds. */
async function writeIndex(index: PagefindIndex, dir: string): Promise<number> {
  const read = await index.addDirectory({ path: dir });
  if (read.errors.length > 0) throw new Error(`Pagefind: ${read.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(dir, pagefindFolder) });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  return read.page_count;
}

export function pagefind(): AstroIntegration {
  let outDir = '';
  let root = '';
  let devIndexDir = '';
  let base = '/';
  let index: PagefindIndex | undefined;
  let writing: Promise<number> | undefined;
  return {
    name: 'leernetwerk:pagefind',
    hooks: {
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
      // Pagefind (in its own process) reads the pages and writes the index while the sitemap and the CMS files are written.
      'astro:build:generated': ({ dir }) => {
        writing = writeIndex(index!, fileURLToPath(dir));
        writing.catch(() => {}); // awaited, and so reported, in astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        const pages = await writing!;
        await close();
        logger.info(nl.build.searchIndexWritten(pages));
      },
    },
  };
}
