/**
 * Large filter groups on /zoeken/ are not in the page: their values are fetched
 * from /zoeken/filters/<filter key>.json when the group is opened, or at once
 * when the URL chooses one of them. The sample content is built a second time
 * with a low limit (LEERNETWERK_INLINE_FILTER_LIMIT=7), so its 8 werkgebieden
 * and its thema's are fetched there, and compared in Chromium with the sample
 * site, where they are in the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchPage } from '../../src/i18n/nl-search.ts';
import { searchFacets } from '../../src/search/facets.ts';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir, outputDir } from '../helpers/paths.ts';
import { searchFor, shownResults, waitForSearch } from '../helpers/search-page.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const fetchedSite = path.join(outputDir, 'fetched-filters-site');
let build: BuildResult;
beforeAll(async () => {
  build = await astroBuild({ contentDir, outDir: fetchedSite, name: 'fetched-filters-site', env: { LEERNETWERK_INLINE_FILTER_LIMIT: '7' } });
}, 300_000);

const fetched = useSampleSite({ dir: fetchedSite });
const inline = useSampleSite();
const facets = searchFacets(relationsFromFolder(contentDir));
const regionGroup = 'details[data-facet="werkgebied"]';

/** The werkgebied group's checkboxes as Chromium serialises them, counts left out (they arrive at their own pace). */
async function regionOptions(page: Page): Promise<string> {
  await page.locator(`${regionGroup} input`).first().waitFor({ state: 'attached' });
  return page.$eval(regionGroup, (group) => {
    const copy = group.querySelector('fieldset')!.cloneNode(true) as HTMLElement;
    for (const count of copy.querySelectorAll('[data-count-for]')) count.textContent = '';
    return [...copy.querySelectorAll('.facet__option')].map((option) => option.outerHTML).join('\n');
  });
}

async function waitForStart(page: Page) {
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('Typ'));
}

