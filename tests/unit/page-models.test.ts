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
import { entryCardFacts, expertCardFacts } from '../../src/lib/pages/card-facts.ts';
import { filterAttributes, filterValues, listFilterCss, listFilters } from '../../src/lib/pages/list-filters.ts';
import { listPage } from '../../src/lib/pages/list-page.ts';
import { networkGroupPage } from '../../src/lib/pages/network-group-page.ts';
import { focusBoard } from '../../src/lib/pages/focus-board.ts';
import { regionsOverview, topicsOverview } from '../../src/lib/pages/overview-pages.ts';
import { prototypePage } from '../../src/lib/pages/prototype-page.ts';
import { regionPage, regionPlaces } from '../../src/lib/pages/region-page.ts';
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
    expect(factTerms(page.facts)).toEqual(['Werkgebieden', "Thema's", 'Onderwijstypen', 'Speerpunten', 'Scholen', 'Gestart', 'Bijgewerkt', 'Nagekeken']);
    const value = (term: string) => page.facts.find((fact) => fact.term === term)!.value;
    expect(value('Werkgebieden')).toEqual([{ label: 'Duinrand', href: '/werkgebieden/duinrand/' }]);
    expect(value('Speerpunten')).toEqual([{ label: 'Regie voor leerkrachten', href: '/speerpunten/regie-leerkracht/' }]);
    expect(value('Onderwijstypen')).toBe('Basisonderwijs (po)');
    expect(value('Bijgewerkt')).toBe('1 maart 2026');
    expect(value('Gestart')).toBeUndefined();
  });

  it('shows its status once, as the badge under the title, not again among the facts', () => {
    expect(page.status).toBe('afgerond');
    expect(factTerms(page.facts)).not.toContain('Status');
  });

  it('shows its contacts and the lessons drawn from it', () => {
    expect(page.contacts.map((expert) => expert.id)).toEqual(['ans-testers']);
    expect(page.lessons.map((lesson) => lesson.id)).toEqual(['rust-helpt']);
    expect(page.shareLessonHref).toBe('/delen/?soort=lessons&prototype=rustige-werkplek');
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
  });

  it('lists among its facts only what the page does not already say: no date, netwerkgroep, voorbeeld or authors again', () => {
    expect(factTerms(page.facts)).toEqual(['Werkgebieden', "Thema's", 'Onderwijstypen', 'Bijgewerkt']);
    expect(JSON.stringify(page.facts)).not.toContain('1 mei 2026');
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

  it('says each fact once: not the organisation of the summary, not a werkgebied they coordinate, not the date of the notice', () => {
    const page = expertPage(ans, relations, new Date('2026-06-01T00:00:00Z'));
    expect(factTerms(page.facts)).not.toContain('Organisatie');
    const regionLabels = page.facts.flatMap((fact) => (Array.isArray(fact.value) ? fact.value.filter((item) => item.href?.startsWith('/werkgebieden/')) : []));
    expect(regionLabels.map((item) => item.label)).toEqual(['Duinrand']);
    const outdated = expertPage(bert, relations, new Date('2026-12-01T00:00:00Z'));
    expect(outdated.outdated?.explanation).toContain('1 mei 2024');
    expect(outdated.facts.find((fact) => fact.term === 'Profiel gecontroleerd')!.value).toBeUndefined();
    expect(outdated.facts.find((fact) => fact.term === 'Werkgebieden')!.value).toEqual([{ label: 'Polder', href: '/werkgebieden/polder/' }]);
  });
});

