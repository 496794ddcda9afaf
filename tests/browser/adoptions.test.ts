/**
 * Examples that travel between werkgebieden, in Chromium on the sample site:
 * every take-over shows in the right row of its voorbeeld's table and on both
 * werkgebied pages; the map has one keyboard-reachable link per werkgebied
 * with the numbers of its table; /speerpunten/ has six boxes and prints on one
 * landscape A4; none of these pages runs a script or an inline style.
 */
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl.ts';
import { adoptionsOf } from '../../src/lib/adoptions.ts';
import { topicMap } from '../../src/lib/pages/region-map.ts';
import { focusAreaIds } from '../../src/schemas/focus-areas.ts';
import { adoptionResults } from '../../src/schemas/adoption.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const site = useSampleSite();
const relations = relationsFromFolder(contentDir);
const adoptions = adoptionsOf(relations).all;

/** Pages in a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
/** Width and height of each page of a PDF, in points. */
const pageSizes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Number(match[1]), Number(match[2])]);
const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

describe('take-overs in the sample content', () => {
  it('has at least six, two of them where it did not work', () => {
    expect(adoptions.length).toBeGreaterThanOrEqual(6);
    expect(adoptions.filter((adoption) => adoption.result === 'werkt-niet').length).toBeGreaterThanOrEqual(2);
  });

  it.each(adoptions.map((adoption) => [adoption.lesson.id, adoption]))(
    'shows %s in its voorbeeld’s table, in the row of the werkgebied that took it over',
    async (_id, adoption) => {
      const page = await site.page(`/prototypen/${adoption.prototype.id}/`);
      const rows = page.locator('.per-region__table tbody tr');
      expect(await rows.count()).toBe(relations.regions.length);
      for (const region of adoption.regions) {
        const row = page.locator(`.per-region__table tr[data-region="${region.id}"]`);
        expect(await row.getAttribute('data-state')).toBe('adopted');
        expect(await row.locator(`a[href="/lessen/${adoption.lesson.id}/"]`).count()).toBe(1);
        expect(await row.locator('td').first().innerText()).toMatch(/^Overgenomen: /);
      }
      for (const origin of adoption.origins) {
        expect(await page.locator(`.per-region__table tr[data-region="${origin.id}"]`).getAttribute('data-state')).toBe('origin');
      }
    },
  );

  it.each(adoptions.map((adoption) => [adoption.lesson.id, adoption]))(
    'shows %s on the page of the werkgebied that took over and on the page of the one it came from',
    async (_id, adoption) => {
      const lessonLink = `a[href="/lessen/${adoption.lesson.id}/"]`;
      for (const region of adoption.regions) {
        const page = await site.page(`/werkgebieden/${region.id}/`);
        const item = page.locator('[aria-labelledby="overgenomen-hier"] li', { has: page.locator(lessonLink) });
        expect(await item.innerText()).toContain(adoptionResults[adoption.result]);
        expect(await item.locator(`a[href="/prototypen/${adoption.prototype.id}/"]`).count()).toBe(1);
      }
      for (const origin of adoption.origins) {
        const page = await site.page(`/werkgebieden/${origin.id}/`);
        expect(await page.locator(`[aria-labelledby="overgenomen-elders"] ${lessonLink}`).count()).toBe(1);
      }
    },
  );

  it('offers the take-over button on a voorbeeld, opening a new lesson in the CMS linked to it and marked as a take-over', async () => {
    const page = await site.page(`/prototypen/${adoptions[0]!.prototype.id}/`);
    const button = page.getByRole('link', { name: nl.transfer.share });
    const href = (await button.getAttribute('href'))!;
    expect(href).toMatch(/^\/admin\/#\/collections\/lessons\/new\?/);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('prototype')).toBe(adoptions[0]!.prototype.id);
    expect(query.get('adoption.result')).toBe('loopt-nog');
    expect(await page.getByRole('link', { name: nl.transfer.otherWay }).getAttribute('href')).toBe(`/delen/?soort=lessons&prototype=${adoptions[0]!.prototype.id}`);
  });
});

describe('the map of the werkgebieden', () => {
  const mapPages = [['/werkgebieden/'], [`/themas/${relations.topics[0]!.id}/`]];

  it.each(mapPages)('has on %s one link per werkgebied, named with the counts of its row in the table', async (path) => {
    const page = await site.page(path);
    // The link holds the name; the counts are drawn beside it in the same place on the map.
    const areas = await page.locator('.network-map__svg a').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href'), label: link.getAttribute('aria-label') ?? '', text: link.parentElement?.textContent ?? '' })),
    );
    const rows = await page.locator('.network-map__table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ href: tr.querySelector('th a')?.getAttribute('href'), counts: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)) })),
    );
    expect(areas.map((area) => area.href).sort()).toEqual(relations.regions.map((region) => `/werkgebieden/${region.id}/`).sort());
    expect(rows).toHaveLength(areas.length);
    for (const area of areas) {
      const row = rows.find((candidate) => candidate.href === area.href)!;
      const name = relations.regions.find((region) => `/werkgebieden/${region.id}/` === area.href)!.data.name;
      expect(area.label.startsWith(`${name}: `), area.label).toBe(true);
      if (row.counts.every((count) => count === 0)) {
        expect(area.label).toBe(nl.networkMap.emptyAreaLabel(name));
        expect(area.text).toContain(nl.networkMap.empty);
      } else {
        expect(numbers(area.label.slice(name.length)), area.label).toEqual(row.counts);
        expect(area.text).toContain(row.counts.join(' · '));
      }
    }
  });

  it('reaches every werkgebied on the map with the keyboard', async () => {
    const page = await site.page('/werkgebieden/');
    const reached = new Set<string>();
    for (let press = 0; press < 60 && reached.size < relations.regions.length; press++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement?.closest('svg') ? document.activeElement.getAttribute('href') : null));
      if (href) reached.add(href);
    }
    expect(reached.size).toBe(relations.regions.length);
  });

  it('marks a werkgebied where nothing on a thema is shared yet, in words', async () => {
    const topic = relations.topics.find((candidate) => topicMap(candidate, relations).map.areas.some((area) => area.empty))!;
    const page = await site.page(`/themas/${topic.id}/`);
    const empty = page.locator('.network-map__place', { has: page.locator('.network-map__area.is-empty') });
    expect(await empty.count()).toBeGreaterThan(0);
    expect(await empty.first().locator('.network-map__counts').textContent()).toBe(nl.networkMap.empty);
  });
});

