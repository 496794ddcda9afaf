/**
 * The /zoeken/ page in the browser: reads the query and filters from the URL
 * and the form, runs them through the search engine, shows the results, and
 * keeps the URL in step so searches can be shared and the back button works.
 */
import { nl } from '../../i18n/nl.ts';
import { filterKey, urlParams } from '../contract.ts';
import { hasFilters, paramsFromState, stateFromParams, type SearchState } from '../url-state.ts';
import { createSearchEngine, type SearchEngine } from './engine.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { resultItem, resultsStatus, showChosen, showCounts } from './render.ts';

const pageSize = 20;
const typingDelay = 250;

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
  const facetGroups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  // The kinds of result are the values of the "soort" checkboxes the page was built with.
  const kinds = checkboxes.filter((box) => box.name === filterKey.kind).map((box) => box.value);
  const base = app.dataset.base ?? '/';
  app.hidden = false;
  // On a phone the results come first; the filter groups start closed.
  if (window.matchMedia('(max-width: 52rem)').matches) {
    for (const details of facetGroups) details.open = false;
  }

  let engine: Promise<SearchEngine> | undefined;
  /** Numbers the runs, so an answer to an older search is dropped when a newer one started meanwhile. */
  let latestRun = 0;
  let shownResults: PagefindResult[] = [];
  let shownCount = 0;
  let currentTerms: string[] = [];

  function loadEngine(): Promise<SearchEngine> {
    engine ??= loadPagefind(base).then((pagefind) => createSearchEngine(pagefind, kinds));
    return engine;
  }

  function readForm(): SearchState {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set(urlParams.query, input.value.trim());
    for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
    params.set(urlParams.sort, sort.value);
    return stateFromParams(params);
  }

  function writeForm(state: SearchState): void {
    input.value = state.query;
    sort.value = state.sort;
    for (const box of checkboxes) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
    showChosen(form);
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

  /** Every filter is needed once a filter group other than "soort" is open. */
  const needsAllFilters = () => facetGroups.some((details) => details.open && details.dataset.facet !== filterKey.kind);

  async function refreshCounts(search: SearchEngine, run: number, state: SearchState): Promise<void> {
    const counts = await search.counts(state, needsAllFilters());
    if (run !== latestRun) return;
    showCounts(form, checkboxes, counts);
  }

  async function run(state: SearchState): Promise<void> {
    const run = ++latestRun;
    writeForm(state);
    for (const button of clearButtons) button.hidden = !hasFilters(state);
    let search: SearchEngine;
    try {
      search = await loadEngine();
    } catch {
      status.textContent = nl.searchPage.unavailable;
      return;
    }
    if (!state.query && !hasFilters(state)) {
      showCounts(form, checkboxes, await search.allCounts());
      if (run !== latestRun) return;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = nl.searchPage.startHint;
      return;
    }
    status.textContent = nl.searchPage.loading;
    const outcome = await search.search(state);
    if (!outcome || run !== latestRun) return;
    shownResults = outcome.results;
    shownCount = 0;
    currentTerms = outcome.words;
    list.replaceChildren();
    await showMore(run);
    if (run !== latestRun) return;
    // Counts come after the first results; Pagefind counts only the filters it has loaded.
    if (outcome.relaxed) showCounts(form, checkboxes, undefined);
    else await refreshCounts(search, run, state);
    if (shownResults.length === 0) {
      status.textContent = nl.searchPage.noResults(state.query);
      empty.hidden = false;
    } else {
      empty.hidden = true;
      status.textContent = resultsStatus(state, shownResults.length, outcome.partialOnly);
    }
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

  // Opening a filter group loads and counts every filter, once.
  for (const details of facetGroups) {
    details.addEventListener('toggle', () => {
      const state = readForm();
      if (!details.open || !engine || (!state.query && !hasFilters(state))) return;
      void engine.then((search) => (search.allFiltersLoaded ? undefined : refreshCounts(search, latestRun, state)));
    });
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
