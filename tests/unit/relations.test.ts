import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const site = relationsFromFolder(path.join(fixturesDir, 'valid'));
const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);

describe('the relations index', () => {
  it('leaves drafts out of every list', () => {
    expect(ids(site.prototypes)).toEqual(['rustige-werkplek']);
    expect(site.prototype('geheim-concept')).toBeUndefined();
    expect(ids(site.prototypesForRegion('polder'))).toEqual([]);
    expect(ids(site.prototypesForContact('bert-de-oude'))).toEqual([]);
  });

  it('links a prototype to the lessons about it, and back', () => {
    expect(ids(site.lessonsForPrototype('rustige-werkplek'))).toEqual(['rust-helpt']);
    expect(site.prototypeOf(site.lesson('rust-helpt')!.data.prototype)?.id).toBe('rustige-werkplek');
  });

  it('links an expert to the prototypes they are contact for and the lessons they wrote', () => {
    expect(ids(site.prototypesForContact('ans-testers'))).toEqual(['rustige-werkplek']);
    expect(ids(site.lessonsByAuthor('ans-testers'))).toEqual(['rust-helpt']);
    expect(ids(site.regionsCoordinatedBy('ans-testers'))).toEqual(['duinrand']);
    expect(ids(site.networkGroupsForContact('ans-testers'))).toEqual(['ouders']);
  });

  it('groups a region’s experts by topic for "wie kan je waarvoor benaderen?"', () => {
    const groups = site.expertsByTopicInRegion('duinrand');
    expect(groups.map((group) => [group.topic.id, ids(group.experts)])).toEqual([['autisme', ['ans-testers']]]);
    expect(site.expertsByTopicInRegion('polder').map((group) => group.topic.id)).toEqual(['gedrag']);
  });

  it('counts a network group without regions as active in every region', () => {
    expect(ids(site.networkGroupsForRegion('duinrand'))).toEqual(['ouders']);
    expect(ids(site.networkGroupsForRegion('polder'))).toEqual(['ouders']);
    expect(ids(site.regionsOfNetworkGroup(site.networkGroup('ouders')!))).toEqual(['duinrand', 'polder']);
  });

  it('finds prototypes by speerpunt and topic', () => {
    expect(ids(site.prototypesForFocusArea('regie-leerkracht'))).toEqual(['rustige-werkplek']);
    expect(ids(site.prototypesForFocusArea('samenwerken'))).toEqual([]);
    expect(ids(site.prototypesForTopic('autisme'))).toEqual(['rustige-werkplek']);
    expect(ids(site.lessonsForTopic('autisme'))).toEqual(['rust-helpt']);
    expect(ids(site.expertsForTopic('gedrag'))).toEqual(['bert-de-oude']);
  });

  it('sorts experts by surname, ignoring tussenvoegsels', () => {
    expect(site.experts.map((expert) => expert.data.name)).toEqual(['Bert de Oude', 'Ans Testers']);
  });

  it('resolves references and drops those to drafts or unknown ids', () => {
    expect(ids(site.regionsOf(['polder', 'duinrand', 'bestaat-niet']))).toEqual(['polder', 'duinrand']);
    expect(site.prototypeOf('geheim-concept')).toBeUndefined();
  });
});

describe('hub sections', () => {
  it('shows every card when there are few, and the newest twelve with a link to search when there are many', async () => {
    const { hubSection, hubCardLimit } = await import('../../src/lib/hub-sections.ts');
    expect(hubCardLimit).toBe(12);
    const few = Array.from({ length: hubCardLimit }, (_, index) => index);
    expect(hubSection(few, { thema: 'autisme' }, 'lessen')).toEqual({ shown: few });
    const many = Array.from({ length: 30 }, (_, index) => index);
    const section = hubSection(many, { thema: 'autisme', soort: 'les' }, 'lessen');
    expect(section.shown).toEqual(many.slice(0, hubCardLimit));
    expect(section.more).toEqual({ href: '/zoeken/?thema=autisme&soort=les&sortering=datum', label: 'Bekijk alle 30 lessen in het zoeken' });
  });
});
