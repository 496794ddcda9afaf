/**
 * Build-only middleware (added by pagefind.ts): hands every rendered HTML page
 * to the Pagefind index as it is rendered, so Pagefind reads the pages on the
 * other core while Astro renders the rest, instead of reading dist/ afterwards.
 * Only the part Pagefind reads goes (searchable-part.ts); the page itself goes out unchanged. Shared through globalThis: the pages
 * render from Astro's build bundle, another module graph than the integration.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCollector } from './pagefind-collector.ts';
import { searchablePart } from './searchable-part.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collect = pageCollector();
  if (!collect || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const searchable = searchablePart(html);
  if (searchable) await collect(context.url.pathname, searchable);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
