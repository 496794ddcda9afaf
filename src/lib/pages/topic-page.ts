/** The hub of one thema (/themas/<id>/): examples, lessons, people and netwerkgroepen about it. */
import { nl } from '../../i18n/nl.ts';
import { searchKind } from '../../search/contract.ts';
import { hubSection, newestInSearch } from '../../search/hub-links.ts';
import { topicHubSearch } from '../../search/records.ts';
import type { Relations, Topic } from '../relations.ts';
import { listUrl } from '../urls.ts';
import { networkGroupCards } from './network-group-cards.ts';
import { topicMap } from './region-map.ts';
import type { Crumb } from './types.ts';

export function topicPage(topic: Topic, relations: Relations) {
  const { data } = topic;
  const prototypes = relations.prototypesForTopic(topic.id);
  const lessons = relations.lessonsForTopic(topic.id);
  const experts = relations.expertsForTopic(topic.id);
  const crumbs: Crumb[] = [{ label: nl.collections.topics.section, href: listUrl('topics') }, { label: data.name }];
  const inSearch = (kind: string) => newestInSearch({ thema: [topic.id], soort: [kind] });
  return {
    kind: nl.collections.topics.kind,
    title: data.name,
    description: data.description,
    crumbs,
    search: topicHubSearch(topic),
    synonyms: data.synonyms.length > 0 ? data.synonyms.join(', ') : undefined,
    prototypes: { count: prototypes.length, ...hubSection(prototypes, inSearch(searchKind.prototype), nl.hubMore.prototypes) },
    lessons: { count: lessons.length, ...hubSection(lessons, inSearch(searchKind.lesson), nl.hubMore.lessons) },
    experts: { count: experts.length, ...hubSection(experts, inSearch(searchKind.expert), nl.hubMore.experts) },
    networkGroups: networkGroupCards(relations.networkGroupsForTopic(topic.id), relations),
    /** Where people and voorbeelden for this thema are, and where nothing is shared yet. */
    map: topicMap(topic, relations),
  };
}
