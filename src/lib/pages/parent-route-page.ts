/**
 * /ouders/<route>/: a route for parents. Asks where the child goes to school
 * (a plain list of links, one per werkgebied, with its places), then shows
 * the whole route. The people who help are on the werkgebied's own page.
 */
import { nl } from '../../i18n/nl.ts';
import { refId, type ParentRoute, type Relations } from '../relations.ts';
import { firstUseOn, supportBox, wordNotes } from '../parents/page-parts.ts';
import { routeBody, routeHeader, routeSearchWords, routeSteps } from '../parents/route-steps.ts';
import { listUrl, parentRouteRegionUrl } from '../urls.ts';
import type { SearchRecord } from '../../search/filters.ts';
import { collections } from '../../schemas/index.ts';
import type { Crumb } from './types.ts';

export function parentRoutePage(route: ParentRoute, relations: Relations) {
  const { data } = route;
  const firstUse = firstUseOn(relations);
  const header = routeHeader(route, firstUse);
  const steps = routeSteps(route, firstUse);
  const body = routeBody(route, firstUse);
  const crumbs: Crumb[] = [{ label: nl.parents.title, href: listUrl('parent-routes') }, { label: data.title }];
  const search: SearchRecord = { kind: collections['parent-routes'].searchKind, topics: data.topics.map(refId), date: data.updated };
  return {
    kind: nl.collections['parent-routes'].kind,
    title: data.title,
    description: data.summary,
    crumbs,
    search,
    searchWords: routeSearchWords(route, firstUse, relations),
    ...header,
    chooseRegion: {
      heading: nl.parents.chooseRegionHeading,
      intro: nl.parents.chooseRegionIntro,
      regions: relations.regions.map((region) => ({
        name: region.data.name,
        places: region.data.municipalities.join(', '),
        href: parentRouteRegionUrl(route.id, region.id),
      })),
    },
    stepsHeading: nl.parents.stepsHeading,
    steps,
    body,
    words: wordNotes(firstUse.used),
    support: supportBox(),
  };
}
