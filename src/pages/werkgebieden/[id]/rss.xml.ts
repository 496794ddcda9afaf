import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedText, mixedFeedItems } from '../../../lib/feeds.ts';
import type { Region } from '../../../lib/relations.ts';
import { loadSiteContent } from '../../../lib/site-content.ts';
import site from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const content = await loadSiteContent();
  return content.regions.map((region) => ({ params: { id: region.id }, props: { region } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: Region }> = async (context) => {
  const { region } = context.props;
  const content = await loadSiteContent();
  return rss({
    title: `Nieuw in ${region.data.name} | ${site.name}`,
    description: `Nieuwe lessen en goede voorbeelden uit werkgebied ${feedText(region.data.name)}.`,
    site: context.site!,
    items: mixedFeedItems(content.lessonsForRegion(region.id), content.prototypesForRegion(region.id)),
    customData: '<language>nl-nl</language>',
  });
};
