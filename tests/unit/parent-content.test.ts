/**
 * The sample content for parents, and the words of the parent pages in
 * src/i18n/nl.ts: enough routes, terms, ervaringsouders and visit offers;
 * every route reaches a named person in every werkgebied; and the fixed
 * texts pass the same plain-language check as the content.
 */
import { describe, expect, it } from 'vitest';
import { textFindings } from '../../src/content-check/plain-language.ts';
import { nl } from '../../src/i18n/nl.ts';
import { isoDay, isOlderThan } from '../../src/lib/dates.ts';
import { isExperienceParent } from '../../src/lib/pages/parents-page.ts';
import { visitOffer } from '../../src/lib/pages/visit-offer.ts';
import { glossaryWords } from '../../src/lib/parents/page-parts.ts';
import { glossaryVocabulary } from '../../src/lib/parents/glossary-words.ts';
import { stepHelp } from '../../src/lib/parents/route-help.ts';
import site from '../../src/site.config.ts';
import { contentDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const relations = relationsFromFolder(contentDir);
/** The day the sample content was written for. */
const today = new Date('2026-12-01T12:00:00Z');

describe('the sample content for parents', () => {
  it('has at least 5 routes, 25 glossary terms, 3 ervaringsouders and 4 current visit offers', () => {
    expect(relations.parentRoutes.length).toBeGreaterThanOrEqual(5);
    expect(relations.glossary.length).toBeGreaterThanOrEqual(25);
    expect(relations.experts.filter(isExperienceParent).length).toBeGreaterThanOrEqual(3);
    expect(relations.prototypes.filter((prototype) => visitOffer(prototype, relations, today)).length).toBeGreaterThanOrEqual(4);
  });

  it('explains the words the issue names', () => {
    const terms = relations.glossary.map((entry) => entry.data.term.toLowerCase());
    for (const word of ['opp', 'tlv', 'sbo', 'so', 'arrangement', 'thuiszitter', 'leerplicht', 'onderwijsconsulent', "ib'er", 'ondersteuningsplan']) {
      expect(terms, word).toContain(word);
    }
    expect(relations.glossary.find((entry) => entry.id === 'arrangement')!.data.synonyms).toContain('rugzak');
  });

  it('has an ervaringsouder in every werkgebied', () => {
    for (const region of relations.regions) {
      expect(relations.parentExpertsForRegion(region.id).filter(isExperienceParent).length, region.id).toBeGreaterThan(0);
    }
  });

  it('reaches a named person of the werkgebied at every step that names helpers, in every route and werkgebied', () => {
    const missing = relations.parentRoutes.flatMap((route) =>
      relations.regions.flatMap((region) =>
        route.data.steps
          .map((step, index) => ({ step, index, help: stepHelp(step, region.id, relations, site.parentSupport) }))
          .filter(({ step, help }) => (step.roles.length > 0 || step.contacts.length > 0) && help.kind !== 'local')
          .map(({ index }) => `${route.id} step ${index + 1} in ${region.id}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('offers parents only profiles for parents, with recent consent and checks that are not in the future', () => {
    for (const expert of relations.parentExperts) {
      expect(expert.data.audience, expert.id).toContain('ouders');
      expect(isoDay(expert.data.consent) <= isoDay(today), `${expert.id} consent`).toBe(true);
      expect(isoDay(expert.data.reviewed) <= isoDay(today), `${expert.id} reviewed`).toBe(true);
      expect(isOlderThan(expert.data.consent, site.privacy.consentMonths, today), `${expert.id} consent expired`).toBe(false);
      expect(isOlderThan(expert.data.reviewed, site.privacy.reviewMonths, today), `${expert.id} review overdue`).toBe(false);
    }
  });
});

describe('the fixed texts of the pages for parents (src/i18n/nl.ts)', () => {
  const vocabulary = glossaryVocabulary(glossaryWords(relations));
  const texts: string[] = [
    nl.parents.lead,
    nl.parents.routesIntro,
    ...nl.parents.expect,
    nl.parents.aboutName,
    ...nl.parents.about,
    nl.parents.experienceIntro,
    nl.parents.experienceNone,
    nl.parents.chooseRegionIntro,
    nl.parents.printHint,
    nl.parents.support,
    nl.parents.nothingStored,
    nl.glossaryPage.lead,
    nl.home.routes.parent.text,
  ];

  it('use no abbreviation the glossary does not explain, and no sentence or word beyond the limits of the site config', () => {
    const findings = texts.flatMap((text) => textFindings(text, vocabulary, site.plainLanguage).map((finding) => `${finding.message} in "${text}"`));
    expect(findings).toEqual([]);
  });
});
