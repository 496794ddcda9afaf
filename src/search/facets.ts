/** The filter groups of the search page: each filter key with its Dutch name and its values with their names. */
import { nl } from '../i18n/nl.ts';
import type { Relations } from '../lib/relations.ts';
import { filterKeys, type FilterKey } from './contract.ts';
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
