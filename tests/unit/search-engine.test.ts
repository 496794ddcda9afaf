import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/client/engine.ts';
import type { FilterCounts, Pagefind, PagefindOptions, PagefindSearch } from '../../src/search/client/pagefind.ts';
import { stateFromParams } from '../../src/search/url-state.ts';

interface FakePage {
  id: string;
  words: string[];
  /** Score per word, so partial matches can be ranked. */
  score?: number;
  filters?: Record<string, string>;
}

/**
 * A Pagefind stand-in: a page matches when it holds every word of the term
 * and every filter. It counts per filter value only for the filters it has
 * "loaded": "soort" once a search filters on it, all of them after filters().
 */
function fakePagefind(pages: FakePage[]) {
  const calls: Array<{ term: string | null; options: PagefindOptions }> = [];
  const loaded = new Set<string>();
  let filterIndexLoads = 0;
  const matchesFilters = (page: FakePage, filters: PagefindOptions['filters']) =>
    Object.entries(filters).every(([key, { any }]) => any.includes(page.filters?.[key] ?? ''));
  const count = (found: FakePage[]): FilterCounts => {
    const counts: FilterCounts = {};
    for (const key of loaded) {
      counts[key] = {};
      for (const page of found) {
        const value = page.filters?.[key];
        if (value) counts[key][value] = (counts[key][value] ?? 0) + 1;
      }
    }
    return counts;
  };
  const pagefind: Pagefind = {
    async search(term, options) {
      calls.push({ term, options });
      for (const key of Object.keys(options.filters)) loaded.add(key);
      const words = term ? term.toLowerCase().split(' ') : [];
      const found = pages.filter((page) => words.every((word) => page.words.includes(word)) && matchesFilters(page, options.filters));
      const search: PagefindSearch = {
        results: found.map((page) => ({
          id: page.id,
          score: page.score ?? 1,
          data: async () => ({ url: `/${page.id}/`, excerpt: '', meta: {} }),
        })),
        filters: count(found),
      };
      return search;
    },
    async filters() {
      filterIndexLoads += 1;
      for (const page of pages) for (const key of Object.keys(page.filters ?? {})) loaded.add(key);
      return count(pages);
    },
  };
  return { pagefind, calls, filterIndexLoads: () => filterIndexLoads };
}

const state = (query: string) => stateFromParams(new URLSearchParams(query));
const kinds = ['prototype', 'les', 'expert'];

