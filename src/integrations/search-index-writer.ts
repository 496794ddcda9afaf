/**
 * Finishes the build's Pagefind index: reads the pages of dist/ that were not
 * read while rendering (rendered-pages.ts), checks that every HTML file was read
 * once, and writes the index into dist/pagefind/. Reading while rendering rests
 * on how Astro renders (one page at a time, each written before the next
 * starts); if that ever stops being true, a page could be read before it is on
 * disk, or twice. Then the count is off, and the whole folder is read again into
 * a fresh index: slower, never a page missing from search.
 */
import path from 'node:path';
import { createIndex, type IndexingResponse, type PagefindIndex } from 'pagefind';
import { htmlFilesIn } from './html-files.ts';
import { pagefindFolder } from '../search/contract.ts';
import { globsFor } from './rendered-pages.ts';

export interface SearchIndexOutcome {
  /** HTML files read into the index. */
  pages: number;
  /** Of them, read while the other pages were rendered. */
  whileRendering: number;
  /** The pages read while rendering did not add up, so the whole folder was read again. */
  readAgain: boolean;
}

const pageCount = (responses: IndexingResponse[]) => responses.reduce((pages, response) => pages + response.page_count, 0);

function throwOnErrors(responses: Array<{ errors: string[] }>): void {
  const errors = responses.flatMap((response) => response.errors);
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
}

/** Has Pagefind read these files of `dir` (paths relative to it), in globs short enough for it. */
export function readFiles(index: PagefindIndex, dir: string, files: readonly string[]): Array<Promise<IndexingResponse>> {
  return globsFor(files).map((glob) => index.addDirectory({ path: dir, glob }));
}

async function writeFiles(index: PagefindIndex, dir: string): Promise<void> {
  throwOnErrors([await index.writeFiles({ outputPath: path.join(dir, pagefindFolder) })]);
}

export async function writeSearchIndex(
  index: PagefindIndex,
  dir: string,
  batches: Array<Promise<IndexingResponse>>,
  handedOver: ReadonlySet<string>,
): Promise<SearchIndexOutcome> {
  const htmlFiles = htmlFilesIn(dir);
  // Nothing read while rendering (build.concurrency > 1, or fewer pages than a batch): the whole folder at once.
  const readAtTheEnd =
    handedOver.size === 0 ? [index.addDirectory({ path: dir })] : readFiles(index, dir, htmlFiles.filter((file) => !handedOver.has(file)));
  const whileRendering = await Promise.all(batches);
  const atTheEnd = await Promise.all(readAtTheEnd);
  throwOnErrors([...whileRendering, ...atTheEnd]);
  const pages = pageCount(whileRendering) + pageCount(atTheEnd);
  if (pages === htmlFiles.length) {
    await writeFiles(index, dir);
    return { pages, whileRendering: pageCount(whileRendering), readAgain: false };
  }
  await index.deleteIndex(); // its pages did not add up; free its memory before the second read
  const fresh = await createIndex();
  if (!fresh.index) throw new Error(`Pagefind: ${fresh.errors.join('; ')}`);
  const read = await fresh.index.addDirectory({ path: dir });
  throwOnErrors([read]);
  await writeFiles(fresh.index, dir);
  return { pages: read.page_count, whileRendering: 0, readAgain: true };
}
