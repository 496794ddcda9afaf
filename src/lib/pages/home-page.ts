/** The home page: the routes by who you are, the newest lessons, some examples and the werkgebieden. */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import type { Relations } from '../relations.ts';
import { entryUrl, listUrl, pageUrl } from '../urls.ts';

/** How many lessons and examples the home page shows. */
const teaserSize = 3;

export function homePage(relations: Relations) {
  return {
    title: site.name,
    heading: site.tagline,
    lead: nl.home.lead,
    routes: [
      { ...nl.home.routes.teacher, href: listUrl('prototypes') },
      { ...nl.home.routes.group, href: pageUrl('share') },
      { ...nl.home.routes.school, href: listUrl('experts') },
      { ...nl.home.routes.parent, href: listUrl('parent-routes') },
    ],
    latestLessons: relations.lessons.slice(0, teaserSize),
    somePrototypes: relations.prototypes.slice(0, teaserSize),
    allLessonsHref: listUrl('lessons'),
    allPrototypesHref: listUrl('prototypes'),
    regions: relations.regions.map((region) => ({ label: region.data.name, href: entryUrl('regions', region.id) })),
  };
}
