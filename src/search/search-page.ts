/**
 * The /zoeken/ page in the browser: runs Pagefind with the query and filters
 * from the URL, shows results and filter counts, and keeps the URL in step so
 * searches can be shared and the back button works. Content is written with
 * text nodes only, never as HTML.
 */
import { nl } from '../i18n/nl.ts';
import { highlight, type Segment } from './highlight.ts';
import { searchWords } from './query.ts';
import { searchKinds } from './filter-keys.ts';
import { hasFilters, pagefindFilters, paramsFromState, stateFromParams, type SearchState } from './url-state.ts';

const pageSize = 20;
/** Below this many pages with every word, pages with some of the words are added. */
const minimumResults = 3;
const typingDelay = 250;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startSearchPage(): void {
  const app = byId<HTMLDivElement>('search-app');
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const sort = byId<HTMLSelectElement>('search-sort');
  const status = byId<HTMLParagraphElement>('search-status');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const empty = byId<HTMLDivElement>('search-empty');
  const clearButtons = [byId<HTMLButtonElement>('search-clear'), byId<HTMLButtonElement>('search-empty-clear')];
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const base = app.dataset.base ?? '/';
  app.hidden = false;
  // On a phone the results come first; the filter groups start closed.
  if (window.matchMedia('(max-width: 52rem)').matches) {
    for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) details.open = false;
  }

  let pagefind: Promise<Pagefind> | undefined;
  let latestRun = 0;
  let shownResults: PagefindSearch['results'] = [];
  let shownCount = 0;
  let currentTerms: string[] = [];

  function loadPagefind(): Promise<Pagefind> {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base, excerptLength: 24 });
      await module.init();
      return module;
    });
    return pagefind;
  }

  function readForm(): SearchState {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
    params.set('sortering', sort.value);
    return stateFromParams(params);
  }

  function writeForm(state: SearchState): void {
    input.value = state.query;
    sort.value = state.sort;
    for (const box of checkboxes) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
    for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      const chosen = details.querySelectorAll('input:checked').length;
      if (chosen > 0) details.open = true;
      details.querySelector('[data-chosen]')!.textContent = chosen > 0 ? ` (${chosen} gekozen)` : '';
    }
  }

  function urlFor(state: SearchState): string {
    const query = paramsFromState(state).toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  }

  /** Commits a state: a new history entry for deliberate changes, a replaced one while typing. */
  function commit(state: SearchState, mode: 'push' | 'replace'): void {
    const target = urlFor(state);
    if (target !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', target);
    void run(state);
  }

  /**
   * Shows the number of results per filter value. A filter Pagefind has not
   * counted (not loaded yet, or partial matches) shows no number rather than a wrong 0.
   */
  function showCounts(counts: Record<string, Record<string, number>> | undefined): void {
    for (const box of checkboxes) {
      const label = form.querySelector(`label[for="${box.id}"] [data-count-for]`);
      const counted = counts?.[box.name];
      if (label) label.textContent = counted ? `(${counted[box.value] ?? 0})` : '';
    }
  }

  async function run(state: SearchState): Promise<void> {
    const run = ++latestRun;
    writeForm(state);
    for (const button of clearButtons) button.hidden = !hasFilters(state);
    let engine: Pagefind;
    try {
      engine = await loadPagefind();
    } catch {
      status.textContent = nl.searchPage.unavailable;
      return;
    }
    if (!state.query && !hasFilters(state)) {
      showCounts(await engine.filters());
      if (run !== latestRun) return;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = nl.searchPage.startHint;
      return;
    }
    status.textContent = nl.searchPage.loading;
    const words = searchWords(state.query);
    const options = {
      filters: pagefindFilters(state),
      ...(state.sort === 'datum' ? { sort: { datum: 'desc' } } : {}),
    };
    const search = await engine.search(words.join(' ') || null, options);
    if (!search || run !== latestRun) return;
    let results = search.results;
    // Few pages hold every word: add those with some of the words, best first.
    const relaxed = words.length > 1 && results.length < minimumResults;
    if (relaxed) results = await withPartialMatches(engine, results, words, options);
    if (run !== latestRun) return;
    shownResults = results;
    shownCount = 0;
    currentTerms = words;
    list.replaceChildren();
    await showMore(run);
    if (run !== latestRun) return;
    // Counts come after the first results; Pagefind counts only the filters it has loaded.
    if (relaxed) showCounts(undefined);
    else await refreshCounts(engine, run, words, options);
    const filterCount = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    if (shownResults.length === 0) {
      status.textContent = nl.searchPage.noResults(state.query);
      empty.hidden = false;
    } else {
      empty.hidden = true;
      status.textContent =
        (relaxed && search.results.length === 0 ? nl.searchPage.partialMatches : '') +
        nl.searchPage.resultsFor(shownResults.length, state.query) +
        (filterCount > 0 ? nl.searchPage.withFilters(filterCount) : '') +
        '.';
    }
  }

  // Until a filter group other than "soort" is opened, only the small "soort" filter index loads:
  // filtering on every kind changes no result, but makes Pagefind load and count that one filter.
  let allFiltersLoaded = false;
  const needsAllFilters = () =>
    [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].some((details) => details.open && details.dataset.facet !== 'soort');
  async function loadFilters(engine: Pagefind) {
    if (allFiltersLoaded || !needsAllFilters()) return;
    await engine.filters();
    allFiltersLoaded = true;
  }
  const countingFilters = (filters: Record<string, { any: string[] }>) =>
    allFiltersLoaded || filters.soort ? filters : { ...filters, soort: { any: Object.keys(searchKinds) } };
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    details.addEventListener('toggle', () => {
      const state = readForm();
      if (!details.open || allFiltersLoaded || !pagefind || (!state.query && !hasFilters(state))) return;
      void pagefind.then((engine) => refreshCounts(engine, latestRun, searchWords(state.query), { filters: pagefindFilters(state) }));
    });
  }

  async function refreshCounts(engine: Pagefind, run: number, words: string[], options: { filters: Record<string, { any: string[] }> }) {
    await loadFilters(engine);
    const counted = await engine.search(words.join(' ') || null, { ...options, filters: countingFilters(options.filters) });
    if (run !== latestRun) return;
    showCounts(counted?.filters);
  }

  async function showMore(run: number): Promise<HTMLAnchorElement | undefined> {
    const next = shownResults.slice(shownCount, shownCount + pageSize);
    shownCount += next.length;
    more.hidden = shownCount >= shownResults.length;
    let first: HTMLAnchorElement | undefined;
    // The first few results show as soon as they are loaded; the rest follow.
    for (const batch of [next.slice(0, 5), next.slice(5)]) {
      if (batch.length === 0) continue;
      const data = await Promise.all(batch.map((result) => result.data()));
      if (run !== latestRun) return undefined;
      const items = data.map((result) => resultItem(result, currentTerms));
      list.append(...items);
      first ??= items[0]?.querySelector('a') ?? undefined;
    }
    return first;
  }

  let typingTimer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => commit(readForm(), 'replace'), typingDelay);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    commit(readForm(), 'push');
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    commit(readForm(), 'push');
  });
  for (const button of clearButtons) {
    button.addEventListener('click', () => {
      commit({ ...readForm(), filters: {} }, 'push');
      input.focus();
    });
  }
  more.addEventListener('click', async () => {
    const first = await showMore(latestRun);
    first?.focus();
  });
  window.addEventListener('popstate', () => void run(stateFromParams(new URLSearchParams(location.search))));

  void run(stateFromParams(new URLSearchParams(location.search)));
}

