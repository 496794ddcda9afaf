// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cms } from './src/integrations/cms.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { dropStaleContentCache } from './src/integrations/content-cache.ts';
import { contribute } from './src/integrations/contribute.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { uniqueHeadingIds } from './src/security/heading-ids.ts';
import { sanitiseMarkdown } from './src/security/markdown-sanitise.ts';
import { mdxGuard } from './src/security/mdx-guard.ts';
import site from './src/site.config.ts';

// Tests and the benchmark build other content into other folders, side by side.
const outDir = process.env.LEERNETWERK_OUT_DIR ?? './dist';
// Tests build with their own public/ (a bad file in uploads/, say); the content check reads it from here too.
const publicDir = process.env.LEERNETWERK_PUBLIC_DIR ?? './public';
const cacheDir = process.env.LEERNETWERK_CACHE_DIR ?? './node_modules/.astro';
// Astro re-reads cached content only when src/content.config.ts itself changes; our schemas live elsewhere.
dropStaleContentCache(fileURLToPath(new URL('.', import.meta.url)), cacheDir);

// .mdx gets the Markdown sanitising too, plus a guard that stops the build on any code in an .mdx entry
// (src/security/mdx-guard.ts). Exported for tests/unit/mdx-guard.test.ts.
export const mdxProcessor = satteri({ mdastPlugins: [sanitiseMarkdown, mdxGuard] });

export default defineConfig({
  site: site.url,
  outDir,
  publicDir,
  cacheDir,
  base: site.basePath,
  trailingSlash: 'always',
  // No Astro dev toolbar over the pages while editing with npm start.
  devToolbar: { enabled: false },
  // Sätteri has GFM built in (tables, task lists, footnotes) and is about 3x faster than unified + remark-gfm.
  // uniqueHeadingIds: no heading id twice on a page, none equal to an id of the layout.
  markdown: { processor: satteri({ mdastPlugins: [sanitiseMarkdown], hastPlugins: [uniqueHeadingIds] }) },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts stay files in /_astro/, however small: the CSP (src/security/csp.ts) allows no inline script on the site.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  integrations: [
    contentCheck(),
    mdx({ processor: mdxProcessor }),
    // Not the search page, the 404 page or the CMS at /admin/.
    sitemap({ filter: (page) => !/\/(zoeken|404|admin|bedankt)\/?$/.test(new URL(page).pathname) }),
    cms(),
    // npm start: the /delen/ endpoint, saving drafts into content/.
    contribute(),
    // Last, so it indexes the finished pages.
    pagefind(),
  ],
});
