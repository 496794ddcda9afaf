/** The filter groups of the search page: each filter key with its Dutch name and its values with their names. */
import { nl } from '../i18n/nl.ts';
import type { Relations } from '../lib/relations.ts';
import { filterKey, filterKeys, type FilterKey } from './contract.ts';
import { facetLabels } from './filters.ts';

export interface Facet {
  key: FilterKey;
  label: string;
  /** [value, name] pairs, in the order the page lists them. */
  options: Array<[string, string]>;
}

const filterNames: Record<FilterKey, string> = nl.searchFilters;

const namesById = (entries: readonly { id: string; data: { name: string } }[]) =>
  Object.fromEntries(entries.map((entry) => [entry.id, entry.data.name]));

export function searchFacets(site: Pick<Relations, 'regions' | 'topics' | 'networkGroups'>): Facet[] {
  const labels: Record<FilterKey, Record<string, string>> = facetLabels({
    regions: namesById(site.regions),
    topics: namesById(site.topics),
    networkGroups: namesById(site.networkGroups),
  });
  return filterKeys.map((key) => ({ key, label: filterNames[key], options: Object.entries(labels[key]) }));
}

/**
 * A filter group with more values than this is not written into the search page: the page
 * fetches its values when the group is opened (src/pages/zoeken/filters/). A region's
 * werkgebieden and thema's fit; a national hub's hundreds would make the page grow with the network.
 */
export const inlineValuesLimit = 24;

/** Tests build the sample site with a lower limit (LEERNETWERK_INLINE_FILTER_LIMIT) to have fetched groups with its few values. */
const buildLimit = () => Number(process.env.LEERNETWERK_INLINE_FILTER_LIMIT) || inlineValuesLimit;

/**
 * The filter groups whose values the search page fetches instead of carrying them. Never
 * "soort": the page's script reads the kinds of result from its checkboxes (a handful anyway).
 */
export function fetchedFacets(facets: readonly Facet[], limit = buildLimit()): Facet[] {
  return facets.filter((facet) => facet.key !== filterKey.kind && facet.options.length > limit);
}
