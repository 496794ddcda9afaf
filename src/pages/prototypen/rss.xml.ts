import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedSize, prototypeFeedItem } from '../../lib/feeds.ts';
import { loadSiteContent } from '../../lib/site-content.ts';
import site from '../../site.config.ts';

export const GET: APIRoute = async (context) => {
  const content = await loadSiteContent();
  return rss({
    title: `Nieuwe goede voorbeelden | ${site.name}`,
    description: `Goede voorbeelden van inclusiever onderwijs uit ${site.organisation}.`,
    site: context.site!,
    items: content.prototypes.slice(0, feedSize).map(prototypeFeedItem),
    customData: '<language>nl-nl</language>',
  });
};
