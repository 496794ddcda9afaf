/**
 * The pages for parents in a real Chromium over the built sample site: a
 * route for a werkgebied names only people of that werkgebied and prints on
 * one sheet of A4; a glossary term links to its explanation, which is on the
 * page too; a parent's own word ("rugzak") finds the route in search; the
 * ervaringsouders open without JavaScript; and no page for parents runs a script.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isExperienceParent } from '../../src/lib/pages/parents-page.ts';
import site from '../../src/site.config.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir, sampleSiteDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';
import { searchFor } from '../helpers/search-page.ts';

const sample = useSampleSite();
const relations = relationsFromFolder(contentDir);
const builtPage = (sitePath: string) => parse(readFileSync(path.join(sampleSiteDir, sitePath, 'index.html'), 'utf8'));
const routeRegions = relations.parentRoutes.flatMap((route) => relations.regions.map((region) => [route.id, region.id] as const));
/** Per route the werkgebied with the most helpers: the longest sheet to print (printing every pair takes minutes). */
const fullestRegions = relations.parentRoutes.map((route) => {
  const helpers = (regionId: string) => builtPage(`ouders/${route.id}/${regionId}`).querySelectorAll('.helper').length;
  const [fullest] = [...relations.regions].sort((a, b) => helpers(b.id) - helpers(a.id));
  return [route.id, fullest.id] as const;
});

