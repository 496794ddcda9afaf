/**
 * The consent rule (src/lib/contact.ts): a profile's e-mail and phone are
 * published only while its consent is no older than the consent term; after
 * that, contact goes through the redactie. At a fixed "now", on the fixture
 * site and in the profile page model of the sample content.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentExpired, emailBreakParts, expertContact, publishableContact } from '../../src/lib/contact.ts';
import { monthsBefore } from '../../src/lib/dates.ts';
import { expertPage } from '../../src/lib/pages/expert-page.ts';
import type { Expert } from '../../src/lib/relations.ts';
import site from '../../src/site.config.ts';
import { contentDir, fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const now = new Date('2026-12-01T12:00:00Z');
const dayMs = 24 * 60 * 60 * 1000;
const fixture = relationsFromFolder(path.join(fixturesDir, 'valid'));
const ans = fixture.expert('ans-testers')!;
const bert = fixture.expert('bert-de-oude')!;

/** `expert` with another consent date. */
const withConsent = (expert: Expert, consent: Date): Expert => ({ ...expert, data: { ...expert.data, consent } });

describe('the consent rule', () => {
  const boundary = monthsBefore(now, site.privacy.consentMonths);

  it('takes its term from the site config', () => {
    expect(site.privacy.consentMonths).toBe(24);
    expect(boundary.toISOString().slice(0, 10)).toBe('2024-12-01');
  });

  it('still publishes contact data given exactly one term ago', () => {
    const onTheDay = withConsent(ans, boundary);
    expect(consentExpired(onTheDay, now)).toBe(false);
    expect(publishableContact(onTheDay, now)).toEqual({ email: 'ans@proef.example', preferred: 'email' });
  });

  it('hides contact data given one day longer ago', () => {
    const dayPast = withConsent(ans, new Date(boundary.getTime() - dayMs));
    expect(consentExpired(dayPast, now)).toBe(true);
    expect(publishableContact(dayPast, now)).toBeUndefined();
  });

  it('follows another term when one is given (the content check passes the configured one)', () => {
    expect(consentExpired(bert, now, 24)).toBe(true);
    expect(consentExpired(bert, now, 60)).toBe(false);
  });

  it('gives the links with the preferred way first while consent is current', () => {
    const both = { ...ans, data: { ...ans.data, contact: { email: 'ans@proef.example', phone: '072 555 01 23', preferred: 'telefoon' as const } } };
    expect(expertContact(both, now)).toEqual({
      published: true,
      links: [
        { channel: 'telefoon', label: 'Bellen', text: '072 555 01 23', href: 'tel:+31725550123', preferred: true },
        { channel: 'email', label: 'E-mail', text: 'ans@proef.example', href: 'mailto:ans@proef.example', preferred: false },
      ],
    });
  });

  it('points to the redactie instead once consent has expired', () => {
    expect(expertContact(bert, now)).toEqual({
      published: false,
      editors: { email: site.contact.email, mailto: `mailto:${site.contact.email}?subject=Contact%20met%20Bert%20de%20Oude` },
    });
  });
});

describe('an e-mail address in a narrow column', () => {
  it('may wrap before its @ and before the dots after it, never inside a word', () => {
    expect(emailBreakParts('carla.visser@swv-noordkennemerland.example')).toEqual(['carla.visser', '@swv-noordkennemerland', '.example']);
    expect(emailBreakParts('ans@proef.example').join('')).toBe('ans@proef.example');
  });
});

describe('the profile page model of the sample content', () => {
  const sample = relationsFromFolder(contentDir);
  const expired = sample.experts.filter((expert) => consentExpired(expert, now));
  const current = sample.experts.filter((expert) => !consentExpired(expert, now));

  it('has one or two profiles whose consent has expired, to show the behaviour', () => {
    expect(expired.length).toBeGreaterThanOrEqual(1);
    expect(expired.length).toBeLessThanOrEqual(2);
  });

  it('carries no e-mail, phone, mailto: or tel: of a profile whose consent has expired', () => {
    for (const expert of expired) {
      const page = expertPage(expert, sample, now);
      const model = JSON.stringify(page);
      const { email, phone } = expert.data.contact;
      if (email) expect(model).not.toContain(email);
      if (phone) {
        expect(model).not.toContain(phone);
        expect(model.replace(/[\s()-]/g, '')).not.toContain(phone.replace(/\D/g, ''));
      }
      expect(model).not.toMatch(/tel:/);
      expect(model).not.toMatch(new RegExp(`mailto:(?!${site.contact.email.replace(/[.]/g, '\\.')})`));
      expect(page.contact.published).toBe(false);
      expect(page.availability).toBeUndefined();
    }
  });

  it('keeps the contact data of a profile with current consent', () => {
    const expert = current.find((entry) => entry.data.contact.email && entry.data.availability)!;
    const page = expertPage(expert, sample, now);
    expect(page.contact.published && page.contact.links.map((link) => link.href)).toContain(`mailto:${expert.data.contact.email}`);
    expect(page.availability).toBe(`Bereikbaar: ${expert.data.availability}`);
  });
});
