/** /zoeken/vragen.json: per werkgebied where a question goes, fetched by the search page's answer card. */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../lib/site-content.ts';
import { askRegions } from '../../search/answer-data.ts';
import { jsonFile } from '../../lib/json-file.ts';

export const GET: APIRoute = async () => {
  const relations = await loadSiteContent();
  return jsonFile(askRegions(relations));
};
