/**
 * How a page yields a value for each Pagefind filter key (keys in contract.ts). Values are ids
 * (they go into the URL: /zoeken/?werkgebied=heiloo); the search page turns
 * them back into names with `facetLabels()`.
 */
import { learningPhaseNames, type LearningPhase } from '../lib/learning-phase.ts';
import { focusAreas, type FocusArea } from '../schemas/focus-areas.ts';
import { schoolTypes, type SchoolType } from '../schemas/shared.ts';
import { prototypeStatuses, type PrototypeStatus } from '../schemas/statuses.ts';
import { nl } from '../i18n/nl.ts';
import { collectionNames, collections } from '../schemas/index.ts';
import { filterKey, searchKind, type FilterKey, type SearchKind } from './contract.ts';

/** The searchable facts of one page. */
export interface SearchRecord {
  kind: SearchKind;
  regions?: readonly string[];
  topics?: readonly string[];
  schoolTypes?: readonly SchoolType[];
  focusAreas?: readonly FocusArea[];
  status?: PrototypeStatus;
  /** The netwerkgroep that shared a lesson, or the group a hub is about. */
  networkGroups?: readonly string[];
  /** A goed voorbeeld's leerfase. */
  learningPhase?: LearningPhase;
  /** The werkgebieden that took a goed voorbeeld over; on a lesson about a take-over, where it was taken over. */
  adoptedIn?: readonly string[];
  /** The date results sort on (newest first); hubs have none. */
  date?: Date;
}

/**
 * The kinds of page with their Dutch names, in the order the "soort" filter
 * shows them: each collection of the list, then the speerpunten and the other pages.
 */
export const kindNames: Record<SearchKind, string> = {
  ...Object.fromEntries(collectionNames.map((name) => [collections[name].searchKind, nl.collections[name].kind])),
  [searchKind.focusArea]: nl.focusArea.kind,
  [searchKind.page]: nl.pageKind,
};

/** Every (key, value) pair a page is filtered on. */
export function filterValues(record: SearchRecord): Array<[FilterKey, string]> {
  const pairs = (key: FilterKey, ids: readonly string[] = []) => ids.map((id): [FilterKey, string] => [key, id]);
  return [
    ...pairs(filterKey.kind, [record.kind]),
    ...pairs(filterKey.region, record.regions),
    ...pairs(filterKey.topic, record.topics),
    ...pairs(filterKey.schoolType, record.schoolTypes),
    ...pairs(filterKey.focusArea, record.focusAreas),
    ...pairs(filterKey.status, record.status ? [record.status] : []),
    ...pairs(filterKey.networkGroup, record.networkGroups),
    ...pairs(filterKey.learningPhase, record.learningPhase ? [record.learningPhase] : []),
    ...pairs(filterKey.adoptedIn, record.adoptedIn),
  ];
}

/** Names for every filter value, for the search page: `{ werkgebied: { heiloo: 'Heiloo' } }`. */
export function facetLabels(names: {
  regions: Record<string, string>;
  topics: Record<string, string>;
  networkGroups: Record<string, string>;
}) {
  const short = Object.fromEntries(Object.entries(focusAreas).map(([id, area]) => [id, area.short]));
  return {
    [filterKey.kind]: kindNames,
    [filterKey.region]: names.regions,
    [filterKey.topic]: names.topics,
    [filterKey.schoolType]: { ...schoolTypes },
    [filterKey.focusArea]: short,
    [filterKey.status]: { ...prototypeStatuses },
    [filterKey.networkGroup]: names.networkGroups,
    [filterKey.learningPhase]: { ...learningPhaseNames },
    [filterKey.adoptedIn]: names.regions,
  } satisfies Record<FilterKey, Record<string, string>>;
}