describe('large filter groups on /zoeken/', () => {
  it('builds the page without their values and writes the values to a JSON file each, in the order of the page', () => {
    expect(build.code, build.output).toBe(0);
    const html = parse(readFileSync(path.join(fetchedSite, 'zoeken', 'index.html'), 'utf8'));
    for (const key of ['werkgebied', 'thema', 'overgenomen-in']) {
      const group = html.querySelector(`details[data-facet="${key}"]`)!;
      expect(group.getAttribute('data-values')).toBe(`/zoeken/filters/${key}.json`);
      expect(group.querySelectorAll('input')).toHaveLength(0);
      expect(group.querySelector('[data-values-status]')?.textContent).toBe(searchPage.filterValuesLoading);
      const values = JSON.parse(readFileSync(path.join(fetchedSite, 'zoeken', 'filters', `${key}.json`), 'utf8'));
      expect(values).toEqual(facets.find((facet) => facet.key === key)!.options);
    }
    // Groups within the limit stay in the page.
    expect(html.querySelectorAll('details[data-facet="netwerkgroep"] input').length).toBeGreaterThan(0);
    expect(html.querySelector('details[data-facet="soort"]')?.hasAttribute('data-values')).toBe(false);
  });

  it('draws a fetched group with the same checkboxes as a group in the page', async () => {
    const page = await fetched.page('/zoeken/');
    await waitForStart(page);
    expect(await page.locator(`${regionGroup} input`).count()).toBe(0);
    await page.click(`${regionGroup} summary`);
    const drawn = await regionOptions(page);
    const inPage = await regionOptions(await inline.page('/zoeken/'));
    expect(drawn).toBe(inPage);
    expect(drawn).toContain('id="filter-werkgebied-heiloo"');
  });

  it('opens a fetched group, ticks a value with counts, and filters the results and the URL as the page with the group inline', async () => {
    const page = await fetched.page('/zoeken/?q=ouders');
    await waitForSearch(page);
    await page.click(`${regionGroup} summary`);
    await expect.poll(() => page.textContent('label[for="filter-werkgebied-heiloo"] .facet__count')).toMatch(/^\(\d+\)$/);
    const promised = Number(/\d+/.exec((await page.textContent('label[for="filter-werkgebied-heiloo"] .facet__count'))!)![0]);
    await page.check('#filter-werkgebied-heiloo');
    await page.waitForURL(/werkgebied=heiloo/);
    await waitForSearch(page);
    const expected = (await searchFor((sitePath) => inline.page(sitePath), { q: 'ouders', werkgebied: 'heiloo' })).results;
    expect(expected.length).toBe(promised);
    await expect.poll(() => shownResults(page)).toEqual(expected);
  });

  it('is keyboard operable: Enter opens the group, Tab reaches its first value, Space ticks it', async () => {
    const page = await fetched.page('/zoeken/');
    await waitForStart(page);
    await page.focus(`${regionGroup} summary`);
    await page.keyboard.press('Enter');
    await page.locator(`${regionGroup} input`).first().waitFor();
    await page.keyboard.press('Tab');
    const first = facets.find((facet) => facet.key === 'werkgebied')!.options[0]![0];
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`filter-werkgebied-${first}`);
    await page.keyboard.press('Space');
    await page.waitForURL(new RegExp(`werkgebied=${first}`));
  });

  it('shows a value chosen in the URL ticked, and filters exactly as the page with the group inline', async () => {
    const params = { q: 'ouders', werkgebied: 'heiloo', thema: 'ouderbetrokkenheid' };
    const [withFetched, withInline] = [await searchFor((p) => fetched.page(p), params), await searchFor((p) => inline.page(p), params)];
    expect(withInline.results.length).toBeGreaterThan(0);
    expect(withFetched.results).toEqual(withInline.results);
    expect(withFetched.status).toBe(withInline.status);
    const page = withFetched.page;
    await expect.poll(() => page.isChecked('#filter-werkgebied-heiloo')).toBe(true);
    expect(await page.isChecked('#filter-thema-ouderbetrokkenheid')).toBe(true);
    expect(await page.$eval(regionGroup, (group) => (group as HTMLDetailsElement).open)).toBe(true);
    expect(await page.textContent(`${regionGroup} [data-chosen]`)).toBe(searchPage.chosenCount(1));
  });

  it('keeps a value chosen in the URL while its group is still loading, when another filter is ticked', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await fetched.page('/zoeken/?q=ouders&werkgebied=heiloo', {
      beforeGoto: async (page) => {
        await page.route('**/zoeken/filters/werkgebied.json', async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    await waitForSearch(page);
    expect(await page.locator(`${regionGroup} input`).count()).toBe(0);
    await page.check('#filter-soort-les');
    await page.waitForURL(/soort=les/);
    expect(new URL(page.url()).searchParams.getAll('werkgebied')).toEqual(['heiloo']);
    release();
    await expect.poll(() => page.isChecked('#filter-werkgebied-heiloo')).toBe(true);
    expect(await page.isChecked('#filter-soort-les')).toBe(true);
  });

  it('says so in the group when its values cannot be loaded, and tries again when it is opened again', async () => {
    const page = await fetched.page('/zoeken/', {
      beforeGoto: async (page) => {
        await page.route('**/zoeken/filters/werkgebied.json', (route) => route.abort());
      },
    });
    await waitForStart(page);
    await page.click(`${regionGroup} summary`);
    const status = page.locator(`${regionGroup} [data-values-status]`);
    await expect.poll(() => status.textContent()).toBe(searchPage.filterValuesFailed);
    expect(await status.getAttribute('role')).toBe('status');
    await page.unroute('**/zoeken/filters/werkgebied.json');
    await page.click(`${regionGroup} summary`);
    await page.click(`${regionGroup} summary`);
    await page.locator('#filter-werkgebied-heiloo').waitFor();
    expect(await status.count()).toBe(0);
  });

  it.each([375, 1280])('has no axe violations with a fetched group open (%i px)', async (width) => {
    const page = await fetched.page('/zoeken/?q=ouders&werkgebied=heiloo', { width });
    await waitForSearch(page);
    await page.locator('#filter-werkgebied-heiloo').waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
