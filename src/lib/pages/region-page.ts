/** The hub of one werkgebied (/werkgebieden/<id>/): who to ask, examples, lessons and netwerkgroepen there. */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import { searchKind } from '../../search/contract.ts';
import { hubSection, newestInSearch } from '../../search/hub-links.ts';
import { regionHubSearch } from '../../search/records.ts';
import type { Region, Relations } from '../relations.ts';
import { entryUrl, listUrl, regionFeedUrl } from '../urls.ts';
import { networkGroupCards } from './network-group-cards.ts';
import { peopleTable } from './people-table.ts';
import { regionTransfer } from './region-transfer.ts';
import type { Crumb } from './types.ts';

/** The places of a werkgebied, unless the only place is the werkgebied's own name ("Heiloo" in Heiloo says nothing new). */
export function regionPlaces(region: Region): string[] {
  const { name, municipalities } = region.data;
  return municipalities.length === 1 && municipalities[0] === name ? [] : municipalities;
}

export function regionPage(region: Region, relations: Relations, now = new Date()) {
  const { data } = region;
  const label = nl.fields.regions;
  const coordinator = relations.expertOf(data.coordinator);
  const prototypes = relations.prototypesForRegion(region.id);
  const lessons = relations.lessonsForRegion(region.id);
  const crumbs: Crumb[] = [{ label: nl.collections.regions.section, href: listUrl('regions') }, { label: data.name }];
  const inSearch = (kind: string) => newestInSearch({ werkgebied: [region.id], soort: [kind] });
  const places = regionPlaces(region);
  return {
    kind: nl.collections.regions.kind,
    title: data.name,
    description: data.description,
    crumbs,
    search: regionHubSearch(region),
    feed: { title: nl.feeds.regionTitle(data.name, site.name), href: regionFeedUrl(region.id), linkText: nl.hub.feed },
    municipalities: places.length > 0 ? { label: label.municipalities.label, text: places.join(', ') } : undefined,
    coordinator: coordinator && {
      label: label.coordinator.label,
      name: coordinator.data.name,
      href: entryUrl('experts', coordinator.id),
      role: coordinator.data.role,
    },
    people: peopleTable(region, relations, now),
    prototypes: { count: prototypes.length, ...hubSection(prototypes, inSearch(searchKind.prototype), nl.hubMore.prototypes) },
    lessons: { count: lessons.length, ...hubSection(lessons, inSearch(searchKind.lesson), nl.hubMore.lessons) },
    networkGroups: networkGroupCards(relations.networkGroupsForRegion(region.id), relations),
    /** Take-overs to and from here, and who to ask nearby about the thema's nobody here knows. */
    transfer: regionTransfer(region.id, relations),
  };
}
