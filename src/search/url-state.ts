/**
 * The search page's state lives in the URL (/zoeken/?q=autisme&werkgebied=heiloo),
 * so a search can be shared and the back button works. Pure functions, no DOM.
 */
import { filterKeys, type FilterKey } from './filter-keys.ts';

export const sortOrders = ['relevantie', 'datum'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  query: string;
  /** Chosen values per filter key; several values in one key mean "any of these". */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

const keys = Object.keys(filterKeys) as FilterKey[];

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of keys) {
    const values = [...new Set(params.getAll(key).filter((value) => value.trim() !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sortering');
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: sortOrders.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevantie',
  };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of keys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevantie') params.set('sortering', state.sort);
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
