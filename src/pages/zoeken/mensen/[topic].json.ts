/** /zoeken/mensen/<thema>.json: the people with this thema, fetched by the search page's answer card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../../../lib/site-content.ts';
import { answerPeople } from '../../../search/answer-data.ts';
import { jsonFile } from '../../../lib/json-file.ts';

export const getStaticPaths = (async () => {
  const relations = await loadSiteContent();
  return relations.topics.map((topic) => ({ params: { topic: topic.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const relations = await loadSiteContent();
  return jsonFile(answerPeople(relations, params.topic!));
};
