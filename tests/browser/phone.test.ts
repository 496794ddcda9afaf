/**
 * On a phone (375 × 740 CSS pixels) in Chromium: the header takes at most a
 * quarter of the screen, each page has one search box whose placeholder fits,
 * and after a search the number of results and the first result are on the
 * first screen, with the filters behind one button that says how many are on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainSections } from '../../src/lib/navigation.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { searchFor, shownResults, waitForSearch } from '../helpers/search-page.ts';

const site = useSampleSite();
const phone = { width: 375, height: 740 };
const onPhone = (sitePath: string) => site.page(sitePath, { width: phone.width, context: { viewport: phone } });

/** How far down the bottom of an element is, in CSS pixels from the top of the screen. */
const bottomOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().bottom);
/** How far down the first line of a (possibly wrapping) link ends. */
const firstLineOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getClientRects()[0]!.bottom);

describe('the header on a phone', () => {
  it.each(['/', '/lessen/', '/prototypen/thuiszitterstafel/', '/zoeken/?q=autisme'])('takes at most a quarter of the screen on %s', async (sitePath) => {
    const page = await onPhone(sitePath);
    const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(phone.height / 4);
  });

  it('keeps every menu link one tap away, in one row that scrolls sideways', async () => {
    const page = await onPhone('/lessen/');
    const tops = await page.locator('.site-nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops).toHaveLength(mainSections().length);
    expect(tops.length).toBeGreaterThanOrEqual(7);
    expect(new Set(tops).size).toBe(1);
    await page.locator('.site-nav a').last().focus();
    const last = await page.locator('.site-nav a').last().evaluate((link) => link.getBoundingClientRect().right);
    expect(last).toBeLessThanOrEqual(phone.width);
  });
});

describe('one search box per page', () => {
  it.each([
    ['/', '#home-search'],
    ['/zoeken/', '#search-query'],
    ['/lessen/', '#header-search'],
  ])('%s has only %s', async (sitePath, box) => {
    const page = await onPhone(sitePath);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator(box).count()).toBe(1);
  });

  it.each(['/', '/zoeken/', '/lessen/'])('shows the whole placeholder on %s', async (sitePath) => {
    const page = await onPhone(sitePath);
    await page.locator('#search-app').waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
    const fit = await page.locator('input[type="search"]').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: input.placeholder, needed: context.measureText(input.placeholder).width, room };
    });
    expect(fit.text).not.toBe('');
    expect(fit.needed, `"${fit.text}" needs ${fit.needed} px, has ${fit.room}`).toBeLessThanOrEqual(fit.room);
  });
});

describe('search results on a phone', () => {
  it.each(['autisme', 'ouders', 'wie weet iets van ASS in groep 3', 'samenwerken met jeugdhulp'])('puts the number of results and the first result on the first screen: "%s"', async (query) => {
    const { page } = await searchFor(onPhone, { q: query });
    expect(await bottomOf(page, '#search-status')).toBeLessThanOrEqual(phone.height);
    // The first result starts on the first screen: its kind and the first line of its title.
    expect(await firstLineOf(page, '#search-results > li h2 a')).toBeLessThanOrEqual(phone.height);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  it('keeps the first result on the first screen when the search comes from the header of another page', async () => {
    const page = await onPhone('/lessen/');
    await page.fill('#header-search', 'thuiszitter');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/zoeken\/\?q=thuiszitter/);
    await waitForSearch(page);
    expect(await firstLineOf(page, '#search-results > li h2 a')).toBeLessThanOrEqual(phone.height);
  });

  it('hides the filters behind one button that says how many are on, and opens and closes them', async () => {
    const { page } = await searchFor(onPhone, { q: 'ouders', werkgebied: 'heiloo', soort: 'les' });
    const toggle = page.locator('#search-filters-toggle');
    expect((await toggle.textContent())?.trim()).toBe('Filters (2)');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.isVisible('#search-filters')).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.isVisible('#filter-werkgebied-heiloo')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const before = (await shownResults(page)).length;
    await page.check('#filter-soort-prototype');
    await page.waitForURL(/soort=prototype/);
    await expect.poll(async () => (await toggle.textContent())?.trim()).toBe('Filters (3)');
    await expect.poll(async () => (await shownResults(page)).length).toBeGreaterThanOrEqual(before);

    await page.click('#search-filters-done');
    expect(await page.isVisible('#search-filters')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-filters-toggle');
  });

  it('shows the filters beside the results on a wide screen, without the button', async () => {
    const { page } = await searchFor((sitePath) => site.page(sitePath, { width: 1280 }), { q: 'ouders' });
    expect(await page.isVisible('#search-filters')).toBe(true);
    expect(await page.isVisible('#search-filters-toggle')).toBe(false);
  });
});
