/** The overviews of the hubs: a card per hub with what is linked to it (/themas/, /netwerkgroepen/), or a map (/werkgebieden/). /speerpunten/ is focus-board.ts. */
import { nl } from '../../i18n/nl.ts';
import { contentCounts } from '../counts.ts';
import type { Relations } from '../relations.ts';
import { entryUrl } from '../urls.ts';
import type { HubCardModel } from './network-group-cards.ts';
import { allRegionsMap } from './region-map.ts';

export interface OverviewPage {
  title: string;
  intro: string;
  cards: HubCardModel[];
}

/** /werkgebieden/: the map with what each werkgebied shares, and the same numbers as a table. */
export function regionsOverview(relations: Relations) {
  const text = nl.collections.regions;
  return {
    title: text.section,
    intro: text.intro(relations.regions.length),
    map: allRegionsMap(relations),
  };
}

export function topicsOverview(relations: Relations): OverviewPage {
  const text = nl.collections.topics;
  return {
    title: text.section,
    intro: text.intro(),
    cards: relations.topics.map((topic) => ({
      kind: text.kind,
      href: entryUrl('topics', topic.id),
      title: topic.data.name,
      summary: topic.data.description,
      counts: contentCounts({
        prototypes: relations.prototypesForTopic(topic.id).length,
        lessons: relations.lessonsForTopic(topic.id).length,
        experts: relations.expertsForTopic(topic.id).length,
      }),
    })),
  };
}

export function networkGroupsOverview(relations: Relations): OverviewPage {
  const text = nl.collections['network-groups'];
  return {
    title: text.section,
    intro: text.intro(),
    cards: relations.networkGroups.map((group) => ({
      kind: text.kind,
      href: entryUrl('network-groups', group.id),
      title: group.data.name,
      summary: group.data.description,
      counts: contentCounts({ lessons: relations.lessonsForNetworkGroup(group.id).length }),
    })),
  };
}
