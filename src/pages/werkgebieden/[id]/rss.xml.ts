import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedText, mixedFeedItems } from '../../../lib/feeds.ts';
import type { Region } from '../../../lib/relations.ts';
import { loadSiteContent } from '../../../lib/site-content.ts';
import { nl } from '../../../i18n/nl.ts';
import site from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const relations = await loadSiteContent();
  return relations.regions.map((region) => ({ params: { id: region.id }, props: { region } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: Region }> = async (context) => {
  const { region } = context.props;
  const relations = await loadSiteContent();
  return rss({
    title: nl.feeds.regionTitle(region.data.name, site.name),
    description: nl.feeds.regionDescription(feedText(region.data.name)),
    site: context.site!,
    items: mixedFeedItems(relations.lessonsForRegion(region.id), relations.prototypesForRegion(region.id)),
    customData: '<language>nl-nl</language>',
  });
};
