/**
 * No third parties: every page type, and a search with a filter, loads only
 * from the site's own origin in Chromium (no fonts, scripts, images or
 * statistics from elsewhere), and no built page or stylesheet refers to a
 * resource on another server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/link-check.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { sampleSiteDir } from '../helpers/paths.ts';
import { waitForSearch } from '../helpers/search-page.ts';

const site = useSampleSite();

/** Opens `sitePath` and records every request the page makes that does not go to the site itself. */
async function openRecording(sitePath: string): Promise<{ page: Page; elsewhere: string[] }> {
  const elsewhere: string[] = [];
  const page = await site.page(sitePath, {
    beforeGoto: (page) => {
      page.on('request', (request) => {
        const url = new URL(request.url());
        // blob: and data: URLs are made in the page itself; a blob: URL carries the origin that made it.
        const origin = url.protocol === 'blob:' ? new URL(url.pathname).origin : url.protocol === 'data:' ? new URL(site.url).origin : url.origin;
        if (origin !== new URL(site.url).origin) elsewhere.push(`${request.resourceType()} ${request.url()}`);
      });
    },
  });
  return { page, elsewhere };
}

describe('requests stay on the site', () => {
  it('would notice a request to another origin (a check of the check)', async () => {
    const { page, elsewhere } = await openRecording('/');
    // Aborted before it leaves the browser: the test itself never contacts another server.
    await page.route('https://third-party.example/**', (route) => route.abort());
    await page.evaluate(() => {
      new Image().src = 'https://third-party.example/pixel.gif';
    });
    await expect.poll(() => elsewhere).toEqual(['image https://third-party.example/pixel.gif']);
  });

  it.each(pageTypes())('requests nothing from another origin on the $name ($path)', async ({ path: sitePath, search }) => {
    const { page, elsewhere } = await openRecording(sitePath);
    if (search) await waitForSearch(page);
    await page.waitForLoadState('networkidle');
    expect(elsewhere, `requests from ${sitePath} to other origins`).toEqual([]);
  });

  it('requests nothing from another origin while searching and filtering', async () => {
    const { page, elsewhere } = await openRecording('/zoeken/?q=autisme');
    await waitForSearch(page);
    await page.check('#filter-soort-prototype');
    await page.waitForURL(/soort=prototype/);
    await waitForSearch(page);
    await page.locator('#search-results > li h2 a').first().click();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toMatch(/^\/prototypen\//);
    expect(elsewhere).toEqual([]);
  });

  it('loads the CMS at /admin/ from the site itself, with no request elsewhere before anyone logs in', async () => {
    const { page, elsewhere } = await openRecording('/admin/');
    await page.getByRole('button', { name: /Inloggen/ }).waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
  });

  it('has no reference to a resource on another server in any built page or stylesheet', () => {
    const files = listFiles(sampleSiteDir).filter((file) => /\.(html|css)$/.test(file) && !/^(admin|pagefind)\//.test(file));
    const external = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
    const loads: Array<[selector: string, attribute: string]> = [
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['img[srcset]', 'srcset'],
      ['source[src]', 'src'],
      ['source[srcset]', 'srcset'],
      ['iframe[src]', 'src'],
      ['video[src]', 'src'],
      ['video[poster]', 'poster'],
      ['audio[src]', 'src'],
      ['embed[src]', 'src'],
      ['object[data]', 'data'],
      ['link[href]:not([rel="canonical"]):not([rel="alternate"])', 'href'],
    ];
    const problems = files.flatMap((file) => {
      const text = readFileSync(path.join(sampleSiteDir, file), 'utf8');
      if (file.endsWith('.css')) {
        return [...text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)/g)]
          .filter((match) => external.test(match[1]))
          .map((match) => `${file}: ${match[0]}`);
      }
      const root = parse(text);
      return loads.flatMap(([selector, attribute]) =>
        root
          .querySelectorAll(selector)
          .map((element) => element.getAttribute(attribute) ?? '')
          .filter((value) => value.split(',').some((candidate) => external.test(candidate.trim())))
          .map((value) => `${file}: <${selector.replace(/\[.*$/, '')} ${attribute}="${value}">`),
      );
    });
    expect(files.length).toBeGreaterThan(90);
    expect(problems).toEqual([]);
  });
});
