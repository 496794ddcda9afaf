/**
 * When Pagefind cannot load (its script, its WebAssembly or its index does
 * not arrive, as on a dropped phone connection), /zoeken/ says that searching
 * does not work now, instead of showing "Zoeken..." for ever.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchPage } from '../../src/i18n/nl-search.ts';
import { mainSections } from '../../src/lib/navigation.ts';
import { pageLanguage, pagefindFolder, pagefindStartFiles } from '../../src/search/contract.ts';
import { useSampleSite } from '../helpers/browser.ts';

const site = useSampleSite();

/** Opens `sitePath` with the requests to `blocked` (a path under the site) failing. */
function openWithout(sitePath: string, blocked: string): Promise<Page> {
  return site.page(sitePath, {
    beforeGoto: async (page) => {
      await page.route((url) => url.pathname.startsWith(blocked), (route) => route.abort('internetdisconnected'));
    },
  });
}

async function statusAfterSearch(page: Page): Promise<string> {
  await page.waitForFunction(
    (unavailable) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text === unavailable || /resultaat|resultaten|Geen resultaten/.test(text);
    },
    searchPage.unavailable,
    { timeout: 15_000 },
  );
  return (await page.textContent('#search-status')) ?? '';
}

describe('search on /zoeken/ when Pagefind does not load', () => {
  it.each([
    ['its script', `/${pagefindStartFiles.script}`],
    ['its WebAssembly', `/${pagefindStartFiles.wasm}`],
    ['its index', `/${pagefindFolder}/pagefind.${pageLanguage}_`],
  ])('says searching does not work now when %s does not arrive', async (_what, blocked) => {
    const page = await openWithout('/zoeken/?q=autisme', blocked);
    expect(await statusAfterSearch(page)).toBe(searchPage.unavailable);
    expect(await page.$$('#search-results > li')).toHaveLength(0);
    // The message points to the lists: they are right there.
    expect(await page.isVisible('#search-browse')).toBe(true);
    expect(await page.$$eval('#search-browse a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(
      mainSections().map((section) => section.href),
    );
  });

  it('shows no results of an earlier search under the message when a later search fails', async () => {
    const page = await site.page('/zoeken/?q=autisme');
    expect(await statusAfterSearch(page)).not.toBe(searchPage.unavailable);
    expect((await page.$$('#search-results > li')).length).toBeGreaterThan(0);
    expect(await page.isVisible('#search-browse')).toBe(false);
    await page.route((url) => url.pathname.startsWith('/pagefind/fragment/'), (route) => route.abort('internetdisconnected'));
    await page.fill('#search-query', 'ouders');
    await page.press('#search-query', 'Enter');
    await page.waitForFunction((unavailable) => document.querySelector('#search-status')?.textContent === unavailable, searchPage.unavailable, {
      timeout: 15_000,
    });
    expect(await page.$$('#search-results > li')).toHaveLength(0);
  });

  it('says so too on the page without a query, where only the filters are counted', async () => {
    const page = await openWithout('/zoeken/', `/${pagefindStartFiles.wasm}`);
    await page.waitForFunction((unavailable) => document.querySelector('#search-status')?.textContent === unavailable, searchPage.unavailable, {
      timeout: 15_000,
    });
    expect(await page.textContent('#search-status')).toBe(searchPage.unavailable);
  });
});
