/**
 * Search in a real Chromium over the built sample site: Dutch queries a
 * teacher would type, synonyms, stemming, filters, URL state, the empty
 * state and accessibility.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir, sampleSiteDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';
import { searchFor, shownResults, waitForSearch } from '../helpers/search-page.ts';

const site = useSampleSite();
const relations = relationsFromFolder(contentDir);
const open = (sitePath: string) => site.page(sitePath);
const topThree = (results: { href: string }[]) => results.slice(0, 3).map((result) => result.href);

/** Realistic questions, and the page (or one of the pages) a teacher should find among the first three results. */
const questions: Array<[query: string, expected: string]> = [
  // The thuiszitterstafel itself, or the lesson of the werkgebied that took it over: both answer "how".
  ['hoe vang ik een thuiszitter op', '/prototypen/thuiszitterstafel/ or /lessen/thuiszitterstafel-om-de-zes-weken/'],
  ['wie weet iets van ASS in groep 3', '/prototypen/prikkelarme-werkplek-groep-3/'],
  ['leerling snel overprikkeld', '/prototypen/prikkelarme-werkplek-groep-3/'],
  ['leesouders dyslexie', '/lessen/leesouders-zonder-training-werkt-niet/'],
  ['plusklas', '/prototypen/plusklas-heiloo/'],
  ['tolk bij gesprek met ouders', '/lessen/tolk-bij-het-eerste-gesprek/'],
  ['brugklas', '/prototypen/brugklasdag-groep-8/'],
  ['samenwerken met jeugdhulp', '/lessen/jeugdhulp-in-de-klas-eerst-kennismaken/'],
  ['OPP gesprek met het kind', '/lessen/opp-gesprek-met-het-kind-erbij/'],
  ['warme overdracht peuters', '/prototypen/warme-overdracht-voorschool-groep-1/'],
  ['pictogrammen', '/lessen/pictogrammen-alleen-werken-als-iedereen-ze-gebruikt/'],
  ['schakelklas nieuwkomers', '/prototypen/schakelklas-nieuwkomers/'],
  ['motoriek', '/themas/motoriek/'],
  ['werkgebied Heiloo', '/werkgebieden/heiloo/'],
];

