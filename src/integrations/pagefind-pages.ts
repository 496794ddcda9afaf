/**
 * Build-only middleware (added by pagefind.ts): tells the Pagefind integration
 * that a page starts rendering, so the pages before it can be read from dist/
 * beside the rendering (rendered-pages.ts). Shared through globalThis: the pages
 * render from Astro's build bundle, another module graph than the integration.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageStartListener } from './page-start-listener.ts';

export const onRequest = defineMiddleware((context, next) => {
  pageStartListener()?.(context.url.pathname);
  return next();
});
