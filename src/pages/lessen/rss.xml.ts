import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedSize, lessonFeedItem } from '../../lib/feeds.ts';
import { loadSiteContent } from '../../lib/site-content.ts';
import site from '../../site.config.ts';

export const GET: APIRoute = async (context) => {
  const content = await loadSiteContent();
  return rss({
    title: `Nieuwe lessen | ${site.name}`,
    description: `Lessons learned uit het netwerk van ${site.organisation}.`,
    site: context.site!,
    items: content.lessons.slice(0, feedSize).map(lessonFeedItem),
    customData: '<language>nl-nl</language>',
  });
};
