/** Where the build's middleware (pagefind-pages.ts) hands rendered pages to the Pagefind integration (pagefind.ts). */
const key = Symbol.for('leernetwerk.pagefindPages');
type PageCollector = (pathname: string, html: string) => void;
type WithCollector = typeof globalThis & { [key]?: PageCollector };

export function setPageCollector(collect: PageCollector | undefined): void {
  (globalThis as WithCollector)[key] = collect;
}

export function pageCollector(): PageCollector | undefined {
  return (globalThis as WithCollector)[key];
}
