import type { APIRoute, GetStaticPaths } from 'astro';
import { hubFeed } from '../../../lib/feeds.ts';
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
  return hubFeed({
    site: context.site!,
    title: nl.watchFeeds.topicTitle(topic.data.name, site.name),
    description: nl.watchFeeds.topicDescription(topic.data.name),
    lessons: relations.lessonsForTopic(topic.id),
    prototypes: relations.prototypesForTopic(topic.id),
  });
};
