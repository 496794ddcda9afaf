import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedText, mixedFeedItems } from '../../../lib/feeds.ts';
import type { Topic } from '../../../lib/relations.ts';
import { loadSiteContent } from '../../../lib/site-content.ts';
import { nl } from '../../../i18n/nl.ts';
import site from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const relations = await loadSiteContent();
  return relations.topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async (context) => {
  const { topic } = context.props;
  const relations = await loadSiteContent();
  return rss({
    title: nl.watchFeeds.topicTitle(topic.data.name, site.name),
    description: nl.watchFeeds.topicDescription(feedText(topic.data.name)),
    site: context.site!,
    items: mixedFeedItems(relations.lessonsForTopic(topic.id), relations.prototypesForTopic(topic.id)),
    customData: '<language>nl-nl</language>',
  });
};
