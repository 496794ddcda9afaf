/** /delen/keuzes.json: the ids the form offers, for the endpoint on a static host (src/contribute/hosted.ts) to check a submission against. */
import type { APIRoute } from 'astro';
import { publishedChoices } from '../../contribute/choices.ts';
import { loadSiteContent } from '../../lib/site-content.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(publishedChoices(await loadSiteContent())), { headers: { 'Content-Type': 'application/json' } });
