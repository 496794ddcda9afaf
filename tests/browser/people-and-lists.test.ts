/**
 * Finding people and examples quickly, in Chromium: a werkgebied lists each
 * person once, in one table with their contact data; the lists of people,
 * examples and lessons narrow by werkgebied, thema and onderwijstype with
 * JavaScript switched off (CSS :has()), by keyboard too, and say how many
 * are left; an entry's facts come right under its title on a phone; e-mail
 * addresses wrap only between their parts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl.ts';
import { refId } from '../../src/lib/relations.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const site = useSampleSite();
const relations = relationsFromFolder(contentDir);
const withoutJavaScript = { javaScriptEnabled: false };

/** The headings of the cards in the list that are shown. */
const shownTitles = (page: Page) =>
  page.locator('.filterable__items > li').evaluateAll((items) =>
    items.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => item.querySelector('h2')?.textContent?.trim()),
  );

interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The text of the page's status line as the accessibility tree has it, CSS counter included; empty when it is hidden. */
async function statusText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const status = nodes.find((node) => !node.ignored && node.role?.value === 'status');
  if (!status) return '';
  const texts: string[] = [];
  const walk = (node: AXNode | undefined) => {
    if (!node) return;
    if (node.role?.value === 'StaticText') texts.push(node.name?.value ?? '');
    else for (const id of node.childIds ?? []) walk(byId.get(id));
  };
  walk(status);
  return texts.join('').replace(/\s+/g, ' ').trim();
}

describe('the people of a werkgebied', () => {
  it.each(relations.regions.map((region) => [region.data.name, region.id]))('lists everyone in %s once, in one table with contact data', async (_name, id) => {
    const page = await site.page(`/werkgebieden/${id}/`);
    const names = await page.locator('.contact-table tbody th a').allTextContents();
    const expected = relations.expertsForRegion(id).map((expert) => expert.data.name);
    expect(names).toEqual(expected);
    expect(new Set(names).size).toBe(names.length);
    // No second copy of a person as a card in the same section.
    expect(await page.locator('#wie-weet-wat ~ * .card, .contact-sheet .card').count()).toBe(0);
    const contactCells = await page.locator('.contact-table tbody td:last-child').evaluateAll((cells) =>
      cells.map((cell) => cell.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]').length),
    );
    expect(contactCells.every((links) => links > 0)).toBe(true);
  });

  it('links each name in the list per thema to that person\'s row in the table', async () => {
    const page = await site.page('/werkgebieden/heiloo/');
    const targets = await page.locator('.topic-index dd a').evaluateAll((links) =>
      links.map((link) => document.getElementById(link.getAttribute('href')!.slice(1))?.querySelector('th a')?.textContent === link.textContent),
    );
    expect(targets.length).toBeGreaterThan(relations.expertsForRegion('heiloo').length - 1);
    expect(targets.every(Boolean)).toBe(true);
  });

  it.each([375, 1280])('shows the table without axe violations and without sideways scrolling at %i px', async (width) => {
    const page = await site.page('/werkgebieden/heiloo/', { width });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the table a table for screen readers when its rows stack on a phone', async () => {
    const page = await site.page('/werkgebieden/heiloo/', { width: 375 });
    expect(await page.getByRole('table').count()).toBe(1);
    expect(await page.getByRole('rowheader').count()).toBe(relations.expertsForRegion('heiloo').length);
  });
});

