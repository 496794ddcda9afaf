/** /lijstfilter.css: the rules that narrow a list without JavaScript (src/lib/pages/list-filters.ts); a file, so the CSP needs no inline style. */
import type { APIRoute } from 'astro';
import { filterValues, listFilterCss } from '../lib/pages/list-filters.ts';
import { loadSiteContent } from '../lib/site-content.ts';

export const GET: APIRoute = async () =>
  new Response(listFilterCss(filterValues(await loadSiteContent())), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