describe('the hub pages', () => {
  it('shows a werkgebied with its coordinator, its people per thema, its feed and contact sheet title', () => {
    const page = regionPage(relations.region('duinrand')!, relations);
    expect(page.coordinator).toEqual({ label: 'Coördinator', name: 'Ans Testers', href: '/wie-weet-wat/ans-testers/', role: 'Intern begeleider' });
    expect(page.municipalities).toEqual({ label: 'Plaatsen', text: 'Duindorp, Zandwijk' });
    expect(page.people.byTopic).toEqual([
      { topic: { name: 'Autisme', href: '/themas/autisme/' }, people: [{ name: 'Ans Testers', href: '#persoon-ans-testers' }] },
    ]);
    expect(page.feed).toEqual({ title: 'Nieuw in Duinrand | Leernetwerk', href: '/werkgebieden/duinrand/rss.xml', linkText: 'Nieuw in dit werkgebied (RSS)' });
    expect(page.people.caption).toBe('Leernetwerk, Samenwerkingsverband Passend Onderwijs Noord-Kennemerland. Contactlijst Duinrand.');
    expect(page.networkGroups).toEqual([{ kind: 'Netwerkgroep', href: '/netwerkgroepen/ouders/', title: 'Oudergroep', counts: ['1 les'] }]);
  });

  it('lists the people of a werkgebied once each, with role, thema\'s and what to ask them, and the row id the thema list links to', () => {
    const page = regionPage(relations.region('duinrand')!, relations, new Date('2026-06-01T00:00:00Z'));
    expect(page.people.count).toBe(1);
    const [row] = page.people.rows;
    expect(row).toMatchObject({
      id: 'persoon-ans-testers',
      name: 'Ans Testers',
      href: '/wie-weet-wat/ans-testers/',
      roleAndOrganisation: 'Intern begeleider, OBS De Proef',
      topics: 'Autisme',
      ask: 'Vraag mij over: een rustige werkplek',
      outdated: false,
    });
    expect(page.people.outdatedNote).toBeUndefined();
  });

  it('dates the contact sheet, names its address on the site, and marks profiles that may be outdated', () => {
    const page = regionPage(relations.region('polder')!, relations, new Date('2026-06-01T00:00:00Z'));
    expect(page.people.madeOn).toBe('Gemaakt op 1 juni 2026.');
    expect(page.people.address).toBe('https://leernetwerk.example.nl/werkgebieden/polder/');
    expect(page.people.rows.map((row) => [row.name, row.outdated])).toEqual([['Bert de Oude', true]]);
    expect(page.people.outdatedNote).toBe(
      '"Mogelijk verouderd": dit profiel is meer dan een jaar niet gecontroleerd. Klopt het nog? Vraag het de persoon zelf.',
    );
  });

  it('leaves out the places of a werkgebied when the only place is its own name', () => {
    const duinrand = relations.region('duinrand')!;
    expect(regionPlaces(duinrand)).toEqual(['Duindorp', 'Zandwijk']);
    const onlyItself = { ...duinrand, data: { ...duinrand.data, municipalities: ['Duinrand'] } };
    expect(regionPlaces(onlyItself)).toEqual([]);
    expect(regionPage(onlyItself, relations).municipalities).toBeUndefined();
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
  });

  it('says which section of the support plan a speerpunt comes from, and links the plan named in the site config', () => {
    const page = focusAreaPage('regie-leerkracht', relations);
    expect(page.planIntro).toEqual({
      before: 'Dit speerpunt komt uit paragraaf 4.3 van het ',
      link: { label: 'Ondersteuningsplan 2023-2027', href: 'https://www.swv-noordkennemerland.example/ondersteuningsplan/' },
      after: '. Hieronder zie je wat scholen en netwerkgroepen er al voor doen, en wat ze ervan leerden.',
    });
  });
});

describe('the lists and overviews', () => {
  it('counts a list in words and says how it is sorted', () => {
    expect(listPage('prototypes', { items: [], page: 1, pages: 1, total: 1 }, relations).countText).toBe('1 goed voorbeeld, nieuwste eerst');
    expect(listPage('lessons', { items: [], page: 1, pages: 1, total: 3 }, relations).countText).toBe('3 lessen, nieuwste eerst');
    expect(listPage('experts', { items: [], page: 1, pages: 1, total: 2 }, relations).countText).toBe('2 personen');
  });

  it('introduces the werkgebieden with their number, and counts what each holds on a map and in a table', () => {
    const page = regionsOverview(relations);
    expect(page.intro).toBe('Ons samenwerkingsverband werkt in twee werkgebieden. Per werkgebied zie je wie je waarvoor kunt benaderen.');
    expect(page.map.table.rows.find((row) => row.name === 'Duinrand')).toEqual({
      name: 'Duinrand',
      href: '/werkgebieden/duinrand/',
      places: 'Duindorp, Zandwijk',
      counts: { prototypes: 1, lessons: 1, experts: 1 },
    });
    const area = page.map.map.areas.find((candidate) => candidate.id === 'duinrand')!;
    expect(area.accessibleName).toBe('Duinrand: 1 goed voorbeeld, 1 les, 1 persoon');
  });

  it('counts the examples, lessons and people of each thema', () => {
    const autisme = topicsOverview(relations).cards.find((card) => card.title === 'Autisme')!;
    expect(autisme.counts).toEqual(['1 goed voorbeeld', '1 les', '1 persoon']);
  });

  it('shows every speerpunt of the plan as a box, with its plan section, 4.2 with its two goals', () => {
    const page = focusBoard(relations);
    expect(page.intro).toBe(
      'De zes speerpunten uit ons ondersteuningsplan. Per speerpunt zie je de goede voorbeelden per leerfase, de werkgebieden die bijdragen en de nieuwste les.',
    );
    expect(page.boxes.map((box) => box.kind)).toEqual([
      'Speerpunt 4.2.1',
      'Speerpunt 4.2.3',
      'Speerpunt 4.3',
      'Speerpunt 4.4',
      'Speerpunt 4.5',
      'Speerpunt 4.6',
    ]);
    expect(page.boxes.map((box) => box.empty === undefined)).toEqual([false, false, true, false, false, false]);
  });

  it('offers the four routes on the home page, one for parents, and the newest lessons', () => {
    const page = homePage(relations);
    expect(page.routes.map((route) => route.href)).toEqual(['/prototypen/', '/delen/', '/wie-weet-wat/', '/ouders/']);
    expect(page.routes.at(-1)!.title).toBe('Ik ben ouder of verzorger');
    expect(page.latestLessons.map((lesson) => lesson.id)).toEqual(['rust-helpt']);
  });

  it('lists every section and hub on the site overview', () => {
    const page = siteOverviewPage(relations);
    expect(page.lists.map((list) => `${list.label} (${list.count})`)).toEqual(['Goede voorbeelden (1)', 'Lessen (1)', 'Wie weet wat (2)']);
    expect(page.sections.map((section) => section.title)).toEqual(['Werkgebieden', "Thema's", 'Netwerkgroepen', 'Speerpunten']);
    expect(page.tools.map((tool) => tool.href)).toEqual(['/zoeken/', '/delen/', '/wijzigingen/', '/woorden/']);
  });
});

