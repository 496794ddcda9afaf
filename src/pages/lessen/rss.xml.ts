import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedSize, lessonFeedItem } from '../../lib/feeds.ts';
import { loadSiteContent } from '../../lib/site-content.ts';
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';

export const GET: APIRoute = async (context) => {
  const relations = await loadSiteContent();
  return rss({
    title: nl.feeds.lessonsTitle(site.name),
    description: nl.feeds.lessonsDescription(site.organisation),
    site: context.site!,
    items: relations.lessons.slice(0, feedSize).map(lessonFeedItem),
    customData: '<language>nl-nl</language>',
  });
};
