/**
 * Every Pagefind filter key, and how a page yields its values. Values are ids
 * (they go into the URL: /zoeken/?werkgebied=heiloo); the search page turns
 * them back into names with `facetLabels()`.
 */
import { focusAreas, type FocusArea } from '../schemas/focus-areas.ts';
import { schoolTypes, type SchoolType } from '../schemas/shared.ts';
import { prototypeStatuses, type PrototypeStatus } from '../schemas/statuses.ts';
import { filterKeys, searchKinds, type FilterKey, type SearchKind } from './filter-keys.ts';

export { filterKeys, searchKinds, type FilterKey, type SearchKind };

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
  /** The date results sort on (newest first); hubs have none. */
  date?: Date;
}

/** Every (key, value) pair a page is filtered on. */
export function filterValues(record: SearchRecord): Array<[FilterKey, string]> {
  return [
    ['soort', record.kind] as [FilterKey, string],
    ...(record.regions ?? []).map((id): [FilterKey, string] => ['werkgebied', id]),
    ...(record.topics ?? []).map((id): [FilterKey, string] => ['thema', id]),
    ...(record.schoolTypes ?? []).map((id): [FilterKey, string] => ['onderwijstype', id]),
    ...(record.focusAreas ?? []).map((id): [FilterKey, string] => ['speerpunt', id]),
    ...(record.status ? [['status', record.status] as [FilterKey, string]] : []),
    ...(record.networkGroups ?? []).map((id): [FilterKey, string] => ['netwerkgroep', id]),
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
    soort: { ...searchKinds },
    werkgebied: names.regions,
    thema: names.topics,
    onderwijstype: { ...schoolTypes },
    speerpunt: short,
    status: { ...prototypeStatuses },
    netwerkgroep: names.networkGroups,
  } satisfies Record<FilterKey, Record<string, string>>;
}
export type FacetLabels = ReturnType<typeof facetLabels>;