/** Pages in a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('a route for one werkgebied', () => {
  it.each(routeRegions)('%s in %s names only people of that werkgebied, or the steunpunt for everyone, marked', (routeId, regionId) => {
    const allowed = new Set(relations.parentExpertsForRegion(regionId).map((expert) => expert.data.name));
    const helpers = builtPage(`ouders/${routeId}/${regionId}`).querySelectorAll('.route-step__help .helper');
    expect(helpers.length).toBeGreaterThan(0);
    for (const helper of helpers) {
      const name = helper.querySelector('.helper__name')!.childNodes[0].textContent.trim();
      const mark = helper.querySelector('.helper__mark')?.textContent.trim();
      if (mark) expect(`${name} ${mark}`).toBe(`${site.parentSupport!.name} Voor het hele samenwerkingsverband`);
      else expect(allowed.has(name), `${name} in ${regionId}`).toBe(true);
    }
  });

  it.each(fullestRegions)('%s prints on one sheet of A4 also in %s, where most people help, with every helper on it', async (routeId, regionId) => {
    const page = await sample.page(`/ouders/${routeId}/${regionId}/`);
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const names = await page.locator('.route-step__help .helper__name').evaluateAll((items) => items.map((item) => (item as HTMLElement).offsetParent !== null));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every(Boolean)).toBe(true);
    // On paper only the route: no menu, search box or link to choose another place.
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.route-region a').isVisible()).toBe(false);
    expect(await page.locator('.print-footer').isVisible()).toBe(true);
  });
});

describe('a glossary term on a page for parents', () => {
  it('links at its first use to its explanation in the glossary, and is explained on the page itself, without JavaScript', async () => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sample.url}/ouders/bijna-niet-naar-school/heiloo/`);
    const term = page.locator('main a.term').first();
    const word = (await term.textContent())!;
    const explanationId = (await term.getAttribute('aria-describedby'))!;
    const onPage = page.locator(`#${explanationId}`);
    expect(await onPage.isVisible()).toBe(true);
    const explanation = (await onPage.textContent())!;
    expect(explanation.length).toBeGreaterThan(20);
    expect(await page.locator('main a.term', { hasText: word }).count()).toBe(1);

    await term.click();
    await page.waitForURL(/\/woorden\/#/);
    const id = new URL(page.url()).hash.slice(1);
    const entry = page.locator(`[id="${id}"]`);
    expect(await entry.locator('dt').textContent()).toContain(word);
    expect(await entry.locator('dd').textContent()).toContain(explanation);
    expect(await entry.evaluate((element) => element.matches(':target'))).toBe(true);
    await context.close();
  });
});

describe('search for parents', () => {
  it('finds the route by a parent’s own word for a glossary term ("rugzak" for arrangement), which the page does not show', async () => {
    const { results } = await searchFor((sitePath) => sample.page(sitePath), { q: 'rugzak' });
    expect(results.map((result) => result.href)).toContain('/ouders/een-school-die-past/');
    expect(results.find((result) => result.href === '/ouders/een-school-die-past/')!.kind).toBe('Route voor ouders');
    // The other words are in the page for the search index only: not visible, and hidden from screen readers.
    const page = await sample.page('/ouders/een-school-die-past/');
    const searchWords = page.locator('main [data-pagefind-body] [aria-hidden="true"]', { hasText: 'rugzakje' });
    expect(await searchWords.count()).toBe(1);
    expect(await searchWords.evaluate((element) => element.getBoundingClientRect().width * element.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    const visibleText = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((element) => element.remove());
      return copy.textContent ?? '';
    });
    expect(visibleText).not.toContain('rugzakje');
  });
});

describe('the page for parents', () => {
  it('opens the ervaringsouders of a werkgebied without JavaScript, with mail and phone links', async () => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sample.url}/ouders/`);
    const region = relations.regions[0];
    const details = page.locator(`#ervaringsouders-${region.id}`);
    expect(await details.locator('.helper').first().isVisible()).toBe(false);
    await details.locator('summary').click();
    const names = await details.locator('.helper__name').allTextContents();
    const expected = relations.parentExpertsForRegion(region.id).filter(isExperienceParent).map((expert) => expert.data.name);
    expect(names.sort()).toEqual(expected.sort());
    const hrefs = await details.locator('.contact-links a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => /^(mailto|tel):/.test(href ?? ''))).toBe(true);
    await context.close();
  });

  it('has the route for parents on the home page, as a route like the others', async () => {
    const page = await sample.page('/');
    const cards = page.locator('.routes .card');
    expect(await cards.count()).toBe(4);
    const parents = cards.filter({ hasText: 'Ik ben ouder of verzorger' });
    expect(await parents.locator('a').getAttribute('href')).toBe('/ouders/');
    const heights = await cards.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(heights).size, 'all four routes in one row at 1280 px').toBe(1);
  });

  it.each([375, 1280])('stores nothing and runs no script: no form, no script, only mailto: and tel: for contact (%i px)', async (width) => {
    for (const sitePath of ['/ouders/', '/ouders/bijna-niet-naar-school/', '/ouders/bijna-niet-naar-school/heiloo/', '/woorden/']) {
      const requests: string[] = [];
      const page = await sample.page(sitePath, { width, beforeGoto: (page) => void page.on('request', (request) => requests.push(request.url())) });
      expect(await page.locator('script').count(), sitePath).toBe(0);
      expect(await page.locator('main form').count(), sitePath).toBe(0);
      expect(requests.filter((url) => url.endsWith('.js')), sitePath).toEqual([]);
      expect(await page.locator('.support-box').count(), sitePath).toBe(1);
    }
  });
});

describe('the "kom kijken" box', () => {
  it('mails the contact with the title in the subject and a reminder about children’s names', async () => {
    const page = await sample.page('/prototypen/prikkelarme-werkplek-groep-3/');
    const href = (await page.locator('.visit-box a[href^="mailto:"]').getAttribute('href'))!;
    const mail = new URL(href);
    expect(mail.searchParams.get('subject')).toBe(`Kom kijken: ${relations.prototype('prikkelarme-werkplek-groep-3')!.data.title}`);
    expect(mail.searchParams.get('body')).toMatch(/geen namen .* van kinderen/);
  });

  it('is gone once its last day has passed', () => {
    // jeugdhulp-in-de-klas offers visits until 15 november 2026: the sample site is built later.
    expect(relations.prototype('jeugdhulp-in-de-klas')!.data.visits?.until).toBeDefined();
    expect(builtPage('prototypen/jeugdhulp-in-de-klas').querySelector('.visit-box')).toBeNull();
  });
});
