/**
 * On a werkgebied: the goed voorbeelden it took over from elsewhere and how
 * that went ("Overgenomen hier"), its own voorbeelden that others took over
 * ("Van hier overgenomen elders"), and the thema's nobody here knows about
 * yet, each with the nearest person who does ("Nog niemand om te vragen over").
 */
import { nl } from '../../i18n/nl.ts';
import { adoptionResults } from '../../schemas/adoption.ts';
import { adoptionsOf, type Adoption } from '../adoptions.ts';
import { missingTopics } from '../nearest-people.ts';
import type { Relations } from '../relations.ts';
import { entryUrl } from '../urls.ts';

const names = (regions: Adoption['regions']) => nl.regionTransfer.names(regions.map((region) => region.data.name));

function adoptionItem(adoption: Adoption, where: string) {
  return {
    prototype: { title: adoption.prototype.data.title, href: entryUrl('prototypes', adoption.prototype.id) },
    where,
    result: adoptionResults[adoption.result],
    changed: adoption.changed,
    lesson: { title: adoption.lesson.data.title, href: entryUrl('lessons', adoption.lesson.id) },
  };
}

export function regionTransfer(regionId: string, relations: Relations) {
  const adoptions = adoptionsOf(relations);
  const text = nl.regionTransfer;
  return {
    adoptedHere: adoptions.inRegion(regionId).map((adoption) => adoptionItem(adoption, text.from(names(adoption.origins)))),
    adoptedElsewhere: adoptions.fromRegion(regionId).map((adoption) => adoptionItem(adoption, text.in(names(adoption.regions)))),
    missingTopics: missingTopics(regionId, relations).map(({ topic, nearest, elsewhere }) => {
      const topicLink = { name: topic.data.name, href: entryUrl('topics', topic.id) };
      return {
        topic: topicLink,
        nearest: nearest && {
          name: nearest.expert.data.name,
          href: entryUrl('experts', nearest.expert.id),
          role: nearest.expert.data.role,
          where: text.nearestIn(nearest.region.data.name),
        },
        /** Without anyone nearby: someone elsewhere in the network (see the thema), or nobody at all. */
        otherwise: nearest ? undefined : elsewhere ? { text: text.nobodyNearby, link: topicLink } : { text: text.nobodyAtAll, link: undefined },
      };
    }),
  };
}
