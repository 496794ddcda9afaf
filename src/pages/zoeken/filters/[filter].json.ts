/** /zoeken/filters/<filter key>.json: the [value, name] pairs of a filter group too large for the search page, fetched when it is opened. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../../../lib/site-content.ts';
import { fetchedFacets, searchFacets } from '../../../search/facets.ts';
import { jsonFile } from '../../../lib/json-file.ts';

export const getStaticPaths = (async () => {
  const relations = await loadSiteContent();
  return fetchedFacets(searchFacets(relations)).map((facet) => ({ params: { filter: facet.key }, props: { options: facet.options } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonFile(props.options);