describe('search on /zoeken/', () => {
  describe.each(questions)('"%s"', (query, expected) => {
    it(`finds ${expected} among the first three results`, async () => {
      const { results } = await searchFor(open, { q: query });
      const found = topThree(results);
      expect(expected.split(' or ').some((page) => found.includes(page)), `first three: ${found.join(', ')}`).toBe(true);
    });
  });

  it('finds the autism pages by the synonym "ASS"', async () => {
    const { results } = await searchFor(open, { q: 'ASS' });
    expect(topThree(results)).toContain('/themas/autisme/');
    expect(results.map((result) => result.href)).toContain('/prototypen/prikkelarme-werkplek-groep-3/');
  });

  it('finds the thuiszitters pages by the synonym "verzuim"', async () => {
    const { results } = await searchFor(open, { q: 'verzuim' });
    expect(topThree(results)).toContain('/themas/thuiszitters/');
    expect(results.map((result) => result.href)).toContain('/prototypen/thuiszitterstafel/');
  });

  it('finds autism pages for "autistische", a word form they do not all use', async () => {
    const { results } = await searchFor(open, { q: 'autistische' });
    const hrefs = results.map((result) => result.href);
    expect(hrefs).toContain('/themas/autisme/');
    expect(hrefs).toContain('/prototypen/prikkelarme-werkplek-groep-3/');
  });

  describe.each([
    ['samenwerking', 'samenwerken'],
    ['samenwerken', 'samenwerking'],
    ['gesprekken', 'gesprek'],
  ])('Dutch stemming: "%s"', (query, otherForm) => {
    it(`finds pages that only say "${otherForm}"`, async () => {
      const onlyOtherForm = pagesUsingOnly(otherForm, query);
      expect(onlyOtherForm.length, `sample pages that say "${otherForm}" but never "${query}"`).toBeGreaterThan(0);
      const page = await open('/zoeken/');
      await waitForSearchReady(page);
      const found = await allResultUrls(page, query);
      expect(found.filter((url) => onlyOtherForm.includes(url))).not.toHaveLength(0);
    });
  });

  describe('precision', () => {
    it('does not find the accessibility page for "autisme" (it only says "automatisch")', async () => {
      const { results } = await searchFor(open, { q: 'autisme' });
      expect(topThree(results)).toContain('/themas/autisme/');
      expect(results.map((result) => result.href)).not.toContain('/toegankelijkheid/');
    });

    it('gives no results for a name that is not on the site ("Sofie"), and offers to ask the werkgebied instead', async () => {
      const { page, status, results } = await searchFor(open, { q: 'Sofie' });
      expect(results).toEqual([]);
      expect(status).toBe('Geen resultaten voor ‘Sofie’. Dit woord komt nergens voor op de site.');
      expect(await page.isVisible('#search-empty')).toBe(true);
      expect(await page.textContent('#search-empty h2')).toBe('Stel je vraag aan je werkgebied');
      expect(await page.getAttribute('#search-ask a', 'href')).toMatch(/^mailto:/);
    });

    it('names a word it found nowhere and shows the results for the other words', async () => {
      const alone = await searchFor(open, { q: 'autisme' });
      const { status, results } = await searchFor(open, { q: 'xyzqq autisme' });
      expect(status).toBe(`‘xyzqq’ komt nergens voor; dit zijn de ${alone.results.length} resultaten voor ‘autisme’.`);
      expect(results).toEqual(alone.results);
    });

    it('still finds a word in another form: "plusklassen" finds the plusklas', async () => {
      const { results } = await searchFor(open, { q: 'plusklassen' });
      expect(topThree(results)).toContain('/prototypen/plusklas-heiloo/');
    });

    it('finds pages by synonyms that are in the index but not on screen', async () => {
      const onlyHidden = pagesWithHiddenKeyword('ASS');
      expect(onlyHidden.length, 'sample pages whose only "ASS" is a hidden synonym').toBeGreaterThan(0);
      const page = await open(onlyHidden[0]!);
      expect(await page.locator('main').innerText()).not.toContain('Trefwoorden');
      // The synonyms take no room on screen and are hidden from screen readers.
      const keywords = page.locator('main p[aria-hidden="true"]');
      expect(await keywords.textContent()).toMatch(/\bASS\b/);
      const box = await keywords.boundingBox();
      expect(box!.width * box!.height).toBeLessThanOrEqual(1);
      const found = (await searchFor(open, { q: 'ASS' })).results.map((result) => result.href);
      expect(onlyHidden.filter((url) => !found.includes(url))).toEqual([]);
    });
  });

  it('narrows results with filters, within and across filter groups', async () => {
    const all = await searchFor(open, { q: 'ouders' });
    const inRegion = await searchFor(open, { q: 'ouders', werkgebied: 'heiloo' });
    const lessonsInRegion = await searchFor(open, { q: 'ouders', werkgebied: 'heiloo', soort: 'les' });
    const twoRegions = await searchFor(open, { q: 'ouders', werkgebied: ['heiloo', 'langedijk'] });

    expect(inRegion.results.length).toBeGreaterThan(0);
    expect(inRegion.results.length).toBeLessThan(all.results.length);
    expect((await resultRegions(inRegion.page)).filter((regions) => !regions.includes('Heiloo'))).toEqual([]);
    expect(lessonsInRegion.results.length).toBeGreaterThan(0);
    expect(lessonsInRegion.results.length).toBeLessThan(inRegion.results.length);
    expect(lessonsInRegion.results.filter((result) => result.kind !== 'Les')).toEqual([]);
    // Two werkgebieden mean "either of them": at least as many as one alone.
    expect(twoRegions.results.length).toBeGreaterThan(inRegion.results.length);
  });

  it('shows per filter value how many results it leaves, and keeps that promise', async () => {
    const { page } = await searchFor(open, { q: 'ouders' });
    const countText = await page.textContent('label[for="filter-soort-prototype"] .facet__count');
    const promised = Number(/\((\d+)\)/.exec(countText ?? '')?.[1]);
    expect(promised).toBeGreaterThan(0);
    await page.check('#filter-soort-prototype');
    await page.waitForURL(/soort=prototype/);
    await waitForSearch(page);
    await expect.poll(async () => (await shownResults(page)).length).toBe(promised);
  });

  it('filters by speerpunt, onderwijstype and status', async () => {
    const stopped = await searchFor(open, { status: 'gestopt' });
    expect(stopped.results.map((result) => result.href).sort()).toEqual(['/prototypen/beweegmaatje/', '/prototypen/leesouders-dyslexie/']);
    const vso = await searchFor(open, { onderwijstype: 'vso', soort: 'prototype' });
    expect(vso.results.map((result) => result.href)).toEqual(['/prototypen/stage-in-de-buurt-vso/']);
    const focus = await searchFor(open, { speerpunt: 'lerend-netwerk', soort: 'prototype' });
    expect(focus.results.map((result) => result.href)).toContain('/prototypen/intervisie-intern-begeleiders/');
  });

  it('lists the lessons a netwerkgroep shared', async () => {
    const { results } = await searchFor(open, { netwerkgroep: 'oudersteunpunt', soort: 'les' });
    const expected = relations.lessonsForNetworkGroup('oudersteunpunt').map((lesson) => `/lessen/${lesson.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(results.map((result) => result.href).sort()).toEqual(expected.sort());
  });

  it('sorts by date, newest first', async () => {
    const { page } = await searchFor(open, { q: 'ouders', soort: 'les', sortering: 'datum' });
    const dates = await resultDates(page);
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('shows kind, title, summary with the match marked, werkgebied and date for each result', async () => {
    const { page } = await searchFor(open, { q: 'plusklas' });
    const first = page.locator('#search-results > li').first();
    await expect.poll(() => first.locator('.card__kind').textContent()).toBe('Goed voorbeeld');
    expect(await first.locator('h2 a').textContent()).toBe('De plusklas in Heiloo');
    expect(await first.locator('.result__summary mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.result__meta').textContent()).toMatch(/Heiloo · \d{1,2} \w+ 20\d\d/);
  });

  it('keeps query and filters in the URL: restored after reload, and the back button works', async () => {
    const page = await open('/zoeken/');
    await waitForSearchReady(page);
    await page.fill('#search-query', 'ouders');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/q=ouders/);
    await waitForSearch(page);
    const unfiltered = (await shownResults(page)).length;

    await page.click('details[data-facet="werkgebied"] summary');
    await page.check('#filter-werkgebied-heiloo');
    await page.waitForURL(/werkgebied=heiloo/);
    await waitForSearch(page);
    const filtered = await shownResults(page);
    expect(filtered.length).toBeLessThan(unfiltered);

    await page.reload();
    await waitForSearch(page);
    expect(await page.inputValue('#search-query')).toBe('ouders');
    expect(await page.isChecked('#filter-werkgebied-heiloo')).toBe(true);
    expect(await shownResults(page)).toEqual(filtered);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('werkgebied'));
    await expect.poll(() => page.isChecked('#filter-werkgebied-heiloo')).toBe(false);
    await expect.poll(async () => (await shownResults(page)).length).toBe(unfiltered);
  });

  it('says so when nothing is found, and offers to remove filters and browse instead', async () => {
    const { page, status, results } = await searchFor(open, { q: 'plusklas', soort: 'netwerkgroep' });
    expect(results).toEqual([]);
    expect(status).toContain('Geen resultaten');
    expect(await page.isVisible('#search-empty')).toBe(true);
    expect(await page.getAttribute('#search-empty a[href="/werkgebieden/"]', 'href')).toBe('/werkgebieden/');
    expect(await page.getAttribute('#search-empty a[href="/themas/"]', 'href')).toBe('/themas/');
    await page.click('#search-empty-clear');
    await page.waitForURL((url) => !url.search.includes('soort'));
    await expect.poll(async () => (await shownResults(page)).length).toBeGreaterThan(0);
  });

  it('announces the number of results to screen readers', async () => {
    const { page, status } = await searchFor(open, { q: 'plusklas' });
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(status).toMatch(/^\d+ resultaten voor ‘plusklas’/);
  });

  it('takes a query from the search box in the header of a content page', async () => {
    const page = await open('/prototypen/plusklas-heiloo/');
    expect(await page.locator('script').count()).toBe(0);
    await page.fill('#header-search', 'thuiszitter');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/zoeken\/\?q=thuiszitter/);
    await waitForSearch(page);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
  });

  it('is keyboard operable: type, search, tick a filter and reach the first result', async () => {
    const page = await open('/zoeken/');
    await waitForSearchReady(page);
    await page.focus('#search-query');
    await page.keyboard.type('ouders');
    await page.keyboard.press('Enter');
    await waitForSearch(page);
    await page.focus('#filter-soort-les');
    await page.keyboard.press('Space');
    await page.waitForURL(/soort=les/);
    await waitForSearch(page);
    const firstLink = page.locator('#search-results > li h2 a').first();
    await firstLink.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
  });

  it('tells visitors without JavaScript where to find things instead', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/zoeken/?q=autisme`);
    expect(await page.isVisible('#search-app')).toBe(false);
    const notice = page.locator('main .notice').first();
    expect(await notice.textContent()).toContain('Zoeken werkt met JavaScript');
    expect(await notice.locator('a[href="/prototypen/"]').count()).toBe(1);
    expect(await notice.locator('a[href="/werkgebieden/"]').count()).toBe(1);
    await context.close();
  });

  it('loads Pagefind from the files the page preloads, each fetched once, and starts no Web Worker', async () => {
    const requested: string[] = [];
    const workers: string[] = [];
    const page = await site.page('/zoeken/?q=autisme', {
      beforeGoto: (page) => {
        page.on('request', (request) => requested.push(new URL(request.url()).pathname));
        page.on('worker', (worker) => workers.push(worker.url()));
      },
    });
    await waitForSearch(page);
    const preloaded = await page.$$eval('head link[rel="modulepreload"], head link[rel="preload"]', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(preloaded).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.nl.pagefind']);
    // A preload the search did not take (another file, or fetched in another mode) shows as a second request.
    for (const file of preloaded) expect(requested.filter((pathname) => pathname === file), file!).toHaveLength(1);
    expect(requested.filter((pathname) => /\/pagefind\/wasm\./.test(pathname))).toEqual(['/pagefind/wasm.nl.pagefind']);
    expect(workers).toEqual([]);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
  });

  it.each([375, 1280])('has no axe violations with results and filters showing (%i px)', async (width) => {
    const page = await site.page('/zoeken/?q=ouders&werkgebied=heiloo', { width });
    await waitForSearch(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

async function waitForSearchReady(page: import('playwright-core').Page) {
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('Typ'));
}

/** Every result URL for a query, straight from Pagefind in the page (not only the first page shown). */
async function allResultUrls(page: import('playwright-core').Page, query: string): Promise<string[]> {
  // A string, so the test runner does not rewrite the browser's import().
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.map((item) => item.url);
  })()`);
}

/** URLs of built pages whose searchable text uses `word` but never `avoided`. */
function pagesUsingOnly(word: string, avoided: string): string[] {
  const candidates = ['prototypen', 'lessen', 'wie-weet-wat'].flatMap((section) =>
    readDirs(path.join(sampleSiteDir, section)).map((slug) => `/${section}/${slug}/`),
  );
  const has = (text: string, term: string) => new RegExp(`(^|[^\\p{L}])${term}([^\\p{L}]|$)`, 'iu').test(text);
  return candidates.filter((url) => {
    const html = readFileSync(path.join(sampleSiteDir, url, 'index.html'), 'utf8');
    const body = parse(html).querySelector('[data-pagefind-body]')?.textContent ?? '';
    return has(body, word) && !has(body, avoided);
  });
}

/** URLs of built entry pages that say `word` only in their hidden synonyms (the aria-hidden keywords paragraph). */
function pagesWithHiddenKeyword(word: string): string[] {
  const candidates = ['prototypen', 'lessen', 'wie-weet-wat'].flatMap((section) =>
    readDirs(path.join(sampleSiteDir, section)).map((slug) => `/${section}/${slug}/`),
  );
  const has = (text: string) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text);
  return candidates.filter((url) => {
    const body = parse(readFileSync(path.join(sampleSiteDir, url, 'index.html'), 'utf8')).querySelector('[data-pagefind-body]');
    const hidden = body?.querySelector('p.visually-hidden[aria-hidden="true"]');
    if (!body || !hidden || !has(hidden.textContent)) return false;
    hidden.remove();
    return !has(body.textContent);
  });
}

function readDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'pagina')
    .map((entry) => entry.name);
}

async function resultRegions(page: import('playwright-core').Page): Promise<string[]> {
  return page.$$eval('#search-results > li .result__meta', (items) => items.map((item) => item.textContent ?? ''));
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
async function resultDates(page: import('playwright-core').Page): Promise<number[]> {
  const metas = await resultRegions(page);
  return metas.map((meta) => {
    const [, day, month, year] = /(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(meta) ?? [];
    return Date.UTC(Number(year), months.indexOf(month!), Number(day));
  });
}
