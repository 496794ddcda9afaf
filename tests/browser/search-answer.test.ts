/**
 * One answer per question, in Chromium on the built sample site: above the
 * results an example, a lesson and a person of the visitor's werkgebied (or
 * one marked as outside it); the werkgebied comes from the filter or is picked
 * once and remembered on this device; when nothing is found, a mail to the
 * werkgebied's coordinator (or the redactie) with the question as subject.
 * Where questions go per werkgebied is fetched from /zoeken/vragen.json once
 * per visit, when a question needs it; when that fails, the card says so.
 * What to expect is computed from the sample content, not written out.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/i18n/nl-search.ts';
import { publishableContact } from '../../src/lib/contact.ts';
import type { Expert } from '../../src/lib/relations.ts';
import site from '../../src/site.config.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir } from '../helpers/paths.ts';
import { searchFor, shownResults, waitForSearch } from '../helpers/search-page.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const sample = useSampleSite();
const relations = relationsFromFolder(contentDir);
const open = (sitePath: string) => sample.page(sitePath);

const topic = 'autisme';
const hasTopic = (expert: Expert) => expert.data.topics.some((ref) => (typeof ref === 'string' ? ref : ref.id) === topic);
/** A werkgebied with people who know the thema, and one without. */
const regionWithTopic = relations.regions.find((region) => relations.expertsForRegion(region.id).some(hasTopic))!;
const regionWithout = relations.regions.find((region) => !relations.expertsForRegion(region.id).some(hasTopic))!;

interface CardPart {
  label: string;
  href: string | null;
  text: string;
}

