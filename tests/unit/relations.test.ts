import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const relations = relationsFromFolder(path.join(fixturesDir, 'valid'));
const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);

describe('the relations index', () => {
  it('leaves drafts out of every list', () => {
    expect(ids(relations.prototypes)).toEqual(['rustige-werkplek']);
    expect(relations.prototype('geheim-concept')).toBeUndefined();
    expect(ids(relations.prototypesForRegion('polder'))).toEqual([]);
    expect(ids(relations.prototypesForContact('bert-de-oude'))).toEqual([]);
  });

  it('links a prototype to the lessons about it, and back', () => {
    expect(ids(relations.lessonsForPrototype('rustige-werkplek'))).toEqual(['rust-helpt']);
    expect(relations.prototypeOf(relations.lesson('rust-helpt')!.data.prototype)?.id).toBe('rustige-werkplek');
  });

  it('links an expert to the prototypes they are contact for and the lessons they wrote', () => {
    expect(ids(relations.prototypesForContact('ans-testers'))).toEqual(['rustige-werkplek']);
    expect(ids(relations.lessonsByAuthor('ans-testers'))).toEqual(['rust-helpt']);
    expect(ids(relations.regionsCoordinatedBy('ans-testers'))).toEqual(['duinrand']);
    expect(ids(relations.networkGroupsForContact('ans-testers'))).toEqual(['ouders']);
  });

  it('groups a region’s experts by topic for "wie kan je waarvoor benaderen?"', () => {
    const groups = relations.expertsByTopicInRegion('duinrand');
    expect(groups.map((group) => [group.topic.id, ids(group.experts)])).toEqual([['autisme', ['ans-testers']]]);
    expect(relations.expertsByTopicInRegion('polder').map((group) => group.topic.id)).toEqual(['gedrag']);
  });

  it('counts a network group without regions as active in every region', () => {
    expect(ids(relations.networkGroupsForRegion('duinrand'))).toEqual(['ouders']);
    expect(ids(relations.networkGroupsForRegion('polder'))).toEqual(['ouders']);
    expect(ids(relations.regionsOfNetworkGroup(relations.networkGroup('ouders')!))).toEqual(['duinrand', 'polder']);
  });

  it('finds prototypes by speerpunt and topic', () => {
    expect(ids(relations.prototypesForFocusArea('regie-leerkracht'))).toEqual(['rustige-werkplek']);
    expect(ids(relations.prototypesForFocusArea('samenwerken'))).toEqual([]);
    expect(ids(relations.prototypesForTopic('autisme'))).toEqual(['rustige-werkplek']);
    expect(ids(relations.lessonsForTopic('autisme'))).toEqual(['rust-helpt']);
    expect(ids(relations.expertsForTopic('gedrag'))).toEqual(['bert-de-oude']);
  });

  it('sorts experts by surname, ignoring tussenvoegsels', () => {
    expect(relations.experts.map((expert) => expert.data.name)).toEqual(['Bert de Oude', 'Ans Testers']);
  });

  it('resolves references and drops those to drafts or unknown ids', () => {
    expect(ids(relations.regionsOf(['polder', 'duinrand', 'bestaat-niet']))).toEqual(['polder', 'duinrand']);
    expect(relations.prototypeOf('geheim-concept')).toBeUndefined();
  });
});