describe('the search engine', () => {
  it('searches for the meaningful words only, and keeps to pages with all of them when there are enough', async () => {
    const fake = fakePagefind([
      { id: 'a', words: ['rust', 'klas'] },
      { id: 'b', words: ['rust', 'klas'] },
      { id: 'c', words: ['rust', 'klas'] },
      { id: 'd', words: ['rust'] },
    ]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=wie+weet+iets+van+rust+klas'));
    expect(outcome?.results.map((result) => result.id)).toEqual(['a', 'b', 'c']);
    expect(outcome).toMatchObject({ words: ['rust', 'klas'], relaxed: false, partialOnly: false });
    expect(fake.calls.map((call) => call.term)).toEqual(['rust klas']);
  });

  it('adds pages with some of the words, best total score first, when fewer than 3 pages hold every word', async () => {
    const fake = fakePagefind([
      { id: 'all', words: ['rust', 'klas'] },
      { id: 'rust-only', words: ['rust'], score: 1 },
      { id: 'klas-only', words: ['klas'], score: 5 },
    ]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=rust+klas'));
    expect(outcome?.results.map((result) => result.id)).toEqual(['all', 'klas-only', 'rust-only']);
    expect(outcome).toMatchObject({ relaxed: true, partialOnly: false });
    expect(fake.calls.map((call) => call.term)).toEqual(['rust klas', 'rust', 'klas']);
  });

  it('says when no page holds every word, so the page can tell the visitor', async () => {
    const fake = fakePagefind([{ id: 'rust-only', words: ['rust'] }]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=rust+klas'));
    expect(outcome?.results.map((result) => result.id)).toEqual(['rust-only']);
    expect(outcome).toMatchObject({ relaxed: true, partialOnly: true });
  });

  it('never relaxes a one-word search', async () => {
    const fake = fakePagefind([{ id: 'a', words: ['rust'] }]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=rust'));
    expect(outcome).toMatchObject({ relaxed: false });
    expect(fake.calls).toHaveLength(1);
  });

  it('passes the chosen filters to Pagefind, and sorts on date only when asked', async () => {
    const fake = fakePagefind([]);
    const engine = createSearchEngine(fake.pagefind, kinds);
    await engine.search(state('q=rust&werkgebied=heiloo&werkgebied=bergen&soort=les&sortering=datum'));
    await engine.search(state('q=rust&thema=autisme'));
    expect(fake.calls.map((call) => call.options)).toEqual([
      { filters: { soort: { any: ['les'] }, werkgebied: { any: ['heiloo', 'bergen'] } }, sort: { datum: 'desc' } },
      { filters: { thema: { any: ['autisme'] } } },
    ]);
  });

  it('searches on filters alone when there is no query', async () => {
    const fake = fakePagefind([{ id: 'a', words: [], filters: { soort: 'les' } }, { id: 'b', words: [], filters: { soort: 'expert' } }]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('soort=les'));
    expect(fake.calls[0]?.term).toBeNull();
    expect(outcome?.results.map((result) => result.id)).toEqual(['a']);
  });

  it('gives no outcome when Pagefind gives no answer', async () => {
    const pagefind: Pagefind = { search: async () => null, filters: async () => ({}) };
    expect(await createSearchEngine(pagefind, kinds).search(state('q=rust'))).toBeNull();
  });

  it('counts only the "soort" filter until every filter is needed, by filtering on every kind', async () => {
    const pages = [
      { id: 'a', words: ['rust'], filters: { soort: 'les', werkgebied: 'heiloo' } },
      { id: 'b', words: ['rust'], filters: { soort: 'expert', werkgebied: 'bergen' } },
    ];
    const fake = fakePagefind(pages);
    const engine = createSearchEngine(fake.pagefind, kinds);
    const counts = await engine.counts(state('q=rust&sortering=datum'), false);
    expect(fake.calls.at(-1)).toEqual({ term: 'rust', options: { filters: { soort: { any: kinds } } } });
    expect(counts).toEqual({ soort: { les: 1, expert: 1 } });
    expect(fake.filterIndexLoads()).toBe(0);
    expect(engine.allFiltersLoaded).toBe(false);
  });

  it('loads every filter once when another filter group is open, and then counts them all without the extra kind filter', async () => {
    const fake = fakePagefind([
      { id: 'a', words: ['rust'], filters: { soort: 'les', werkgebied: 'heiloo' } },
      { id: 'b', words: ['rust'], filters: { soort: 'expert', werkgebied: 'heiloo' } },
    ]);
    const engine = createSearchEngine(fake.pagefind, kinds);
    const counts = await engine.counts(state('q=rust&werkgebied=heiloo'), true);
    expect(engine.allFiltersLoaded).toBe(true);
    expect(fake.calls.at(-1)?.options).toEqual({ filters: { werkgebied: { any: ['heiloo'] } } });
    expect(counts).toEqual({ soort: { les: 1, expert: 1 }, werkgebied: { heiloo: 2 } });
    await engine.counts(state('q=rust'), true);
    expect(fake.filterIndexLoads()).toBe(1);
  });

  it('keeps a chosen kind filter as it is when counting', async () => {
    const fake = fakePagefind([{ id: 'a', words: ['rust'], filters: { soort: 'les' } }]);
    await createSearchEngine(fake.pagefind, kinds).counts(state('q=rust&soort=les'), false);
    expect(fake.calls.at(-1)?.options).toEqual({ filters: { soort: { any: ['les'] } } });
  });

  it('counts every filter value over the whole site before anything is searched', async () => {
    const fake = fakePagefind([{ id: 'a', words: [], filters: { soort: 'les', thema: 'autisme' } }]);
    expect(await createSearchEngine(fake.pagefind, kinds).allCounts()).toEqual({ soort: { les: 1 }, thema: { autisme: 1 } });
  });
});
