/** The hub of one netwerkgroep (/netwerkgroepen/<id>/): its thema's, werkgebieden, contact and lessons. */
import { nl } from '../../i18n/nl.ts';
import { searchKind } from '../../search/contract.ts';
import { hubSection, newestInSearch } from '../../search/hub-links.ts';
import { networkGroupHubSearch } from '../../search/records.ts';
import { regionLinks, topicLinks } from '../link-items.ts';
import type { NetworkGroup, Relations } from '../relations.ts';
import { listUrl } from '../urls.ts';
import type { Crumb } from './types.ts';

export function networkGroupPage(group: NetworkGroup, relations: Relations) {
  const { data } = group;
  const label = nl.fields['network-groups'];
  const lessons = relations.lessonsForNetworkGroup(group.id);
  const crumbs: Crumb[] = [{ label: nl.collections['network-groups'].section, href: listUrl('network-groups') }, { label: data.name }];
  return {
    kind: nl.collections['network-groups'].kind,
    title: data.name,
    description: data.description,
    crumbs,
    search: networkGroupHubSearch(group, relations),
    topics: { label: label.topics.label, links: topicLinks(relations.topicsOf(data.topics)) },
    /** Its werkgebieden; none named means the whole network. */
    regions: {
      label: label.regions.label,
      links: data.regions.length > 0 ? regionLinks(relations.regionsOf(data.regions)) : [],
      allRegions: nl.hub.allRegions,
    },
    contact: relations.expertOf(data.contact),
    contactHeading: label.contact.label,
    lessonsHeading: nl.hub.lessonsOf(data.name),
    lessons: {
      count: lessons.length,
      ...hubSection(lessons, newestInSearch({ netwerkgroep: [group.id], soort: [searchKind.lesson] }), nl.hubMore.lessons),
    },
  };
}
