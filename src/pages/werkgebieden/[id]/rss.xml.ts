import type { APIRoute, GetStaticPaths } from 'astro';
import { hubFeed } from '../../../lib/feeds.ts';
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
  return hubFeed({
    site: context.site!,
    title: nl.feeds.regionTitle(region.data.name, site.name),
    description: nl.feeds.regionDescription(region.data.name),
    lessons: relations.lessonsForRegion(region.id),
    prototypes: relations.prototypesForRegion(region.id),
  });
};
