/** Where the build's middleware (pagefind-pages.ts) reaches the Pagefind integration (pagefind.ts). */
const key = Symbol.for('leernetwerk.pageStartListener');
type PageStartListener = (pathname: string) => void;
type WithListener = typeof globalThis & { [key]?: PageStartListener };

export function setPageStartListener(listener: PageStartListener | undefined): void {
  (globalThis as WithListener)[key] = listener;
}

export function pageStartListener(): PageStartListener | undefined {
  return (globalThis as WithListener)[key];
}
