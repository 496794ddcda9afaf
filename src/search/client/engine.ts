/**
 * The search itself, without the page: turns a search state into Pagefind
 * searches, keeps only pages that really hold the words, ranks whole words
 * and their forms above parts of words, names words found nowhere, adds pages
 * with some of the words when few hold them all, and counts results per
 * filter value. Pagefind is passed in, so tests can fake it.
 *
 * Why not one Pagefind search for the whole query: Pagefind matches on the
 * start of words and, for a word it does not know, on a shorter word it does
 * know ("Sofie" finds "so" in "so-school"), and it silently drops a word that
 * matches nothing ("xyzqq autisme" gives the results for "autisme"). So each
 * word is searched twice: as a quoted phrase (whole words and their Dutch
 * stem only) and plain (also longer words); a page found only by the plain
 * search stays when the word it holds is a form of the searched word
 * (src/search/word-match.ts).
 */
import { sortKey, sortOrder, filterKey } from '../contract.ts';
import { searchWords } from '../query.ts';
import { hasFilters, pagefindFilters, type SearchState } from '../url-state.ts';
import { textMatches } from '../word-match.ts';
import type { FilterCounts, Pagefind, PagefindOptions, PagefindResult, PagefindResultData } from './pagefind.ts';

/** Below this many pages with every word, pages with some of the words are added. */
export const minimumResults = 3;

/**
 * Per word, at most this many pages that Pagefind found by part of a word are
 * checked (each check loads the page's text); the rest follow the checked
 * ones. Pages with the whole word are never limited.
 */
export const partMatchCheckLimit = 40;

/** Pagefind's filter counts are corrected for at most this many pages (each loads its data); beyond that, no counts. */
export const countCorrectionLimit = 40;

/** The search page shows this many results as soon as their data is loaded, then the rest of the page. */
export const firstResultsShown = 5;

export interface SearchOutcome {
  /** Pages with every word first, then (when `relaxed`) pages with some of them. */
  results: PagefindResult[];
  /** The words searched for, to mark in the results; words found nowhere are not among them. */
  words: string[];
  /** Words of the query that occur nowhere on the site: left out, and named on the page. */
  ignored: string[];
  /** Pages with some of the words were added. */
  relaxed: boolean;
  /** No page holds every word: all results are partial matches. */
  partialOnly: boolean;
}

/** A page that holds a word, and whether as a whole word (or its stem) or only as part of a longer word. */
interface WordMatch {
  result: PagefindResult;
  whole: boolean;
}

interface RankedPage {
  result: PagefindResult;
  /** How many of the searched words the page holds. */
  words: number;
  /** How many of them as whole words or stems. */
  whole: number;
  /** Pagefind's scores for each word, added up. */
  score: number;
}

/** Pagefind splits a page's text into words on white space; `locations` count in those words. */
const wordSeparators = /[^\S\uFEFF]+/;

/** Whether the words Pagefind matched on a page include a real form of `word`. */
export function holdsWord(data: PagefindResultData, word: string): boolean {
  const pieces = (data.raw_content ?? '').split(wordSeparators);
  return (data.locations ?? []).some((location) => textMatches(pieces[location] ?? '', word));
}

/**
 * The pages that hold `word`, by Pagefind id; null when Pagefind gives no answer.
 * With `shownFirst` (a search for this one word, best results first), the data of
 * the whole-word pages that will show first loads while the other pages are
 * checked, instead of after: one wait less on a slow connection.
 */
async function pagesWith(pagefind: Pagefind, word: string, options: PagefindOptions, shownFirst = false): Promise<Map<string, WordMatch> | null> {
  const plain = word.replaceAll('"', '');
  const [whole, loose] = await Promise.all([pagefind.search(`"${plain}"`, options), pagefind.search(plain, options)]);
  if (!whole || !loose) return null;
  const wholeIds = new Set(whole.results.map((result) => result.id));
  const found = new Map<string, WordMatch>();
  const partOnly: PagefindResult[] = [];
  for (const result of loose.results) {
    if (wholeIds.has(result.id)) found.set(result.id, { result, whole: true });
    else partOnly.push(result);
  }
  const toCheck = partOnly.slice(0, partMatchCheckLimit);
  if (shownFirst && toCheck.length > 0) {
    // Pagefind keeps what it loaded, so the page's own request later gets it at once. Errors show up there.
    for (const { result } of [...found.values()].slice(0, firstResultsShown)) result.data().catch(() => {});
  }
  const checked = await Promise.all(toCheck.map(async (result) => (holdsWord(await result.data(), plain) ? result : undefined)));
  const kept = checked.filter((result) => result !== undefined);
  // Beyond the limit: kept when every checked page held a real form of the word (Pagefind matched longer words), else left out.
  if (kept.length === toCheck.length) kept.push(...partOnly.slice(partMatchCheckLimit));
  for (const result of kept) found.set(result.id, { result, whole: false });
  // The quoted search ranks nothing (every score is 1); such a page missing from the plain search comes last.
  for (const result of whole.results) if (!found.has(result.id)) found.set(result.id, { result: { ...result, score: 0 }, whole: true });
  return found;
}

