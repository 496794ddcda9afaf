/**
 * The pages for parents, from a small fixture site (tests/fixtures/parents/base
 * over the valid fixture): who helps per werkgebied, glossary terms linked at
 * their first use, words for search, ervaringsouders, the glossary page and
 * the "kom kijken" box with a fixed date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { noHistory } from '../../src/lib/history.ts';
import { glossaryPage } from '../../src/lib/pages/glossary-page.ts';
import { parentRoutePage } from '../../src/lib/pages/parent-route-page.ts';
import { parentRouteRegionPage } from '../../src/lib/pages/parent-route-region-page.ts';
import { parentsPage } from '../../src/lib/pages/parents-page.ts';
import { prototypePage } from '../../src/lib/pages/prototype-page.ts';
import { siteOverviewPage } from '../../src/lib/pages/site-overview-page.ts';
import type { TextPart } from '../../src/lib/parents/glossary-words.ts';
import type { Relations } from '../../src/lib/relations.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

let relations: Relations;
beforeAll(() => {
  relations = relationsFromFolder(contentWithCase('base', 'parents'));
});

const support = { name: 'Steunpunt De Proef', email: 'steunpunt@proef.example', phone: '072 555 0100' };
const linked = (parts: TextPart[]) => parts.filter((part) => typeof part !== 'string').map((part) => (part as { text: string }).text);
const plain = (parts: TextPart[]) => parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

describe('a parent route for one werkgebied', () => {
  const page = (region: string, options: { support?: typeof support } = { support }) =>
    parentRouteRegionPage(relations.parentRoute('hulp-op-school')!, relations.region(region)!, relations, options);

  it('lists at each step only the people of that werkgebied who are there for parents', () => {
    const helpOf = (region: string) =>
      page(region).steps.map((step) => (step.help.kind === 'local' ? step.help.people.map((expert) => expert.id) : step.help.kind));
    expect(helpOf('duinrand')).toEqual(['none', ['anna-consulent'], ['eva-ervaring']]);
    for (const step of page('duinrand').steps) {
      if (step.help.kind === 'local') for (const expert of step.help.people) expect(expert.data.regions).toContain('duinrand');
    }
  });

  it('offers the steunpunt of the whole samenwerkingsverband, marked as such, where nobody local fits', () => {
    // Piet Polder is an onderwijsconsulent in Polder, but his profile is for professionals only.
    const polder = page('polder');
    expect(polder.steps.map((step) => step.help.kind)).toEqual(['none', 'swv-wide', 'swv-wide']);
    const help = polder.steps[1].help;
    expect(help.kind === 'swv-wide' && help.support.name).toBe('Steunpunt De Proef');
    expect(polder.labels.swvWide).toBe('Voor het hele samenwerkingsverband');
    expect(JSON.stringify(polder.steps)).not.toContain('piet-polder');
  });

  it('names the contacts from elsewhere, marked, when the site has no steunpunt', () => {
    const polder = page('polder', { support: undefined });
    const help = polder.steps[2].help;
    expect(help.kind).toBe('elsewhere');
    expect(help.kind === 'elsewhere' && help.people.map((expert) => expert.id)).toEqual(['eva-ervaring']);
    expect(polder.steps[1].help.kind).toBe('none');
    expect(polder.labels.elsewhere).toMatch(/niet in dit werkgebied/);
  });

  it('has a trail back to the route and to the page for parents, and a line for the printed sheet', () => {
    const duinrand = page('duinrand');
    expect(duinrand.crumbs).toEqual([
      { label: 'Voor ouders en verzorgers', href: '/ouders/' },
      { label: 'Als je kind extra hulp nodig heeft', href: '/ouders/hulp-op-school/' },
      { label: 'Duinrand' },
    ]);
    expect(duinrand.otherRegion.href).toBe('/ouders/hulp-op-school/');
    expect(duinrand.overview.steps.map((step) => step.href)).toEqual(['#stap-1', '#stap-2', '#stap-3']);
    expect(duinrand.printFooter).toBe('Uit Leernetwerk: https://leernetwerk.example.nl/ouders/hulp-op-school/duinrand/');
  });
});

describe('a parent route', () => {
  const page = () => parentRoutePage(relations.parentRoute('hulp-op-school')!, relations);

  it('asks where the child goes to school, with a link per werkgebied and its places', () => {
    expect(page().chooseRegion.regions).toEqual([
      { name: 'Duinrand', places: 'Duindorp, Zandwijk', href: '/ouders/hulp-op-school/duinrand/' },
      { name: 'Polder', places: 'Polderdorp', href: '/ouders/hulp-op-school/polder/' },
    ]);
  });

  it('links a glossary term at its first use on the page only, and explains every term it uses', () => {
    const [first, second] = page().steps;
    expect(linked(first.text)).toEqual(["IB'er", 'OPP']);
    expect(plain(first.text)).toBe('Vraag een gesprek met de IB\'er. Vraag of er een OPP komt. Een OPP bespreek je samen.');
    expect(linked(first.expect!.text)).toEqual(['arrangement']);
    expect(linked(second.text)).toEqual([]);
    expect(page().words.words.map((word) => [word.term, word.href, word.id])).toEqual([
      ["IB'er", '/woorden/#ib-er', 'uitleg-ib-er'],
      ['OPP', '/woorden/#opp', 'uitleg-opp'],
      ['arrangement', '/woorden/#arrangement', 'uitleg-arrangement'],
    ]);
  });

  it('is found in search by the other words of its terms and its topics, which it does not show', () => {
    expect(page().searchWords).toEqual(expect.arrayContaining(['rugzak', 'LGF', 'handelingsdeel', 'ontwikkelingsperspectiefplan', 'Autisme', 'ASS']));
    expect(page().search).toMatchObject({ kind: 'ouderroute', topics: ['autisme'] });
  });
});

describe('the page for parents', () => {
  it('offers every route in the parent’s own words', () => {
    expect(parentsPage(relations).routes).toEqual([
      { situation: 'Mijn kind heeft extra hulp nodig op school', title: 'Als je kind extra hulp nodig heeft', href: '/ouders/hulp-op-school/' },
    ]);
  });

  it('shows the ervaringsouders per werkgebied, and never a profile for professionals only', () => {
    const regions = parentsPage(relations).experience.regions;
    expect(regions.map((region) => [region.name, region.people.map((expert) => expert.id), region.count])).toEqual([
      ['Duinrand', ['eva-ervaring'], '1 ervaringsouder'],
      ['Polder', [], '0 ervaringsouders'],
    ]);
  });

  it('names the organisation as it is, then links the glossary terms of its text', () => {
    const [first] = parentsPage(relations, 'Samenwerkingsverband Passend Onderwijs De Proef').about;
    expect(first[0]).toBe('Samenwerkingsverband Passend Onderwijs De Proef');
  });
});

describe('who a profile is for (audience)', () => {
  it('offers parents only profiles for parents, and the werkgebied’s hub for professionals only profiles for professionals', () => {
    expect(relations.parentExpertsForRegion('duinrand').map((expert) => expert.id)).toEqual(['anna-consulent', 'eva-ervaring']);
    expect(relations.parentExpertsForRegion('polder')).toEqual([]);
    expect(relations.expertsForRegion('duinrand').map((expert) => expert.id)).toEqual(['anna-consulent', 'ans-testers']);
    expect(relations.expertsForRegion('polder').map((expert) => expert.id)).toEqual(['bert-de-oude', 'piet-polder']);
  });
});

describe('the glossary page', () => {
  const page = () => glossaryPage(relations);

  it('has a section per term at /woorden/#<id>, with its long form, other words and the routes that use it', () => {
    const opp = page().terms.find((term) => term.id === 'opp')!;
    expect(opp).toMatchObject({ term: 'OPP', full: 'ontwikkelingsperspectiefplan', alsoCalled: { label: 'Ook wel', text: 'handelingsdeel' } });
    expect(opp.usedIn?.links).toEqual([{ label: 'Als je kind extra hulp nodig heeft', href: '/ouders/hulp-op-school/' }]);
    expect(page().jump.links.map((link) => link.href)).toEqual(['#arrangement', '#ib-er', '#opp']);
  });

  it('links another term inside an explanation, never the term itself', () => {
    const arrangement = page().terms.find((term) => term.id === 'arrangement')!;
    expect(linked(arrangement.explanation)).toEqual(['OPP']);
    const opp = page().terms.find((term) => term.id === 'opp')!;
    expect(linked(opp.explanation)).toEqual([]);
  });
});

describe('the "kom kijken" box of a goed voorbeeld', () => {
  const visitOn = (day: string) => prototypePage(relations.prototype('kom-kijken')!, relations, noHistory, new Date(`${day}T10:00:00Z`)).visit;

  it('shows how a visit works, until when, and an e-mail with the title and a reminder about children’s names', () => {
    const visit = visitOn('2026-12-01')!;
    expect(visit.how).toBe('Kom een ochtend meekijken in de klas en praat daarna na met de leerkracht.');
    expect(visit.until).toBe('Dit aanbod geldt tot en met 31 december 2026.');
    expect(visit.contact?.expert.id).toBe('ans-testers');
    expect(visit.mail.subject).toBe('Kom kijken: Een klas om te komen bekijken');
    expect(visit.mail.body).toMatch(/schrijf geen namen .* van kinderen/);
  });

  it('still shows on its last day, and is gone the day after', () => {
    expect(visitOn('2026-12-31')).toBeDefined();
    expect(visitOn('2027-01-01')).toBeUndefined();
  });

  it('is not there for a goed voorbeeld without an offer', () => {
    expect(prototypePage(relations.prototype('rustige-werkplek')!, relations, noHistory, new Date('2026-12-01')).visit).toBeUndefined();
  });
});

describe('the site overview for parents', () => {
  it('leads to Voor ouders with every route, and to the glossary', () => {
    const page = siteOverviewPage(relations);
    const parents = page.sections.find((section) => section.href === '/ouders/')!;
    expect(parents.title).toBe('Voor ouders');
    expect(parents.items.map((item) => item.href)).toEqual(relations.parentRoutes.map((route) => `/ouders/${route.id}/`));
    expect(parents.items.length).toBeGreaterThan(0);
    expect(page.tools.map((tool) => tool.label)).toContain('Woordenlijst');
  });
});
