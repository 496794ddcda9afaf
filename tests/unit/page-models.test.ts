/**
 * The page models (src/lib/pages/): what each page type shows, computed from
 * the small valid fixture site, without Astro. Expected words are written out,
 * so a changed label or rule shows up here before it shows on the site.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expertPage, isOutdated } from '../../src/lib/pages/expert-page.ts';
import { focusAreaPage } from '../../src/lib/pages/focus-area-page.ts';
import { homePage } from '../../src/lib/pages/home-page.ts';
import { lessonPage } from '../../src/lib/pages/lesson-page.ts';
import { listPage } from '../../src/lib/pages/list-page.ts';
import { networkGroupPage } from '../../src/lib/pages/network-group-page.ts';
import { focusAreasOverview, regionsOverview, topicsOverview } from '../../src/lib/pages/overview-pages.ts';
import { prototypePage } from '../../src/lib/pages/prototype-page.ts';
import { regionPage } from '../../src/lib/pages/region-page.ts';
import { siteOverviewPage } from '../../src/lib/pages/site-overview-page.ts';
import { topicPage } from '../../src/lib/pages/topic-page.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const relations = relationsFromFolder(path.join(fixturesDir, 'valid'));
const factTerms = (facts: Array<{ term: string; value?: unknown }>) => facts.map((fact) => fact.term);

describe('the page of a goed voorbeeld', () => {
  const page = prototypePage(relations.prototype('rustige-werkplek')!, relations);

  it('names its kind, title and the way back to the list', () => {
    expect(page.kind).toBe('Goed voorbeeld');
    expect(page.title).toBe('Een rustige werkplek in de klas');
    expect(page.crumbs).toEqual([{ label: 'Goede voorbeelden', href: '/prototypen/' }, { label: 'Een rustige werkplek in de klas' }]);
    expect(page.factsLabel).toBe('Gegevens van Een rustige werkplek in de klas');
  });

  it('lists its facts with the labels the CMS uses, and links werkgebied, thema and speerpunt', () => {
    expect(factTerms(page.facts)).toEqual(['Status', 'Werkgebieden', "Thema's", 'Onderwijstypen', 'Speerpunten', 'Scholen', 'Gestart', 'Bijgewerkt']);
    const value = (term: string) => page.facts.find((fact) => fact.term === term)!.value;
    expect(value('Status')).toBe('Afgerond');
    expect(value('Werkgebieden')).toEqual([{ label: 'Duinrand', href: '/werkgebieden/duinrand/' }]);
    expect(value('Speerpunten')).toEqual([{ label: 'Regie voor leerkrachten', href: '/speerpunten/regie-leerkracht/' }]);
    expect(value('Onderwijstypen')).toBe('Basisonderwijs (po)');
    expect(value('Bijgewerkt')).toBe('1 maart 2026');
    expect(value('Gestart')).toBeUndefined();
  });

  it('shows its contacts and the lessons drawn from it', () => {
    expect(page.contacts.map((expert) => expert.id)).toEqual(['ans-testers']);
    expect(page.lessons.map((lesson) => lesson.id)).toEqual(['rust-helpt']);
    expect(page.shareLessonHref).toBe('/delen/');
  });

  it('gives search its filters and the werkgebied names shown under a result', () => {
    expect(page.search).toMatchObject({ kind: 'prototype', regions: ['duinrand'], topics: ['autisme'], status: 'afgerond' });
    expect(page.regionNames).toEqual(['Duinrand']);
    expect(page.keywords).toEqual(['Autisme', 'ASS']);
  });
});

describe('the page of a les', () => {
  const page = lessonPage(relations.lesson('rust-helpt')!, relations);

  it('says which netwerkgroep shared it and when', () => {
    expect(page.sharedBy).toEqual({ name: 'Oudergroep', href: '/netwerkgroepen/ouders/' });
    expect(page.sharedOn).toBe('1 mei 2026');
  });

  it('links the goed voorbeeld it is about and its authors', () => {
    expect(page.prototype?.id).toBe('rustige-werkplek');
    expect(page.authors.map((expert) => expert.id)).toEqual(['ans-testers']);
    const aboutPrototype = page.facts.find((fact) => fact.term === 'Over het voorbeeld')!;
    expect(aboutPrototype.value).toEqual([{ label: 'Een rustige werkplek in de klas', href: '/prototypen/rustige-werkplek/' }]);
  });
});

describe('the page of a profile', () => {
  const ans = relations.expert('ans-testers')!;
  const bert = relations.expert('bert-de-oude')!;

  it('is marked "mogelijk verouderd" once the last check is older than the review term (12 months)', () => {
    expect(isOutdated(bert, new Date('2025-05-01T00:00:00Z'))).toBe(false);
    expect(isOutdated(bert, new Date('2025-05-02T00:00:00Z'))).toBe(true);
    const page = expertPage(bert, relations, new Date('2026-12-01T00:00:00Z'));
    expect(page.outdated?.explanation).toBe(
      'Dit profiel is voor het laatst gecontroleerd op 1 mei 2024, meer dan een jaar geleden. Klopt er iets niet meer? Laat het ons weten.',
    );
    expect(page.outdated?.mailto).toBe('mailto:leernetwerk@example.nl?subject=Profiel%20Bert%20de%20Oude');
  });

  it('is not marked when it was checked recently', () => {
    expect(expertPage(ans, relations, new Date('2026-06-01T00:00:00Z')).outdated).toBeUndefined();
  });

  it('sums the person up for search engines and lists what they coordinate', () => {
    const page = expertPage(ans, relations, new Date('2026-06-01T00:00:00Z'));
    expect(page.summary).toBe('Intern begeleider, OBS De Proef');
    expect(page.description).toBe('Ans Testers, Intern begeleider bij OBS De Proef. Vraag mij over een rustige werkplek.');
    expect(page.facts.find((fact) => fact.term === 'Coördinator van werkgebied')!.value).toEqual([
      { label: 'Duinrand', href: '/werkgebieden/duinrand/' },
    ]);
    expect(page.facts.find((fact) => fact.term === 'Profiel gecontroleerd')!.value).toBe('10 januari 2026');
  });
});

describe('the hub pages', () => {
  it('shows a werkgebied with its coordinator, its people per thema, its feed and contact sheet title', () => {
    const page = regionPage(relations.region('duinrand')!, relations);
    expect(page.coordinator).toEqual({ label: 'Coördinator', name: 'Ans Testers', href: '/wie-weet-wat/ans-testers/', role: 'Intern begeleider' });
    expect(page.municipalities).toEqual({ label: 'Plaatsen', text: 'Duindorp, Zandwijk' });
    expect(page.expertsByTopic.map(({ topic, experts }) => [topic.name, experts.map((expert) => expert.id)])).toEqual([['Autisme', ['ans-testers']]]);
    expect(page.feed).toEqual({ title: 'Nieuw in Duinrand | Leernetwerk', href: '/werkgebieden/duinrand/rss.xml', linkText: 'Nieuw in dit werkgebied (RSS)' });
    expect(page.contactSheetTitle).toBe('Leernetwerk, Samenwerkingsverband Passend Onderwijs Noord-Kennemerland. Contactlijst Duinrand.');
    expect(page.networkGroups).toEqual([{ kind: 'Netwerkgroep', href: '/netwerkgroepen/ouders/', title: 'Oudergroep', counts: ['1 les'] }]);
  });

  it('shows the other words a thema is searched with', () => {
    expect(topicPage(relations.topic('autisme')!, relations).synonyms).toBe('ASS');
    expect(topicPage(relations.topic('gedrag')!, relations).synonyms).toBeUndefined();
  });

  it('says a netwerkgroep without werkgebieden works in all of them', () => {
    const page = networkGroupPage(relations.networkGroup('ouders')!, relations);
    expect(page.regions).toEqual({ label: 'Werkgebieden', links: [], allRegions: 'Alle werkgebieden' });
    expect(page.lessonsHeading).toBe('Lessen van Oudergroep');
    expect(page.contact?.id).toBe('ans-testers');
  });

  it('shows a speerpunt with its plan section and the lessons drawn from its examples', () => {
    const page = focusAreaPage('regie-leerkracht', relations);
    expect(page.kind).toBe('Speerpunt 4.3');
    expect(page.crumbs).toEqual([{ label: 'Speerpunten', href: '/speerpunten/' }, { label: 'Regie voor leerkrachten' }]);
    expect(page.prototypes.shown.map((prototype) => prototype.id)).toEqual(['rustige-werkplek']);
    expect(page.lessons.count).toBe(1);
    expect(page.openBox).toContain('paragraaf 4.3');
  });
});

describe('the lists and overviews', () => {
  it('counts a list in words and says how it is sorted', () => {
    expect(listPage('prototypes', { items: [], page: 1, pages: 1, total: 1 }).countText).toBe('1 goed voorbeeld, nieuwste eerst');
    expect(listPage('lessons', { items: [], page: 1, pages: 1, total: 3 }).countText).toBe('3 lessen, nieuwste eerst');
    expect(listPage('experts', { items: [], page: 1, pages: 1, total: 2 }).countText).toBe('2 personen');
  });

  it('introduces the werkgebieden with their number, and counts what each holds', () => {
    const page = regionsOverview(relations);
    expect(page.intro).toBe('Ons samenwerkingsverband werkt in twee werkgebieden. Per werkgebied zie je wie je waarvoor kunt benaderen.');
    expect(page.cards.find((card) => card.title === 'Duinrand')!.counts).toEqual(['1 goed voorbeeld', '1 les', '1 persoon']);
  });

  it('counts the examples, lessons and people of each thema', () => {
    const autisme = topicsOverview(relations).cards.find((card) => card.title === 'Autisme')!;
    expect(autisme.counts).toEqual(['1 goed voorbeeld', '1 les', '1 persoon']);
  });

  it('shows every speerpunt of the plan, with its plan section', () => {
    const page = focusAreasOverview(relations);
    expect(page.intro).toBe('De vijf speerpunten uit ons ondersteuningsplan, en wat we er al voor doen.');
    expect(page.cards.map((card) => card.kind)).toEqual(['Speerpunt 4.2', 'Speerpunt 4.3', 'Speerpunt 4.4', 'Speerpunt 4.5', 'Speerpunt 4.6']);
  });

  it('offers the three routes on the home page, and the newest lessons', () => {
    const page = homePage(relations);
    expect(page.routes.map((route) => route.href)).toEqual(['/prototypen/', '/delen/', '/wie-weet-wat/']);
    expect(page.latestLessons.map((lesson) => lesson.id)).toEqual(['rust-helpt']);
  });

  it('lists every section and hub on the site overview', () => {
    const page = siteOverviewPage(relations);
    expect(page.lists.map((list) => `${list.label} (${list.count})`)).toEqual(['Goede voorbeelden (1)', 'Lessen (1)', 'Wie weet wat (2)']);
    expect(page.sections.map((section) => section.title)).toEqual(['Werkgebieden', "Thema's", 'Netwerkgroepen', 'Speerpunten']);
  });
});