const bySearchQuality = (a: RankedPage, b: RankedPage) => b.words - a.words || b.whole - a.whole || b.score - a.score;

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

  /** Pagefind ids in date order, newest first, for the pages that pass `filters`. */
  async function dateOrder(filters: PagefindOptions['filters']): Promise<Map<string, number>> {
    const dated = await pagefind.search(null, { filters, sort: { [sortKey]: 'desc' } });
    return new Map((dated?.results ?? []).map((result, index) => [result.id, index]));
  }

  return {
    /** Counts per filter value over the whole site, for a page with no search yet. */
    allCounts: (): Promise<FilterCounts> => pagefind.filters(),

    /** The results for a state with a query or filters; null when Pagefind gives no answer. */
    async search(state: SearchState): Promise<SearchOutcome | null> {
      const filters = pagefindFilters(state);
      const newestFirst = state.sort === sortOrder.newest;
      const words = searchWords(state.query);
      if (words.length === 0) {
        // Without words no page matches better than another: newest first, whatever the sort, rather than
        // the order in which the build happened to read the pages into the index.
        const search = await pagefind.search(null, { filters, sort: { [sortKey]: 'desc' } });
        return search && { results: search.results, words: [], ignored: [], relaxed: false, partialOnly: false };
      }

      // With one word, the whole-word pages come first in Pagefind's order (bySearchQuality).
      const oneWordByQuality = words.length === 1 && !newestFirst;
      const perWord = await Promise.all(words.map((word) => pagesWith(pagefind, word, { filters }, oneWordByQuality)));
      const ignored: string[] = [];
      for (const [index, pages] of perWord.entries()) {
        if (!pages) return null;
        if (pages.size > 0) continue;
        // Not under these filters may still be elsewhere on the site: only a word found nowhere is left out.
        const anywhere = hasFilters(state) ? await pagesWith(pagefind, words[index]!, { filters: {} }) : pages;
        if (anywhere?.size === 0) ignored.push(words[index]!);
      }
      const searched = words.filter((word) => !ignored.includes(word));
      if (searched.length === 0) return { results: [], words: [], ignored, relaxed: false, partialOnly: false };

      const ranked = new Map<string, RankedPage>();
      for (const pages of perWord.filter((_, index) => !ignored.includes(words[index]!))) {
        for (const { result, whole } of pages!.values()) {
          const page = ranked.get(result.id) ?? { result, words: 0, whole: 0, score: 0 };
          ranked.set(result.id, { ...page, words: page.words + 1, whole: page.whole + Number(whole), score: page.score + result.score });
        }
      }
      const complete = [...ranked.values()].filter((page) => page.words === searched.length);
      // Few pages hold every word: add those with some of the words, the most words first.
      const relaxed = searched.length > 1 && complete.length < minimumResults;
      const pages = relaxed ? [...ranked.values()] : complete;
      if (newestFirst) {
        const order = await dateOrder(filters);
        const position = (page: RankedPage) => order.get(page.result.id) ?? Number.MAX_SAFE_INTEGER;
        pages.sort((a, b) => b.words - a.words || position(a) - position(b));
      } else {
        pages.sort(bySearchQuality);
      }
      return {
        results: pages.map((page) => ({ ...page.result, score: page.score })),
        words: searched,
        ignored,
        relaxed,
        partialOnly: relaxed && complete.length === 0,
      };
    },

    /**
     * Results per filter value for a state, for the filters Pagefind has loaded. With
     * `loadAll` (a filter group other than "soort" is open) it first loads every filter.
     * Given the outcome of the search, it corrects Pagefind's counts (made for its own
     * search of the words) for the pages the outcome left out (a fragment of a word) or
     * added (pages with some of the words), from those pages' filter values; with too
     * many of those it gives no counts rather than wrong ones.
     */
    async counts(state: SearchState, loadAll: boolean, outcome?: SearchOutcome): Promise<FilterCounts | undefined> {
      if (loadAll && !allFiltersLoaded) {
        await pagefind.filters();
        allFiltersLoaded = true;
      }
      const filters = countingFilters(pagefindFilters(state));
      const words = outcome ? outcome.words : searchWords(state.query);
      if (outcome && outcome.ignored.length > 0 && words.length === 0) return undefined;
      const counted = await pagefind.search(words.join(' ') || null, { filters });
      if (!counted || !outcome) return counted?.filters;
      const shown = new Set(outcome.results.map((result) => result.id));
      const countedIds = new Set(counted.results.map((result) => result.id));
      const left = counted.results.filter((result) => !shown.has(result.id));
      const added = outcome.results.filter((result) => !countedIds.has(result.id));
      if (left.length + added.length > countCorrectionLimit) return undefined;
      const counts: FilterCounts = Object.fromEntries(Object.entries(counted.filters).map(([key, values]) => [key, { ...values }]));
      const correct = async (results: PagefindResult[], step: number) => {
        for (const data of await Promise.all(results.map((result) => result.data()))) {
          for (const [key, values] of Object.entries(data.filters ?? {})) {
            const perValue = counts[key];
            if (!perValue) continue;
            for (const value of values ?? []) perValue[value] = Math.max(0, (perValue[value] ?? 0) + step);
          }
        }
      };
      await correct(left, -1);
      await correct(added, 1);
      return counts;
    },

    /** Whether every filter is loaded, so counts are known for every filter group. */
    get allFiltersLoaded() {
      return allFiltersLoaded;
    },
  };
}
export type SearchEngine = ReturnType<typeof createSearchEngine>;

