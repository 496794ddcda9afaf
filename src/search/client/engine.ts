/**
 * The search itself, without the page: turns a search state into Pagefind
 * searches, adds pages with some of the words when few hold them all, and
 * counts results per filter value. Pagefind is passed in, so tests can fake it.
 */
import { filterKey, sortKey, sortOrder } from '../contract.ts';
import { searchWords } from '../query.ts';
import { pagefindFilters, type SearchState } from '../url-state.ts';
import type { FilterCounts, Pagefind, PagefindOptions, PagefindResult } from './pagefind.ts';

/** Below this many pages with every word, pages with some of the words are added. */
export const minimumResults = 3;

export interface SearchOutcome {
  /** Pages with every word first, then (when `relaxed`) pages with some of them. */
  results: PagefindResult[];
  /** The words searched for, to mark in the results. */
  words: string[];
  /** Pages with some of the words were added; Pagefind's counts no longer fit these results. */
  relaxed: boolean;
  /** No page holds every word: all results are partial matches. */
  partialOnly: boolean;
}

/**
 * @param kinds every value of the "soort" filter (read from the page, so the
 *   browser needs no list of kinds of its own)
 */
export function createSearchEngine(pagefind: Pagefind, kinds: readonly string[]) {
  // Until a filter group other than "soort" is opened, only the small "soort" filter index loads:
  // filtering on every kind changes no result, but makes Pagefind load and count that one filter.
  let allFiltersLoaded = false;
  const countingFilters = (filters: PagefindOptions['filters']): PagefindOptions['filters'] =>
    allFiltersLoaded || filters[filterKey.kind] ? filters : { ...filters, [filterKey.kind]: { any: [...kinds] } };

  return {
    /** Counts per filter value over the whole site, for a page with no search yet. */
    allCounts: (): Promise<FilterCounts> => pagefind.filters(),

    /** The results for a state with a query or filters; null when Pagefind gives no answer. */
    async search(state: SearchState): Promise<SearchOutcome | null> {
      const words = searchWords(state.query);
      const options: PagefindOptions = {
        filters: pagefindFilters(state),
        ...(state.sort === sortOrder.newest ? { sort: { [sortKey]: 'desc' as const } } : {}),
      };
      const search = await pagefind.search(words.join(' ') || null, options);
      if (!search) return null;
      // Few pages hold every word: add those with some of the words, best first.
      const relaxed = words.length > 1 && search.results.length < minimumResults;
      const results = relaxed ? await withPartialMatches(pagefind, search.results, words, options) : search.results;
      return { results, words, relaxed, partialOnly: relaxed && search.results.length === 0 };
    },

    /**
     * Results per filter value for a state, for the filters Pagefind has loaded. With
     * `loadAll` (a filter group other than "soort" is open) it first loads every filter.
     */
    async counts(state: SearchState, loadAll: boolean): Promise<FilterCounts | undefined> {
      if (loadAll && !allFiltersLoaded) {
        await pagefind.filters();
        allFiltersLoaded = true;
      }
      const filters = countingFilters(pagefindFilters(state));
      const counted = await pagefind.search(searchWords(state.query).join(' ') || null, { filters });
      return counted?.filters;
    },

    /** Whether every filter is loaded, so counts are known for every filter group. */
    get allFiltersLoaded() {
      return allFiltersLoaded;
    },
  };
}
export type SearchEngine = ReturnType<typeof createSearchEngine>;

/**
 * The pages with every word first, then pages with some of the words,
 * ranked by their scores for each word added up.
 */
async function withPartialMatches(
  pagefind: Pagefind,
  complete: PagefindResult[],
  words: string[],
  options: PagefindOptions,
): Promise<PagefindResult[]> {
  const searches = await Promise.all(words.map((word) => pagefind.search(word, options)));
  const partial = new Map<string, PagefindResult>();
  for (const search of searches) {
    for (const result of search?.results ?? []) {
      const seen = partial.get(result.id);
      partial.set(result.id, { ...result, score: (seen?.score ?? 0) + result.score });
    }
  }
  const completeIds = new Set(complete.map((result) => result.id));
  const extra = [...partial.values()].filter((result) => !completeIds.has(result.id)).sort((a, b) => b.score - a.score);
  return [...complete, ...extra];
}