/**
 * The pages with every word first, then pages with some of the words,
 * ranked by their scores for each word added up.
 */
async function withPartialMatches(
  engine: Pagefind,
  complete: PagefindResult[],
  words: string[],
  options: Record<string, unknown>,
): Promise<PagefindResult[]> {
  const searches = await Promise.all(words.map((word) => engine.search(word, options)));
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

function textWithMarks(element: HTMLElement, segments: Segment[]): void {
  for (const segment of segments) {
    if (!segment.marked) {
      element.append(segment.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    element.append(mark);
  }
}

/** Pagefind's excerpt as segments: its <mark>s kept, anything else reduced to text. */
function excerptSegments(excerpt: string): Segment[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...parsed.body.firstChild!.childNodes].flatMap((node): Segment[] => {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK') return [{ text, marked: false }];
    // Pagefind marks "Autisme," with its comma; mark only the word.
    const [, word = text, rest = ''] = /^(.*?[\p{L}\p{N}])([^\p{L}\p{N}]*)$/u.exec(text) ?? [];
    return [{ text: word, marked: true }, { text: rest, marked: false }];
  });
}

function resultItem(result: PagefindResultData, terms: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result stack stack-2xs';

  const kind = document.createElement('p');
  kind.className = 'card__kind';
  kind.textContent = result.meta.soort ?? '';

  const heading = document.createElement('h2');
  heading.className = 'result__title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(kind, heading);

  const excerpt = excerptSegments(result.excerpt);
  // Words Pagefind matched (its stemmed forms included) are marked in the summary too.
  const matchedWords = [...terms, ...excerpt.filter((segment) => segment.marked).map((segment) => segment.text)];
  if (result.meta.samenvatting) {
    const summary = document.createElement('p');
    summary.className = 'result__summary';
    const segments = highlight(result.meta.samenvatting, matchedWords);
    textWithMarks(summary, segments);
    item.append(summary);
    if (!segments.some((segment) => segment.marked) && excerpt.some((segment) => segment.marked)) {
      item.append(excerptParagraph(excerpt));
    }
  } else if (excerpt.length > 0) {
    item.append(excerptParagraph(excerpt));
  }

  const details = [result.meta.werkgebieden, result.meta.datum].filter(Boolean).join(' · ');
  if (details) {
    const meta = document.createElement('p');
    meta.className = 'result__meta muted';
    meta.textContent = details;
    item.append(meta);
  }
  return item;
}

function excerptParagraph(segments: Segment[]): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'result__excerpt';
  paragraph.append('… ');
  textWithMarks(paragraph, segments);
  paragraph.append(' …');
  return paragraph;
}
