/** Where the build's middleware (pagefind-pages.ts) hands rendered pages to the Pagefind integration (pagefind.ts). */
const key = Symbol.for('leernetwerk.pagefindPages');
/** Resolves when the page may go on: when many pages are still waiting for Pagefind, not before one is read. */
type PageCollector = (pathname: string, html: string) => Promise<void>;
type WithCollector = typeof globalThis & { [key]?: PageCollector };

export function setPageCollector(collect: PageCollector | undefined): void {
  (globalThis as WithCollector)[key] = collect;
}

export function pageCollector(): PageCollector | undefined {
  return (globalThis as WithCollector)[key];
}