describe('narrowing the list of people without JavaScript', () => {
  const everyone = relations.experts.map((expert) => expert.data.name);
  // The list shows everyone, also profiles meant for parents only (the werkgebied pages leave those out).
  const namesIn = (region: string) =>
    relations.experts.filter((expert) => expert.data.regions.some((ref) => refId(ref) === region)).map((expert) => expert.data.name);
  const inHeiloo = namesIn('heiloo');

  it('shows only the people of the chosen werkgebied, and how many of how many', async () => {
    const page = await site.page('/wie-weet-wat/', { context: withoutJavaScript });
    expect(await shownTitles(page)).toEqual(everyone);
    expect(await statusText(page)).toBe('');
    await page.selectOption('#filter-werkgebied', 'heiloo');
    expect(await shownTitles(page)).toEqual(inHeiloo);
    expect(await statusText(page)).toBe(`${inHeiloo.length} ${nl.listFilter.shownOf(everyone.length, 'personen')}`);
  });

  it('combines werkgebied and thema, and shows everyone again with "Alles tonen"', async () => {
    const page = await site.page('/wie-weet-wat/', { context: withoutJavaScript });
    await page.selectOption('#filter-werkgebied', 'heiloo');
    await page.selectOption('#filter-thema', 'hoogbegaafdheid');
    const expected = relations.experts
      .filter((expert) => namesIn('heiloo').includes(expert.data.name))
      .filter((expert) => expert.data.topics.some((topic) => refId(topic) === 'hoogbegaafdheid'))
      .map((expert) => expert.data.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(inHeiloo.length);
    expect(await shownTitles(page)).toEqual(expected);
    await page.getByRole('button', { name: nl.listFilter.reset }).click();
    expect(await shownTitles(page)).toEqual(everyone);
    expect(await page.getByRole('button', { name: nl.listFilter.reset }).isVisible()).toBe(false);
  });

  it('says so when nobody matches the choice', async () => {
    const page = await site.page('/wie-weet-wat/', { context: withoutJavaScript });
    const region = relations.regions.find((candidate) =>
      relations.experts
        .filter((expert) => expert.data.regions.some((ref) => refId(ref) === candidate.id))
        .every((expert) => !expert.data.topics.some((topic) => refId(topic) === 'dyslexie')),
    )!;
    await page.selectOption('#filter-werkgebied', region.id);
    await page.selectOption('#filter-thema', 'dyslexie');
    expect(await shownTitles(page)).toEqual([]);
    expect(await statusText(page)).toBe(`0 ${nl.listFilter.shownOf(everyone.length, 'personen')}`);
  });

  it('narrows with the keyboard alone', async () => {
    const page = await site.page('/wie-weet-wat/', { context: withoutJavaScript });
    await page.focus('#filter-werkgebied');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#filter-werkgebied').inputValue();
    expect(chosen).not.toBe('');
    expect(await shownTitles(page)).toEqual(namesIn(chosen));
  });

  it('shows each card\'s werkgebieden and thema\'s', async () => {
    const page = await site.page('/wie-weet-wat/', { context: withoutJavaScript });
    const [first] = relations.experts;
    const facts = await page.locator('.filterable__items > li').first().locator('.card__facts').innerText();
    for (const topic of relations.topicsOf(first.data.topics)) expect(facts).toContain(topic.data.name);
    expect(facts).toMatch(/^Werkgebied/);
  });

  // axe runs as a script in the page, so here JavaScript is on; the narrowing is the same CSS either way.
  it.each([375, 1280])('has no axe violations once narrowed, at %i px', async (width) => {
    const page = await site.page('/wie-weet-wat/', { width });
    await page.selectOption('#filter-werkgebied', 'heiloo');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('narrowing the examples and lessons without JavaScript', () => {
  it('narrows the goede voorbeelden by thema and by onderwijstype', async () => {
    const page = await site.page('/prototypen/', { context: withoutJavaScript });
    await page.selectOption('#filter-thema', 'ouderbetrokkenheid');
    const byTopic = relations.prototypesForTopic('ouderbetrokkenheid').map((prototype) => prototype.data.title);
    expect(await shownTitles(page)).toEqual(byTopic);
    await page.selectOption('#filter-thema', '');
    await page.selectOption('#filter-onderwijstype', 'vo');
    expect(await shownTitles(page)).toEqual(
      relations.prototypes.filter((prototype) => prototype.data.schoolTypes.includes('vo')).map((prototype) => prototype.data.title),
    );
  });

  it('narrows the lessen by onderwijstype', async () => {
    const page = await site.page('/lessen/', { context: withoutJavaScript });
    await page.selectOption('#filter-onderwijstype', 'voorschool');
    const expected = relations.lessons.filter((lesson) => lesson.data.schoolTypes.includes('voorschool')).map((lesson) => lesson.data.title);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownTitles(page)).toEqual(expected);
  });
});

describe('an entry on a phone and in a narrow column', () => {
  it('puts the facts and contact data right under the title on a phone, beside the text on a wide screen', async () => {
    const expert = relations.experts.find((candidate) => relations.lessonsByAuthor(candidate.id).length > 0)!;
    const phone = await site.page(`/wie-weet-wat/${expert.id}/`, { width: 375 });
    const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
    expect((await box(phone, '.entry__facts')).y).toBeLessThan((await box(phone, '.prose')).y);
    expect((await box(phone, '.entry__facts')).y).toBeLessThan((await box(phone, '#lessen')).y);
    const desktop = await site.page(`/wie-weet-wat/${expert.id}/`, { width: 1280 });
    expect((await box(desktop, '.entry__facts')).x).toBeGreaterThan((await box(desktop, '.prose')).x + (await box(desktop, '.prose')).width);
  });

  it.each(['/werkgebieden/heiloo/', '/wie-weet-wat/carla-visser/'].flatMap((path) => [375, 1280].map((width) => [path, width] as const)))(
    'wraps an e-mail address on %s only between its parts, never inside one, at %i px',
    async (path, width) => {
      const page = await site.page(path, { width });
      const parts = await page.locator('.contact-links a[href^="mailto:"] .email-part').evaluateAll((spans) =>
        spans.map((span) => ({ text: span.textContent, lines: new Set([...span.getClientRects()].map((rect) => Math.round(rect.top))).size })),
      );
      expect(parts.length).toBeGreaterThan(0);
      const broken = parts.filter((part) => part.lines !== 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(broken).toEqual([]);
    },
  );
});
