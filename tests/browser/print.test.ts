/** Printing: a werkgebied's people print as a contact sheet on one sheet of A4, in Chromium. */
import { describe, expect, it } from 'vitest';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const site = useSampleSite();
const relations = relationsFromFolder(contentDir);

/** Pages in a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('printing a werkgebied', () => {
  it.each(relations.regions.map((region) => [region.data.name, region.id]))('prints %s as a one-page contact sheet with every person', async (_name, id) => {
    const page = await site.page(`/werkgebieden/${id}/`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const rows = await page.locator('.contact-table tbody tr').evaluateAll((rows) =>
      rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.querySelector('th')?.textContent),
    );
    expect(rows.sort()).toEqual(relations.expertsForRegion(id).map((expert) => expert.data.name).sort());
    // On paper only the people: the cards, lists and menu stay on screen.
    expect(await page.locator('.topic-group').first().isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
  });
});
