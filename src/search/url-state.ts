/**
 * The search page's state lives in the URL (/zoeken/?q=autisme&werkgebied=heiloo),
 * so a search can be shared and the back button works. Pure functions, no DOM.
 */
import { filterKeys, sortOrder, sortOrders, urlParams, type FilterKey, type SortOrder } from './contract.ts';

export interface SearchState {
  query: string;
  /** Chosen values per filter key; several values in one key mean "any of these". */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

const isFilterKey = (key: string): key is FilterKey => (filterKeys as readonly string[]).includes(key);

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = [...new Set(params.getAll(key).filter((value) => value.trim() !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get(urlParams.sort);
  return {
    query: (params.get(urlParams.query) ?? '').trim(),
    filters,
    sort: sortOrders.includes(sort as SortOrder) ? (sort as SortOrder) : sortOrder.relevance,
  };
}

/**
 * The URL parameters of a state. Filters keep the order of the state: one read
 * from a URL holds them in `filterKeys` order; a hub link puts its own filter first.
 */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(urlParams.query, state.query);
  for (const key of Object.keys(state.filters).filter(isFilterKey)) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  if (state.sort !== sortOrder.relevance) params.set(urlParams.sort, state.sort);
  return params;
}

export const hasFilters = (state: SearchState) => Object.values(state.filters).some((values) => values.length > 0);

/** Pagefind's filter object: values within one key match any, keys together must all match. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}
