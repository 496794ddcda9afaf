import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedText, mixedFeedItems } from '../../../lib/feeds.ts';
import type { NetworkGroup } from '../../../lib/relations.ts';
import { loadSiteContent } from '../../../lib/site-content.ts';
import { nl } from '../../../i18n/nl.ts';
import site from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const relations = await loadSiteContent();
  return relations.networkGroups.map((group) => ({ params: { id: group.id }, props: { group } }));
}) satisfies GetStaticPaths;

/** A netwerkgroep's lessons, and the goede voorbeelden those lessons are about. */
export const GET: APIRoute<{ group: NetworkGroup }> = async (context) => {
  const { group } = context.props;
  const relations = await loadSiteContent();
  const lessons = relations.lessonsForNetworkGroup(group.id);
  const prototypes = [...new Set(lessons.map((lesson) => relations.prototypeOf(lesson.data.prototype)).filter((item) => item !== undefined))];
  return rss({
    title: nl.watchFeeds.groupTitle(group.data.name, site.name),
    description: nl.watchFeeds.groupDescription(feedText(group.data.name)),
    site: context.site!,
    items: mixedFeedItems(lessons, prototypes),
    customData: '<language>nl-nl</language>',
  });
};
