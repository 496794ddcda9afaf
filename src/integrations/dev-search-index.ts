/**
 * While editing (`npm start`, `astro dev`) the search index follows the
 * content: when a file under content/ is saved (by the CMS or an editor),
 * the page of that entry is fetched from the dev server, and the index is
 * written again from the last build's pages with the fetched ones in their
 * place, into a folder of its own (the build's index in dist/ stays as it
 * was). Changes within a second are taken together. An entry that is gone
 * or a draft (the dev server answers 404) leaves the index.
 *
 * Chosen for being simple: rendering one page in the dev server and
 * indexing ~100 pages takes a few seconds. What it does not do: when a
 * thema's synonyms change, other pages that carry them are only indexed
 * anew by the next build.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createIndex } from 'pagefind';
import { collectionNames, collections, type CollectionName } from '../schemas/index.ts';
import { htmlFilesIn } from './html-files.ts';

/** The site path (without base path) of the page of a content file, if it is an entry: content/lessen/x.md is /lessen/x/. */
export function pagePathOfContentFile(contentDir: string, file: string): string | undefined {
  const relative = path.relative(contentDir, file).split(path.sep);
  if (relative.length !== 2 || relative[0]!.startsWith('..')) return undefined;
  const [folder, name] = relative as [string, string];
  if (!(collectionNames as readonly string[]).includes(folder) || name.startsWith('.')) return undefined;
  const id = name.replace(/\.[^.]+$/, '');
  if (id === name || id === '') return undefined;
  return `/${collections[folder as CollectionName].segment}/${id}/`;
}

/** The site path of a built HTML file: lessen/x/index.html is /lessen/x/. */
const pagePathOfBuiltFile = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Writes a Pagefind index of the built pages in `buildDir`, with `changed`
 * (site path to HTML, or null for a page that is gone) instead of the built
 * version. Returns the number of pages indexed.
 */
export async function writeIndexWithChanges(buildDir: string, changed: ReadonlyMap<string, string | null>, outputPath: string): Promise<number> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(errors.join('; '));
  const pages = new Map<string, string>();
  for (const file of htmlFilesIn(buildDir).filter((name) => !name.startsWith('admin/'))) {
    pages.set(pagePathOfBuiltFile(file), readFileSync(path.join(buildDir, file), 'utf8'));
  }
  for (const [sitePath, html] of changed) {
    if (html === null) pages.delete(sitePath);
    else pages.set(sitePath, html);
  }
  let count = 0;
  for (const [url, content] of pages) {
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    count += 1;
  }
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
  return count;
}

export interface DevSearchIndexOptions {
  buildDir: string;
  contentDir: string;
  /** Where the refreshed index goes; the dev server serves it from there once it exists. */
  outputPath: string;
  /** Fetches a page from the dev server: its HTML, or null when it does not exist (404). */
  fetchPage: (sitePath: string) => Promise<string | null>;
  onUpdated: (changed: string[]) => void;
  onFailed: (error: unknown) => void;
  /** How long to wait for more changes before indexing. */
  delay?: number;
}

/** Follows content changes; `contentChanged(file)` for each file the dev server's watcher reports. */
export function devSearchIndex(options: DevSearchIndexOptions) {
  const { delay = 1000 } = options;
  /** Every page fetched this session: later changes must not undo earlier ones. */
  const changed = new Map<string, string | null>();
  const waiting = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  async function refresh(): Promise<void> {
    const paths = [...waiting];
    waiting.clear();
    for (const sitePath of paths) changed.set(sitePath, await options.fetchPage(sitePath));
    await writeIndexWithChanges(options.buildDir, changed, options.outputPath);
    options.onUpdated(paths);
  }

  return {
    contentChanged(file: string): void {
      const sitePath = pagePathOfContentFile(options.contentDir, file);
      if (!sitePath) return;
      waiting.add(sitePath);
      clearTimeout(timer);
      timer = setTimeout(() => {
        // One refresh at a time; changes that come in meanwhile wait for the next.
        running = running.then(refresh).catch(options.onFailed);
      }, delay);
    },
    /** Resolves when the refreshes started so far are done (for tests). */
    settled: () => running,
  };
}