describe('narrowing a list without JavaScript', () => {
  const people = relations.experts;

  it('offers a select box per filter, each option with how many cards it leaves, "all" first', () => {
    const { fields } = listFilters('experts', people, relations);
    expect(fields.map((field) => [field.id, field.key, field.label])).toEqual([
      ['filter-werkgebied', 'werkgebied', 'Werkgebied'],
      ['filter-thema', 'thema', 'Thema'],
    ]);
    expect(fields[0].options).toEqual([
      { value: '', label: 'Alle werkgebieden' },
      { value: 'duinrand', label: 'Duinrand (1)' },
      { value: 'polder', label: 'Polder (1)' },
    ]);
    expect(fields[1].options.map((option) => option.label)).toEqual(["Alle thema's", 'Autisme (1)', 'Gedrag (1)']);
  });

  it('leaves out a filter in which every option keeps every card', () => {
    const [example] = relations.prototypes;
    expect(listFilters('prototypes', [example], relations).fields).toEqual([]);
  });

  it('filters examples and lessons by onderwijstype too, and sends the whole-list choice to search with their kind', () => {
    const filters = listFilters('prototypes', relations.prototypes, relations);
    expect(filters.searchKind).toBe('prototype');
    expect(filters.searchAction).toBe('/zoeken/');
    expect(filterAttributes('prototypes', relations.prototype('rustige-werkplek')!)).toEqual({
      'data-werkgebied': 'duinrand',
      'data-thema': 'autisme',
      'data-onderwijstype': 'po',
    });
    expect(filterAttributes('experts', relations.expert('ans-testers')!)).toEqual({ 'data-werkgebied': 'duinrand', 'data-thema': 'autisme' });
  });

  it('writes one CSS rule per value that hides the cards without it once its option is chosen', () => {
    const css = listFilterCss(filterValues(relations));
    expect(css).toContain(
      '.filterable:has(select[name="werkgebied"] option[value="duinrand"]:checked) .filterable__items > li:not([data-werkgebied~="duinrand"]) { display: none; }',
    );
    expect(css).toContain('option[value="autisme"]:checked) .filterable__items > li:not([data-thema~="autisme"])');
    expect(css).toContain('option[value="vso"]:checked) .filterable__items > li:not([data-onderwijstype~="vso"])');
    expect(css.match(/display: none/g)).toHaveLength(2 + 2 + 7);
  });

  it('quotes values in the CSS, so a stray character cannot break out of the rule', () => {
    const css = listFilterCss({ werkgebied: [{ value: 'a"] { } b', label: 'x' }], thema: [], onderwijstype: [] });
    expect(css).toContain('option[value="a\\"] { } b"]');
  });

  it('says how many cards the choice leaves, per page when the list has more pages, and offers search for the whole list', () => {
    const one = listPage('experts', { items: people, page: 1, pages: 1, total: 2 }, relations);
    expect(one.filters.shownOf).toBe('van 2 personen getoond');
    expect(one.filters.searchAll).toBeUndefined();
    const many = listPage('experts', { items: people, page: 1, pages: 3, total: 50 }, relations);
    expect(many.filters.shownOf).toBe('van 2 personen op deze pagina getoond');
    expect(many.filters.searchAll).toBe('Zoek in alle 50 personen');
  });
});

describe('the facts on a card', () => {
  const ans = relations.expert('ans-testers')!;

  it('shows where a person works and what they know about, singular for one', () => {
    expect(expertCardFacts(ans, relations)).toEqual([
      { term: 'Werkgebied', value: 'Duinrand' },
      { term: 'Thema', value: 'Autisme' },
    ]);
  });

  it('shows the thema\'s and onderwijstypen of an example and a lesson', () => {
    expect(entryCardFacts(relations.prototype('rustige-werkplek')!, relations)).toEqual([
      { term: 'Werkgebied', value: 'Duinrand' },
      { term: 'Thema', value: 'Autisme' },
      { term: 'Onderwijstype', value: 'Basisonderwijs (po)' },
    ]);
    expect(entryCardFacts(relations.lesson('rust-helpt')!, relations).map((fact) => fact.term)).toEqual(['Werkgebied', 'Thema']);
  });

  it('says "Alle werkgebieden" instead of naming every werkgebied', () => {
    const everywhere = { ...ans, data: { ...ans.data, regions: ['duinrand', 'polder'], topics: ['autisme', 'gedrag'] } } as typeof ans;
    expect(expertCardFacts(everywhere, relations)).toEqual([
      { term: 'Werkgebieden', value: 'Alle werkgebieden' },
      { term: "Thema's", value: 'Autisme, Gedrag' },
    ]);
  });
});