async function answerCard(page: Page): Promise<CardPart[]> {
  await page.locator('#search-answer').waitFor({ state: 'visible' });
  return page.$$eval('#search-answer-parts > li', (items) =>
    items.map((item) => ({
      label: (item.querySelector('.answer__label') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      href: item.querySelector('.answer__title a')?.getAttribute('href') ?? null,
      text: (item as HTMLElement).innerText,
    })),
  );
}

const pathOf = (href: string | null) => (href ? new URL(href, 'http://x').pathname : '');

const askFile = '**/zoeken/vragen.json';
/** Opens `sitePath` counting the page's requests for where questions go; `fail` makes them fail. */
async function openCountingAsks(sitePath: string, { fail = false } = {}) {
  const asked: string[] = [];
  const page = await sample.page(sitePath, {
    beforeGoto: async (page) => {
      await page.route(askFile, (route) => {
        asked.push(route.request().url());
        return fail ? route.abort() : route.continue();
      });
    },
  });
  return { page, asked };
}

describe('the answer card above the results', () => {
  it('shows one example, one lesson and one person of the chosen werkgebied', async () => {
    const { page, results } = await searchFor(open, { q: topic, werkgebied: regionWithTopic.id });
    const [example, lesson, person, ...rest] = await answerCard(page);
    expect(rest).toEqual([]);
    const shown = results.map((result) => result.href);

    expect(example!.label).toBe('Zo doen ze het');
    expect(pathOf(example!.href)).toBe(results.find((result) => result.kind === 'Goed voorbeeld')?.href);
    expect(lesson!.label).toBe('Dit leerden ze, ook wat niet werkte');
    expect(pathOf(lesson!.href)).toBe(results.find((result) => result.kind === 'Les')?.href);
    expect(shown).toContain(pathOf(example!.href));

    expect(person!.label).toBe(`Wie kan je vragen in ${regionWithTopic.data.name}?`);
    const candidates = relations.expertsForRegion(regionWithTopic.id).filter(hasTopic).map((expert) => `/wie-weet-wat/${expert.id}/`);
    expect(candidates).toContain(pathOf(person!.href));
    expect(person!.text).not.toContain('buiten jouw werkgebied');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('remembers the werkgebied picked on this device, and marks a person outside it', async () => {
    const page = await open(`/zoeken/?q=${topic}`);
    await answerCard(page);
    await page.focus('#answer-region');
    await page.selectOption('#answer-region', regionWithout.id);
    await expect.poll(async () => (await answerCard(page))[2]?.text).toContain('buiten jouw werkgebied');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer-region');

    // A new search in the same browser still knows the werkgebied; nothing went into the URL or a cookie.
    await page.goto(page.url().replace(/\?.*/, '?q=thuiszitter'));
    await answerCard(page);
    expect(await page.inputValue('#answer-region')).toBe(regionWithout.id);
    expect(page.url()).not.toContain(regionWithout.id);
    expect(await page.context().cookies()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers every werkgebied in the choice, from the fetched file, in the order of the site', async () => {
    const page = await open(`/zoeken/?q=${topic}`);
    await answerCard(page);
    const options = await page.$$eval('#answer-region option', (items) => items.map((item) => [(item as HTMLOptionElement).value, item.textContent]));
    expect(options).toEqual([['', searchAnswer.yourRegion], ...relations.regions.map((region) => [region.id, region.data.name])]);
  });

  it('fetches where questions go once per visit, and only when there is a question', async () => {
    // A search with a filter only has no question.
    const { page, asked } = await openCountingAsks(`/zoeken/?thema=${topic}`);
    expect((await waitForSearch(page)).length).toBeGreaterThan(0);
    expect(asked).toEqual([]);
    await page.fill('#search-query', topic);
    await page.press('#search-query', 'Enter');
    await answerCard(page);
    for (const question of ['thuiszitter', 'Sofie']) {
      await page.fill('#search-query', question);
      await page.press('#search-query', 'Enter');
      await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent?.includes(text), question);
    }
    expect(asked).toHaveLength(1);
  });

  it('says so in the card when the werkgebieden cannot be loaded, and loads them at the next question', async () => {
    const { page, asked } = await openCountingAsks(`/zoeken/?q=${topic}`, { fail: true });
    const [, , person] = await answerCard(page);
    expect(person!.label).toBe(searchAnswer.askSomeone);
    expect(person!.text).toContain(searchAnswer.regionsFailed);
    expect(await page.locator('#answer-region').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.unroute(askFile);
    await page.fill('#search-query', 'thuiszitter');
    await page.press('#search-query', 'Enter');
    await page.locator('#answer-region').waitFor();
    expect((await answerCard(page))[2]!.text).not.toContain(searchAnswer.regionsFailed);
    expect(asked.length).toBeGreaterThan(0);
  });

  it('shows no card without a query, such as a hub\'s "Bekijk alle" search', async () => {
    const { page, results } = await searchFor(open, { soort: 'les', thema: topic, sortering: 'datum' });
    expect(results.length).toBeGreaterThan(0);
    expect(await page.isVisible('#search-answer')).toBe(false);
  });
});

describe('asking the werkgebied when nothing is found', () => {
  const coordinated = relations.regions.find((region) => {
    const coordinator = relations.expertOf(region.data.coordinator);
    return coordinator && publishableContact(coordinator)?.email;
  })!;
  const coordinator = relations.expertOf(coordinated.data.coordinator)!;
  const uncoordinated = relations.regions.find((region) => !region.data.coordinator);

  it("mails the werkgebied's coordinator, with the question as subject and a reminder not to name children", async () => {
    const { page } = await searchFor(open, { q: 'Sofie', werkgebied: coordinated.id });
    const link = page.locator('#search-ask a');
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe(publishableContact(coordinator)!.email);
    expect(href.searchParams.get('subject')).toBe('Sofie');
    expect(href.searchParams.get('body')).toContain('Schrijf geen namen van kinderen');
    expect(await link.textContent()).toBe(`Mail je vraag aan ${coordinator.data.name}, coördinator van ${coordinated.data.name}`);
    expect(await page.textContent('#search-ask')).toContain('Schrijf geen namen van kinderen in je mail.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('mails the redactie when the werkgebied has no coordinator, or none is chosen yet', async () => {
    if (uncoordinated) {
      const { page } = await searchFor(open, { q: 'Sofie', werkgebied: uncoordinated.id });
      expect(await page.getAttribute('#search-ask a', 'href')).toMatch(new RegExp(`^mailto:${site.contact.email}\\?`));
    }
    const { page } = await searchFor(open, { q: 'Sofie' });
    expect(await page.getAttribute('#search-ask a', 'href')).toMatch(new RegExp(`^mailto:${site.contact.email}\\?`));
    await page.selectOption('#ask-region', coordinated.id);
    await expect.poll(() => page.getAttribute('#search-ask a', 'href')).toMatch(new RegExp(`^mailto:${publishableContact(coordinator)!.email}\\?`));
    expect(await shownResults(page)).toEqual([]);
  });

  it('mails the redactie and says so when the werkgebieden cannot be loaded', async () => {
    const { page } = await openCountingAsks(`/zoeken/?q=Sofie&werkgebied=${coordinated.id}`, { fail: true });
    await waitForSearch(page);
    expect(await page.getAttribute('#search-ask a', 'href')).toMatch(new RegExp(`^mailto:${site.contact.email}\\?`));
    expect(await page.textContent('#search-ask a')).toBe(searchAnswer.mailEditors);
    expect(await page.textContent('#search-ask')).toContain(searchAnswer.regionsFailed);
    expect(await page.textContent('#search-ask')).toContain(searchAnswer.noChildNames);
    expect(await axeViolations(page)).toEqual([]);
  });
});
