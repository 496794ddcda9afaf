/**
 * Which built pages Pagefind may read while Astro still renders the rest. Astro
 * renders one page at a time and writes it to dist/ before it starts the next
 * (build.concurrency 1, the default), so when a page starts, every page before
 * it is on disk. The build-only middleware (pagefind-pages.ts) reports each
 * start; once `batchSize` finished pages have gathered, they go to Pagefind as
 * globs. The last pages, and any HTML file not made from a page path in the
 * usual way, are read at the end (search-index-writer.ts).
 */

/** Astro's output file for a page path (trailingSlash 'always', format 'directory'); undefined for other paths. */
export function pageFile(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base) || !pathname.endsWith('/')) return undefined;
  try {
    return `${decodeURIComponent(pathname.slice(base.length))}index.html`;
  } catch {
    return undefined; // a malformed %-escape: not handed over, so read at the end
  }
}

/** Pagefind refused globs from about 200,000 characters on ("did not parse as a valid glob"), a few thousand page files: half that is safe. */
const maxGlobLength = 100_000;

/**
 * Globs (Pagefind's glob syntax) that together match exactly these files, relative
 * to the site folder: as few as possible, each short enough for Pagefind to accept.
 */
export function globsFor(files: readonly string[], maxLength = maxGlobLength): string[] {
  const groups: string[][] = [];
  let length = Infinity; // of the last group's glob, `{a,b}`
  for (const file of files.map((name) => name.replace(/[\\{}[\]*?,<>]/g, '\\$&'))) {
    if (length + file.length + 1 > maxLength) {
      groups.push([]);
      length = 1;
    }
    groups.at(-1)!.push(file);
    length += file.length + 1;
  }
  return groups.map((group) => (group.length === 1 ? group[0]! : `{${group.join(',')}}`));
}

export interface RenderedPages {
  /** A page starts rendering: the one before it is on disk. */
  pageStarts(pathname: string): void;
  /** Files handed over so far. */
  readonly handedOver: ReadonlySet<string>;
}

/** Gathers finished pages and calls `handOver` with each full batch of file names. */
export function renderedPages(base: string, batchSize: number, handOver: (files: string[]) => void): RenderedPages {
  const handedOver = new Set<string>();
  let finished: string[] = [];
  let rendering: string | undefined;
  return {
    handedOver,
    pageStarts(pathname) {
      if (rendering) finished.push(rendering);
      rendering = pageFile(pathname, base);
      if (finished.length < batchSize) return;
      for (const file of finished) handedOver.add(file);
      handOver(finished);
      finished = [];
    },
  };
}
