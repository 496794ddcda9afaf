/** The part of Pagefind's browser API the search page uses, and loading it from the built site. */
import { pagefindStartFiles } from '../contract.ts';

/** What a result shows: its link, Pagefind's excerpt and the meta keys of contract.ts. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values: `{ soort: ['les'], thema: ['autisme'] }`. */
  filters?: Record<string, string[] | undefined>;
  /** Positions of the matched words in `raw_content`, counted in words split on white space. */
  locations?: number[];
  /** The indexed text of the page. */
  raw_content?: string;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
/** Number of results per filter value: `{ werkgebied: { heiloo: 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindOptions {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
  search(term: string | null, options: PagefindOptions): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule extends Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/**
 * Loads the index Pagefind wrote into the site at `base` (the site's base path).
 * `noWorker`: Pagefind searches in the page itself, not in a Web Worker. The
 * worker's own script is one more download before the first search can start,
 * and the worker cannot use the WebAssembly the page preloaded: on a phone
 * connection (100 ms round trip) the first results came about 0.35 s sooner
 * without it, with no longer tasks on the page (docs/benchmarks.md).
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const module: PagefindModule = await import(/* @vite-ignore */ `${base}${pagefindStartFiles.script}`);
  await module.options({ baseUrl: base, excerptLength: 24, noWorker: true });
  await module.init();
  return module;
}
