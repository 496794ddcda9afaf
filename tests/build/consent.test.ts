/**
 * The built sample site publishes no contact data of a profile whose consent
 * has expired (src/lib/contact.ts): not on its page, not on the cards of
 * werkgebied, prototype and netwerkgroep pages, not in the printed contact
 * sheet, the feeds or the search index. Instead it says that contact goes
 * through the redactie. Which profiles those are is computed now, with the
 * rule the build used.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/link-check.ts';
import { nl } from '../../src/i18n/nl.ts';
import { consentExpired } from '../../src/lib/contact.ts';
import type { Expert } from '../../src/lib/relations.ts';
import site from '../../src/site.config.ts';
import { contentDir, sampleSiteDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const content = relationsFromFolder(contentDir);
const expired = content.experts.filter((expert) => consentExpired(expert));
const current = content.experts.filter((expert) => !consentExpired(expert));

const readPage = (sitePath: string) => parse(readFileSync(path.join(sampleSiteDir, sitePath, 'index.html'), 'utf8'));

/** Every built file as text: pages, feeds, sitemaps, scripts, and the search index's fragments unpacked. */
const builtTexts = listFiles(sampleSiteDir)
  .filter((file) => !file.startsWith('admin/'))
  .flatMap((file): Array<[string, string]> => {
    const bytes = readFileSync(path.join(sampleSiteDir, file));
    if (file.endsWith('.pf_fragment')) return [[file, gunzipSync(bytes).toString('utf8')]];
    return /\.(html|xml|json|js|txt|css)$/.test(file) ? [[file, bytes.toString('utf8')]] : [];
  });

/** The ways an expert's contact data could show up in a built file. */
function traces(expert: Expert): string[] {
  const { email, phone } = expert.data.contact;
  const digits = phone?.replace(/\D/g, '');
  return [email, email && `mailto:${email}`, phone, digits, digits && `tel:+31${digits.slice(1)}`].filter((trace): trace is string => Boolean(trace));
}

/** The card of `expert` in a page: the <li> around the link to their profile. */
function cardOf(page: HTMLElement, expert: Expert): HTMLElement | undefined {
  const link = page.querySelectorAll(`li .card a[href="/wie-weet-wat/${expert.id}/"]`)[0];
  return link?.closest('li') ?? undefined;
}

describe('a profile whose consent has expired, in the built sample site', () => {
  it('exists in the sample content, so the site shows the behaviour', () => {
    expect(expired.length).toBeGreaterThanOrEqual(1);
  });

  it('has its e-mail and phone in no built file: no page, card, contact sheet, feed or search index', () => {
    const found = expired.flatMap((expert) =>
      traces(expert).flatMap((trace) => builtTexts.filter(([, text]) => text.includes(trace)).map(([file]) => `${expert.id}: "${trace}" in ${file}`)),
    );
    expect(found).toEqual([]);
    // The same search finds the contact data of a profile with current consent.
    const withEmail = current.find((expert) => expert.data.contact.email)!;
    expect(builtTexts.some(([file, text]) => file === `wie-weet-wat/${withEmail.id}/index.html` && text.includes(`mailto:${withEmail.data.contact.email}`))).toBe(true);
  });

  it('says on its own page that contact goes through the redactie, without mailto: or tel: links of the person', () => {
    for (const expert of expired) {
      const page = readPage(`wie-weet-wat/${expert.id}`);
      const contact = page.querySelector('#contact')!.parentNode!;
      expect(contact.textContent).toContain(nl.expert.viaEditors(expert.data.name).trim());
      expect(contact.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
        `mailto:${site.contact.email}?subject=${encodeURIComponent(nl.expert.contactWith(expert.data.name))}`,
      ]);
      expect(page.querySelectorAll('a[href^="tel:"]')).toEqual([]);
    }
  });

  it('shows a card with the redactie instead of contact links on prototype and netwerkgroep pages', () => {
    for (const expert of expired) {
      const pages = [
        ...content.prototypesForContact(expert.id).map((prototype) => `prototypen/${prototype.id}`),
        ...content.networkGroupsForContact(expert.id).map((group) => `netwerkgroepen/${group.id}`),
      ];
      expect(pages.length).toBeGreaterThan(0);
      for (const sitePath of pages) {
        const card = cardOf(readPage(sitePath), expert);
        expect(card, `${sitePath}: card of ${expert.id}`).toBeDefined();
        expect(card!.textContent).toContain(nl.expert.viaEditorsShort.trim());
        expect(card!.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]').map((link) => link.getAttribute('href'))).toEqual([
          `mailto:${site.contact.email}?subject=${encodeURIComponent(nl.expert.contactWith(expert.data.name))}`,
        ]);
      }
    }
  });

  it('shows and prints the redactie in the contact table of each of its werkgebieden', () => {
    for (const expert of expired) {
      for (const region of content.regionsOf(expert.data.regions)) {
        const rows = readPage(`werkgebieden/${region.id}`).querySelectorAll('.contact-table tbody tr');
        const row = rows.find((candidate) => candidate.querySelector('th a')?.textContent.trim() === expert.data.name);
        expect(row, `${region.id}: row of ${expert.id}`).toBeDefined();
        const contactCell = row!.querySelectorAll('td').at(-1)!;
        expect(contactCell.textContent.trim()).toBe(`${nl.expert.viaEditorsShort}${site.contact.email}`);
        expect(contactCell.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
          `mailto:${site.contact.email}?subject=${encodeURIComponent(nl.expert.contactWith(expert.data.name))}`,
        ]);
      }
    }
  });
});
