/** /delen/keuzes.json: the ids the form offers, for the endpoint on a static host (src/contribute/hosted.ts) to check a submission against. */
import type { APIRoute } from 'astro';
import { publishedChoices } from '../../contribute/choices.ts';
import { loadSiteContent } from '../../lib/site-content.ts';
import { jsonFile } from '../../lib/json-file.ts';

export const GET: APIRoute = async () => jsonFile(publishedChoices(await loadSiteContent()));
