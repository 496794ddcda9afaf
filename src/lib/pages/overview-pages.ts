/** The overviews of the hubs (/werkgebieden/, /themas/, /netwerkgroepen/, /speerpunten/): a card per hub with what is linked to it. */
import { nl } from '../../i18n/nl.ts';
import { focusAreaIds, focusAreas } from '../../schemas/focus-areas.ts';
import { contentCounts } from '../counts.ts';
import type { Relations } from '../relations.ts';
import { entryUrl, focusAreaUrl } from '../urls.ts';
import type { HubCardModel } from './network-group-cards.ts';

export interface OverviewPage {
  title: string;
  intro: string;
  cards: HubCardModel[];
}

export function regionsOverview(relations: Relations): OverviewPage {
  const text = nl.collections.regions;
  return {
    title: text.section,
    intro: text.intro(relations.regions.length),
    cards: relations.regions.map((region) => ({
      kind: text.kind,
      href: entryUrl('regions', region.id),
      title: region.data.name,
      summary: region.data.municipalities.join(', '),
      counts: contentCounts({
        experts: relations.expertsForRegion(region.id).length,
        prototypes: relations.prototypesForRegion(region.id).length,
        lessons: relations.lessonsForRegion(region.id).length,
      }),
    })),
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

export function focusAreasOverview(relations: Relations): OverviewPage {
  return {
    title: nl.focusArea.section,
    intro: nl.focusArea.intro(focusAreaIds.length),
    cards: focusAreaIds.map((id) => ({
      kind: `${nl.focusArea.kind} ${focusAreas[id].planSection}`,
      href: focusAreaUrl(id),
      title: focusAreas[id].label,
      summary: focusAreas[id].goal,
      counts: contentCounts({ prototypes: relations.prototypesForFocusArea(id).length }),
    })),
  };
}
