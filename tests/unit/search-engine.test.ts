import { describe, expect, it, vi } from 'vitest';
import { createSearchEngine, firstResultsShown, partMatchCheckLimit } from '../../src/search/client/engine.ts';
import type { FilterCounts, Pagefind, PagefindOptions, PagefindSearch } from '../../src/search/client/pagefind.ts';
import { stateFromParams } from '../../src/search/url-state.ts';

interface FakePage {
  id: string;
  /** The words of the page, in order (its indexed text). */
  words: string[];
  /** Score per word, so partial matches can be ranked. */
  score?: number;
  filters?: Record<string, string>;
  /** Pagefind's fallback: for a term in no word of the index, the shorter word of this page it matches instead. */
  fallback?: Record<string, string>;
  /** The page's data arrives only when this settles (a slow download). */
  dataArrives?: Promise<void>;
}

/**
 * A Pagefind stand-in. A quoted term matches whole words only; a plain term
 * also matches longer words that start with it, and the page's fallback word.
 * A term that matches nothing anywhere is dropped, as Pagefind does. It counts
 * per filter value only for the filters it has "loaded": "soort" once a search
 * filters on it, all of them after filters(). Result data gives the page's text
 * and the positions of the matched words.
 */
function fakePagefind(pages: FakePage[]) {
  const calls: Array<{ term: string | null; options: PagefindOptions }> = [];
  const dataLoads: string[] = [];
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
  /** Positions of the words of `page` that `term` matches. */
  const positions = (page: FakePage, term: string, quoted: boolean) =>
    page.words.flatMap((word, index) => {
      const lower = word.toLowerCase();
      const hit = quoted ? lower === term : lower.startsWith(term) || page.fallback?.[term] === word;
      return hit ? [index] : [];
    });
  const pagefind: Pagefind = {
    async search(term, options) {
      calls.push({ term, options });
      for (const key of Object.keys(options.filters)) loaded.add(key);
      const quoted = term?.startsWith('"') ?? false;
      const allTerms = term ? term.replaceAll('"', '').toLowerCase().split(' ') : [];
      const terms = allTerms.filter((one) => pages.some((page) => positions(page, one, quoted).length > 0));
      if (allTerms.length > 0 && terms.length === 0) return { results: [], filters: count([]) };
      const found = pages.filter((page) => terms.every((one) => positions(page, one, quoted).length > 0) && matchesFilters(page, options.filters));
      const search: PagefindSearch = {
        results: found.map((page) => ({
          id: page.id,
          score: quoted ? 1 : (page.score ?? 1),
          data: async () => {
            dataLoads.push(page.id);
            await page.dataArrives;
            return {
            url: `/${page.id}/`,
            excerpt: '',
            meta: {},
            filters: Object.fromEntries(Object.entries(page.filters ?? {}).map(([key, value]) => [key, [value]])),
            raw_content: page.words.join(' '),
            locations: terms.flatMap((one) => positions(page, one, quoted)),
            };
          },
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
  return { pagefind, calls, filterIndexLoads: () => filterIndexLoads, dataLoads: () => [...dataLoads] };
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
    expect(outcome).toMatchObject({ words: ['rust', 'klas'], ignored: [], relaxed: false, partialOnly: false });
    // Each word as a whole word (quoted) and as the start of longer words.
    expect(fake.calls.map((call) => call.term).sort()).toEqual(['"klas"', '"rust"', 'klas', 'rust']);
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
  });

  it('says when no page holds every word, so the page can tell the visitor', async () => {
    const fake = fakePagefind([{ id: 'rust-only', words: ['rust'] }, { id: 'klas-only', words: ['klas'] }]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=rust+klas'));
    expect(outcome?.results.map((result) => result.id).sort()).toEqual(['klas-only', 'rust-only']);
    expect(outcome).toMatchObject({ relaxed: true, partialOnly: true, ignored: [] });
  });

  it('never relaxes a one-word search', async () => {
    const fake = fakePagefind([{ id: 'a', words: ['rust'] }]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=rust'));
    expect(outcome).toMatchObject({ relaxed: false });
  });

  it('keeps a page with a longer form of the word, but ranks pages with the whole word above it', async () => {
    const fake = fakePagefind([
      { id: 'longer-form', words: ['de', 'autistische', 'leerling'], score: 9 },
      { id: 'whole-word', words: ['over', 'autisme'], score: 2 },
    ]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=autis'));
    expect(outcome?.results.map((result) => result.id).sort()).toEqual(['longer-form', 'whole-word']);
    const exact = await createSearchEngine(fake.pagefind, kinds).search(state('q=autisme'));
    expect(exact?.results.map((result) => result.id)).toEqual(['whole-word']);
    const both = fakePagefind([
      { id: 'longer-form', words: ['autismespectrumstoornis'], score: 9 },
      { id: 'whole-word', words: ['autisme'], score: 2 },
    ]);
    const ranked = await createSearchEngine(both.pagefind, kinds).search(state('q=autisme'));
    expect(ranked?.results.map((result) => result.id)).toEqual(['whole-word', 'longer-form']);
  });

  it('drops a page Pagefind found only by a fragment of the word: "Sofie" does not find "so" in "so-school"', async () => {
    const fake = fakePagefind([
      { id: 'so-school', words: ['een', 'so-school', 'in', 'Alkmaar'], fallback: { sofie: 'so-school' } },
      { id: 'automatisch', words: ['we', 'testen', 'automatisch'], fallback: { autisme: 'automatisch' } },
      { id: 'autisme', words: ['kinderen', 'met', 'autisme'] },
    ]);
    const engine = createSearchEngine(fake.pagefind, kinds);
    expect(await engine.search(state('q=Sofie'))).toEqual({ results: [], words: [], ignored: ['Sofie'], relaxed: false, partialOnly: false });
    expect((await engine.search(state('q=autisme')))?.results.map((result) => result.id)).toEqual(['autisme']);
  });

  it('checks a limited number of pages found by part of a word, and keeps the rest only when all checked ones held a real form', async () => {
    const many = (count: number, words: string[], fallback?: Record<string, string>) =>
      Array.from({ length: count }, (_, index): FakePage => ({ id: `${words[0]}-${index}`, words, fallback }));
    const forms = fakePagefind(many(partMatchCheckLimit + 5, ['autistische']));
    expect((await createSearchEngine(forms.pagefind, kinds).search(state('q=autis')))?.results).toHaveLength(partMatchCheckLimit + 5);
    const fragments = fakePagefind(many(partMatchCheckLimit + 5, ['so-school'], { sofie: 'so-school' }));
    expect((await createSearchEngine(fragments.pagefind, kinds).search(state('q=sofie')))?.results).toEqual([]);
  });

  it('loads the data of the first whole-word results while it checks a page found by part of the word', async () => {
    let arrive!: () => void;
    const slowCheck = new Promise<void>((resolve) => (arrive = resolve));
    const whole = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => ({ id, words: ['autisme'], score: 10 - index }));
    const fake = fakePagefind([...whole, { id: 'auto', words: ['automatisch'], fallback: { autisme: 'automatisch' }, score: 20, dataArrives: slowCheck }]);
    const searching = createSearchEngine(fake.pagefind, kinds).search(state('q=autisme'));
    await vi.waitFor(() => expect(fake.dataLoads()).toContain('auto'));
    // While the check waits, the five results that will show first are loading too; the sixth is not.
    expect(fake.dataLoads().sort()).toEqual(['a', 'auto', 'b', 'c', 'd', 'e']);
    expect(firstResultsShown).toBe(5);
    arrive();
    const outcome = await searching;
    expect(outcome?.results.map((result) => result.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('loads no result data ahead for a search of several words or newest first, where the first results are not known yet', async () => {
    const pages = [
      { id: 'a', words: ['autisme', 'klas'] },
      { id: 'b', words: ['autisme', 'klas'] },
      { id: 'auto', words: ['automatisch', 'klaslokaal'], fallback: { autisme: 'automatisch' } },
    ];
    for (const query of ['q=autisme+klas', 'q=autisme&sortering=datum']) {
      const fake = fakePagefind(pages);
      await createSearchEngine(fake.pagefind, kinds).search(state(query));
      expect(fake.dataLoads(), query).not.toContain('a');
    }
  });

  it('names a word found nowhere and gives the results for the other words', async () => {
    const fake = fakePagefind([{ id: 'a', words: ['autisme'] }, { id: 'b', words: ['autisme', 'klas'] }]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=xyzqq+autisme'));
    expect(outcome?.results.map((result) => result.id).sort()).toEqual(['a', 'b']);
    expect(outcome).toMatchObject({ words: ['autisme'], ignored: ['xyzqq'], relaxed: false });
  });

  it('does not call a word "found nowhere" when only the chosen filters leave it out', async () => {
    const fake = fakePagefind([
      { id: 'a', words: ['autisme', 'plusklas'], filters: { werkgebied: 'heiloo' } },
      { id: 'b', words: ['autisme'], filters: { werkgebied: 'bergen' } },
    ]);
    const outcome = await createSearchEngine(fake.pagefind, kinds).search(state('q=plusklas+autisme&werkgebied=bergen'));
    expect(outcome?.ignored).toEqual([]);
    expect(outcome?.words).toEqual(['plusklas', 'autisme']);
    expect(outcome?.results.map((result) => result.id)).toEqual(['b']);
    expect(outcome).toMatchObject({ relaxed: true, partialOnly: true });
  });

  it('passes the chosen filters to every search, and sorts on date only when asked, pages with every word first', async () => {
    const fake = fakePagefind([
      { id: 'old-both', words: ['rust', 'klas'], filters: { soort: 'les', thema: 'autisme' } },
      { id: 'new-rust', words: ['rust'], filters: { soort: 'les', thema: 'gedrag' } },
    ]);
    const engine = createSearchEngine(fake.pagefind, kinds);
    await engine.search(state('q=rust&thema=autisme'));
    expect(fake.calls.map((call) => call.options)).toEqual(Array(2).fill({ filters: { thema: { any: ['autisme'] } } }));
    fake.calls.length = 0;
    const dated = await engine.search(state('q=rust+klas&soort=les&sortering=datum'));
    // The date order comes from one search on the filters alone, sorted by Pagefind.
    expect(fake.calls.filter((call) => call.options.sort)).toEqual([{ term: null, options: { filters: { soort: { any: ['les'] } }, sort: { datum: 'desc' } } }]);
    expect(fake.calls.every((call) => JSON.stringify(call.options.filters) === '{"soort":{"any":["les"]}}')).toBe(true);
    expect(dated?.results.map((result) => result.id)).toEqual(['old-both', 'new-rust']);
  });

  it('searches on filters alone when there is no query, newest first with either sort', async () => {
    const fake = fakePagefind([{ id: 'a', words: [], filters: { soort: 'les' } }, { id: 'b', words: [], filters: { soort: 'expert' } }]);
    const engine = createSearchEngine(fake.pagefind, kinds);
    const outcome = await engine.search(state('soort=les'));
    await engine.search(state('soort=les&sortering=datum'));
    // Not in the order the build read the pages into the index: that order is nobody's choice.
    expect(fake.calls).toEqual(Array(2).fill({ term: null, options: { filters: { soort: { any: ['les'] } }, sort: { datum: 'desc' } } }));
    expect(outcome?.results.map((result) => result.id)).toEqual(['a']);
  });

  it('gives no outcome when Pagefind gives no answer', async () => {
    const pagefind: Pagefind = { search: async () => null, filters: async () => ({}) };
    expect(await createSearchEngine(pagefind, kinds).search(state('q=rust'))).toBeNull();
  });

  it("corrects Pagefind's counts for the pages it left out (a fragment of a word) or added (some of the words)", async () => {
    const fake = fakePagefind([
      { id: 'a', words: ['autisme', 'klas'], filters: { soort: 'les' } },
      { id: 'b', words: ['automatisch'], filters: { soort: 'expert' }, fallback: { autisme: 'automatisch' } },
      { id: 'c', words: ['klas'], filters: { soort: 'prototype' } },
    ]);
    const engine = createSearchEngine(fake.pagefind, kinds);
    const dropped = await engine.search(state('q=autisme'));
    expect(dropped?.results.map((result) => result.id)).toEqual(['a']);
    expect(await engine.counts(state('q=autisme'), false, dropped!)).toEqual({ soort: { les: 1, expert: 0 } });
    const relaxed = await engine.search(state('q=autisme+klas'));
    expect(relaxed?.results.map((result) => result.id)).toEqual(['a', 'c']);
    expect(await engine.counts(state('q=autisme+klas'), false, relaxed!)).toEqual({ soort: { les: 1, prototype: 1 } });
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
