/**
 * Printing: a werkgebied's people print as a contact sheet on one sheet of A4,
 * in Chromium: every person once, the date it was made, its address on the
 * site, and a "mogelijk verouderd" mark beside each profile not checked in time.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { isOutdated } from '../../src/lib/pages/expert-page.ts';
import siteConfig from '../../src/site.config.ts';
import { nl } from '../../src/i18n/nl.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const site = useSampleSite();
const relations = relationsFromFolder(contentDir);

/** Pages in a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** The site was built today, or just before midnight. */
const buildDays = () => [new Date(), new Date(Date.now() - 24 * 60 * 60 * 1000)].map(formatDate);

describe('printing a werkgebied', () => {
  it('has at least one profile in the sample content that prints as "mogelijk verouderd"', () => {
    expect(relations.experts.some((expert) => isOutdated(expert))).toBe(true);
  });

  it.each(relations.regions.map((region) => [region.data.name, region.id]))(
    'prints %s as a one-page contact sheet with every person, dated, with its address and "mogelijk verouderd" marks',
    async (_name, id) => {
      const page = await site.page(`/werkgebieden/${id}/`);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pageCount(pdf)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      const rows = await page.locator('.contact-table tbody tr').evaluateAll((rows) =>
        rows
          .filter((row) => (row as HTMLElement).offsetParent !== null)
          .map((row) => ({ name: row.querySelector('th a')?.textContent, marked: (row.querySelector('th .badge') as HTMLElement | null)?.innerText ?? '' })),
      );
      const experts = relations.expertsForRegion(id);
      expect(rows.map((row) => row.name).sort()).toEqual(experts.map((expert) => expert.data.name).sort());
      const outdated = experts.filter((expert) => isOutdated(expert)).map((expert) => expert.data.name);
      expect(rows.filter((row) => row.marked === nl.expert.outdated).map((row) => row.name).sort()).toEqual(outdated.sort());
      expect(rows.filter((row) => row.marked !== '' && row.marked !== nl.expert.outdated)).toEqual([]);

      const notes = await page.locator('.contact-sheet__notes').innerText();
      expect(notes).toContain(`${siteConfig.url}/werkgebieden/${id}/`);
      expect(buildDays().some((day) => notes.includes(nl.peopleTable.madeOn(day)))).toBe(true);
      if (outdated.length > 0) expect(notes).toContain(nl.peopleTable.outdatedNote(siteConfig.privacy.reviewMonths));
      // On paper only the people: the thema list, the cards and the menu stay on screen.
      expect(await page.locator('.topic-index').isVisible()).toBe(false);
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('#voorbeelden').isVisible()).toBe(false);
    },
  );
});
