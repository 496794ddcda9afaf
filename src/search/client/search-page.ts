/**
 * The /zoeken/ page in the browser: reads the query and filters from the URL
 * and the form, runs them through the search engine, shows the answer card
 * and the results, and keeps the URL in step so searches can be shared and
 * the back button works. On a phone the filters sit behind one button, so
 * the number of results and the first result are on the first screen.
 */
import { searchAnswer, searchControls, searchPage } from '../../i18n/nl-search.ts';
import { answerParts, chooseAnswer, minimumAnswerParts, questionTopic, type AnswerPerson, type AnswerRegion, type AnswerResult, type AskData } from '../answer.ts';
import { filterKey, metaKeys, urlParams } from '../contract.ts';
import { hasFilters, paramsFromState, stateFromParams, type SearchState } from '../url-state.ts';
import { renderAnswer, renderAsk, type RegionChoice } from './answer-card.ts';
import { askRegionsLoader } from './ask-regions.ts';
import { createSearchEngine, firstResultsShown, type SearchEngine, type SearchOutcome } from './engine.ts';
import { fetchedFilters } from './fetched-filters.ts';
import { loadPagefind, type FilterCounts, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { rememberedRegion, rememberRegion } from './region-memory.ts';
import { noResultsStatus, resultItem, resultsStatus, showChosen, showCounts } from './render.ts';

const pageSize = 20;
const typingDelay = 250;
/** The width below which the filters fold away behind one button (as in search.css). */
const narrowScreen = '(max-width: 52rem)';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** What the answer card needs of a loaded result. */
const answerResult = (data: PagefindResultData): AnswerResult => ({
  href: data.url,
  title: data.meta[metaKeys.title] ?? data.url,
  kind: data.filters?.[filterKey.kind]?.[0] ?? '',
  topics: data.filters?.[filterKey.topic] ?? [],
  regions: data.filters?.[filterKey.region] ?? [],
});

export function startSearchPage(): void {
  const app = byId<HTMLDivElement>('search-app');
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const sort = byId<HTMLSelectElement>('search-sort');
  const status = byId<HTMLParagraphElement>('search-status');
  const intro = byId<HTMLParagraphElement>('search-intro');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const empty = byId<HTMLDivElement>('search-empty');
  /** Links to the lists, for when Pagefind does not load. */
  const browse = byId<HTMLDivElement>('search-browse');
  const answerCard = byId<HTMLElement>('search-answer');
  const answerList = byId<HTMLUListElement>('search-answer-parts');
  const ask = byId<HTMLDivElement>('search-ask');
  const filtersPanel = byId<HTMLElement>('search-filters');
  const filtersToggle = byId<HTMLButtonElement>('search-filters-toggle');
  const filtersActive = byId<HTMLSpanElement>('search-filters-active');
  const filtersDone = byId<HTMLButtonElement>('search-filters-done');
  const clearButtons = [byId<HTMLButtonElement>('search-clear'), byId<HTMLButtonElement>('search-empty-clear')];
  // The filter checkboxes: those of a large group are drawn once its values are fetched.
  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const facetGroups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  // The kinds of result are the values of the "soort" checkboxes the page was built with (never a fetched group).
  const kinds = checkboxes().filter((box) => box.name === filterKey.kind).map((box) => box.value);
  const base = app.dataset.base ?? '/';
  // Where the people per thema and the werkgebieden to ask are (src/lib/urls.ts, written into the page); the redactie's address.
  const peopleFolder = app.dataset.people;
  const loadAskRegions = askRegionsLoader(app.dataset.askRegions);
  const editors = { email: app.dataset.editors ?? '' };
  /** Where questions go; no werkgebieden while they could not be loaded. */
  const askData = (regions: AnswerRegion[] | undefined): AskData => ({ regions: regions ?? [], editors });
  app.hidden = false;
  // On a phone the results come first; the filter groups start closed.
  if (window.matchMedia(narrowScreen).matches) {
    for (const details of facetGroups) details.open = false;
  }

  let engine: Promise<SearchEngine> | undefined;
  /** Numbers the runs, so an answer to an older search is dropped when a newer one started meanwhile. */
  let latestRun = 0;
  let shownResults: PagefindResult[] = [];
  let shownCount = 0;
  let currentTerms: string[] = [];
  /** The loaded data of the results on screen, for the answer card. */
  let shownData: PagefindResultData[] = [];
  let currentState: SearchState = stateFromParams(new URLSearchParams(location.search));
  /** The counts on screen, for checkboxes drawn after them. */
  let shownCounts: FilterCounts | undefined;

  /** The values chosen in one filter group (a checkbox's name is its filter key). */
  const chosenIn = (state: SearchState, key: string) => state.filters[key as keyof SearchState['filters']] ?? [];
  const isChosen = (box: HTMLInputElement, state: SearchState) => chosenIn(state, box.name).includes(box.value);
  const fetched = fetchedFilters(form, (boxes) => {
    for (const box of boxes) box.checked = isChosen(box, currentState);
    showCounts(boxes, shownCounts);
    showChosen(form);
  });

  function loadEngine(): Promise<SearchEngine> {
    engine ??= loadPagefind(base).then((pagefind) => createSearchEngine(pagefind, kinds));
    return engine;
  }

  function readForm(): SearchState {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set(urlParams.query, input.value.trim());
    for (const box of checkboxes()) if (box.checked) params.append(box.name, box.value);
    // A group whose values are not on the page yet keeps what the search has chosen in it.
    for (const group of fetched.values()) {
      if (!group.drawn) for (const value of chosenIn(currentState, group.key)) params.append(group.key, value);
    }
    params.set(urlParams.sort, sort.value);
    return stateFromParams(params);
  }

  function writeForm(state: SearchState): void {
    input.value = state.query;
    sort.value = state.sort;
    for (const box of checkboxes()) box.checked = isChosen(box, state);
    showChosen(form);
    // A value chosen in a group not on the page yet (from the URL): fetch the group to show it ticked.
    for (const group of fetched.values()) {
      if (!group.drawn && chosenIn(state, group.key).length > 0) void group.load();
    }
    const active = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    filtersActive.textContent = searchControls.activeFilters(active);
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

  function setFiltersOpen(open: boolean): void {
    filtersToggle.setAttribute('aria-expanded', String(open));
    filtersPanel.toggleAttribute('data-collapsed', !open);
  }

  /** The visitor's werkgebied: the one werkgebied filter, else the one picked on this device (if it is one of `regions`). */
  function regionChoice(state: SearchState, regions: AnswerRegion[] | undefined): RegionChoice {
    const filtered = state.filters[filterKey.region] ?? [];
    const remembered = rememberedRegion((regions ?? []).map((region) => region.id));
    const unavailable = regions === undefined;
    const onChange = async (region: string | undefined) => {
      // Picking a werkgebied redraws the card or the question; the choice keeps focus.
      const focused = document.activeElement?.id;
      rememberRegion(region);
      await showAnswer(currentState);
      if (!empty.hidden) await showAsk(currentState);
      if (focused) document.getElementById(focused)?.focus();
    };
    if (filtered.length === 1) return { region: filtered[0], fromFilter: true, unavailable, onChange };
    const region = filtered.length === 0 || (remembered && filtered.includes(remembered)) ? remembered : undefined;
    return { region, fromFilter: false, unavailable, onChange };
  }

  const askQuestion = (state: SearchState) => state.query || searchAnswer.askHeading;

  /** The people per thema, each file fetched once (src/pages/zoeken/mensen/). */
  const peopleByTopic = new Map<string, Promise<AnswerPerson[]>>();
  function peopleWith(topic: string | undefined): Promise<AnswerPerson[]> {
    if (topic === undefined || peopleFolder === undefined) return Promise.resolve([]);
    let people = peopleByTopic.get(topic);
    if (!people) {
      // A missing file means nobody to suggest, never a broken card.
      people = fetch(`${peopleFolder}${encodeURIComponent(topic)}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<AnswerPerson[]>) : []))
        .catch(() => []);
      peopleByTopic.set(topic, people);
    }
    return people;
  }

  /** The answer card, from the first results on screen; hidden without a question or when it would say too little. */
  async function showAnswer(state: SearchState): Promise<void> {
    const run = latestRun;
    if (state.query === '') {
      answerCard.hidden = true;
      return;
    }
    const results = shownData.map(answerResult);
    const topics = state.filters[filterKey.topic] ?? [];
    const [people, regions] = await Promise.all([peopleWith(questionTopic(results, topics)), loadAskRegions()]);
    if (run !== latestRun) return;
    const choice = regionChoice(state, regions);
    const data = { ...askData(regions), people };
    const answer = chooseAnswer({ results, data, region: choice.region, topics, kinds: state.filters[filterKey.kind] ?? [] });
    const worthShowing = answerParts(answer) >= minimumAnswerParts;
    answerCard.hidden = !worthShowing;
    if (!worthShowing) return;
    renderAnswer(answerList, answer, data, choice, askQuestion(state));
  }

  /** The question to the werkgebied when nothing is found. */
  async function showAsk(state: SearchState): Promise<void> {
    const run = latestRun;
    const regions = await loadAskRegions();
    if (run !== latestRun) return;
    renderAsk(ask, askData(regions), regionChoice(state, regions), askQuestion(state));
  }

  /** Every filter is needed once a filter group other than "soort" is open. */
  const needsAllFilters = () => facetGroups.some((details) => details.open && details.dataset.facet !== filterKey.kind);

  async function refreshCounts(search: SearchEngine, run: number, state: SearchState, outcome?: SearchOutcome): Promise<void> {
    const counts = await search.counts(state, needsAllFilters(), outcome);
    if (run !== latestRun) return;
    setCounts(counts);
  }

  function setCounts(counts: FilterCounts | undefined): void {
    shownCounts = counts;
    showCounts(checkboxes(), counts);
  }

  let lastOutcome: SearchOutcome | undefined;

  /**
   * Pagefind fails by rejecting, also after it loaded: its WebAssembly or
   * index may not arrive (a dropped phone connection). The visitor then reads
   * that searching does not work now, not "Zoeken..." for ever.
   */
  async function run(state: SearchState): Promise<void> {
    const run = ++latestRun;
    browse.hidden = true;
    try {
      await searchAndShow(run, state);
    } catch {
      if (run !== latestRun) return;
      // No results of an earlier search stay under the message; the lists it points to show instead.
      shownResults = [];
      shownData = [];
      list.replaceChildren();
      for (const part of [more, answerCard, empty]) part.hidden = true;
      browse.hidden = false;
      status.textContent = searchPage.unavailable;
    }
  }

  async function searchAndShow(run: number, state: SearchState): Promise<void> {
    currentState = state;
    writeForm(state);
    for (const button of clearButtons) button.hidden = !hasFilters(state);
    const searching = state.query !== '' || hasFilters(state);
    // On a phone the introduction and the field's label give way to the results (search.css).
    intro.toggleAttribute('data-searching', searching);
    app.toggleAttribute('data-searching', searching);
    // A question needs the werkgebieden for its answer: fetched meanwhile, once.
    if (state.query !== '') void loadAskRegions();
    const search = await loadEngine();
    if (!searching) {
      setCounts(await search.allCounts());
      if (run !== latestRun) return;
      list.replaceChildren();
      shownData = [];
      answerCard.hidden = true;
      more.hidden = true;
      empty.hidden = true;
      status.textContent = searchPage.startHint;
      return;
    }
    status.textContent = searchPage.loading;
    const outcome = await search.search(state);
    if (!outcome || run !== latestRun) return;
    lastOutcome = outcome;
    shownResults = outcome.results;
    shownCount = 0;
    shownData = [];
    currentTerms = outcome.words;
    list.replaceChildren();
    await showMore(run);
    if (run !== latestRun) return;
    await showAnswer(state);
    if (run !== latestRun) return;
    // Counts come after the first results; Pagefind counts only the filters it has loaded.
    await refreshCounts(search, run, state, outcome);
    if (run !== latestRun) return;
    if (shownResults.length === 0) {
      await showAsk(state);
      if (run !== latestRun) return;
      status.textContent = noResultsStatus(state, outcome);
      empty.hidden = false;
    } else {
      empty.hidden = true;
      status.textContent = resultsStatus(state, shownResults.length, outcome);
    }
  }

  async function showMore(run: number): Promise<HTMLAnchorElement | undefined> {
    const next = shownResults.slice(shownCount, shownCount + pageSize);
    shownCount += next.length;
    more.hidden = shownCount >= shownResults.length;
    let first: HTMLAnchorElement | undefined;
    // The first few results show as soon as they are loaded; the rest follow.
    for (const batch of [next.slice(0, firstResultsShown), next.slice(firstResultsShown)]) {
      if (batch.length === 0) continue;
      const data = await Promise.all(batch.map((result) => result.data()));
      if (run !== latestRun) return undefined;
      shownData.push(...data);
      const items = data.map((result) => resultItem(result, currentTerms));
      list.append(...items);
      first ??= items[0]?.querySelector('a') ?? undefined;
    }
    return first;
  }

  // Opening a filter group loads and counts every filter, once, and fetches a large group's values.
  for (const details of facetGroups) {
    details.addEventListener('toggle', () => {
      if (details.open) void fetched.get(details.dataset.facet ?? '')?.load();
      const state = readForm();
      if (!details.open || !engine || (!state.query && !hasFilters(state))) return;
      void engine.then((search) => (search.allFiltersLoaded ? undefined : refreshCounts(search, latestRun, state, lastOutcome)));
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
    // On a touch screen the keyboard closes, so the results are in view.
    if (window.matchMedia('(pointer: coarse)').matches) input.blur();
    commit(readForm(), 'push');
  });
  form.addEventListener('change', (event) => {
    // Only the filters and the sort order change the search; the werkgebied choice in the answer has its own handler.
    const target = event.target as HTMLElement;
    if (target !== sort && !(target instanceof HTMLInputElement && target.type === 'checkbox')) return;
    commit(readForm(), 'push');
  });
  for (const button of clearButtons) {
    button.addEventListener('click', () => {
      commit({ ...readForm(), filters: {} }, 'push');
      input.focus();
    });
  }
  filtersToggle.addEventListener('click', () => setFiltersOpen(filtersToggle.getAttribute('aria-expanded') !== 'true'));
  filtersDone.addEventListener('click', () => {
    setFiltersOpen(false);
    filtersToggle.focus();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(latestRun);
    first?.focus();
  });
  window.addEventListener('popstate', () => void run(stateFromParams(new URLSearchParams(location.search))));

  void run(currentState);
}