describe('the speerpunten in one glance', () => {
  it('shows six boxes side by side on a wide screen, one empty box inviting a first voorbeeld', async () => {
    const page = await site.page('/speerpunten/');
    const boxes = page.locator('.focus-box');
    expect(await boxes.count()).toBe(6);
    expect(await boxes.evaluateAll((items) => items.map((item) => item.getAttribute('data-focus-area')))).toEqual([...focusAreaIds]);
    const tops = await boxes.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(2);
    const empty = page.locator('.focus-box.is-empty');
    expect(await empty.count()).toBe(1);
    expect(await empty.innerText()).toContain(`${nl.focusBoard.empty} ${nl.focusBoard.shareExample}`);
  });

  it('prints on one landscape A4 page, dated, with the address of the newest state', async () => {
    const page = await site.page('/speerpunten/');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pageCount(pdf)).toBe(1);
    const [[width, height]] = pageSizes(pdf) as [[number, number]];
    // A4 landscape: 842 × 595 points.
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.focus-board__printed').innerText()).toContain('/speerpunten/');
    expect(await page.locator('.focus-box').evaluateAll((items) => items.every((item) => (item as HTMLElement).offsetParent !== null))).toBe(true);
  });

  it('leaves other pages on portrait A4 when printed', async () => {
    const page = await site.page('/werkgebieden/');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const [[width, height]] = pageSizes(pdf) as [[number, number]];
    expect(width).toBeLessThan(height);
  });
});

describe('no script and no inline style on these pages', () => {
  const adoption = adoptions[0]!;
  const paths = [
    '/werkgebieden/',
    '/speerpunten/',
    `/themas/${relations.topics[0]!.id}/`,
    `/prototypen/${adoption.prototype.id}/`,
    `/werkgebieden/${adoption.regions[0]!.id}/`,
    `/lessen/${adoption.lesson.id}/`,
  ];

  it.each(paths)('%s', async (path) => {
    const page = await site.page(path);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[style]').count()).toBe(0);
  });
});
