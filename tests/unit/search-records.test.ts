import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterKeys } from '../../src/search/contract.ts';
import { filterValues } from '../../src/search/filters.ts';
import {
  expertSearch,
  focusAreaHubSearch,
  lessonSearch,
  networkGroupHubSearch,
  prototypeSearch,
  regionHubSearch,
  topicHubSearch,
} from '../../src/search/records.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const relations = relationsFromFolder(path.join(fixturesDir, 'valid'));

describe('search records of entry pages', () => {
  it('gives a prototype its filters, its update date, werkgebied names and topic keywords', () => {
    expect(prototypeSearch(relations.prototype('rustige-werkplek')!, relations)).toEqual({
      search: {
        kind: 'prototype',
        regions: ['duinrand'],
        topics: ['autisme'],
        schoolTypes: ['po'],
        focusAreas: ['regie-leerkracht'],
        status: 'afgerond',
        learningPhase: 'teruggekeken',
        adoptedIn: [],
        date: new Date('2026-03-01'),
      },
      regionNames: ['Duinrand'],
      keywords: ['Autisme', 'ASS'],
    });
  });

  it('files a lesson under the speerpunten of the prototype it is about, and under its netwerkgroep', () => {
    expect(lessonSearch(relations.lesson('rust-helpt')!, relations)).toEqual({
      search: {
        kind: 'les',
        regions: ['duinrand'],
        topics: ['autisme'],
        schoolTypes: [],
        focusAreas: ['regie-leerkracht'],
        networkGroups: ['ouders'],
        adoptedIn: [],
        date: new Date('2026-05-01'),
      },
      regionNames: ['Duinrand'],
      keywords: ['Autisme', 'ASS'],
    });
  });

  it('gives a lesson without a prototype no speerpunten', () => {
    const lesson = relations.lesson('rust-helpt')!;
    const alone = { ...lesson, data: { ...lesson.data, prototype: undefined, networkGroup: undefined } };
    const { search } = lessonSearch(alone, relations);
    expect(search.focusAreas).toEqual([]);
    expect(search.networkGroups).toEqual([]);
  });

  it('sorts an expert on the date the profile was last reviewed', () => {
    expect(expertSearch(relations.expert('bert-de-oude')!, relations)).toEqual({
      search: { kind: 'expert', regions: ['polder'], topics: ['gedrag'], date: new Date('2024-05-01') },
      regionNames: ['Polder'],
      keywords: ['Gedrag'],
    });
  });
});

describe('search records of hub pages', () => {
  it('files each hub under what it is about, without a date', () => {
    expect(regionHubSearch(relations.region('polder')!)).toEqual({ kind: 'werkgebied', regions: ['polder'] });
    expect(topicHubSearch(relations.topic('autisme')!)).toEqual({ kind: 'thema', topics: ['autisme'] });
    expect(focusAreaHubSearch('samenwerken')).toEqual({ kind: 'speerpunt', focusAreas: ['samenwerken'] });
  });

  it('files a netwerkgroep under its thema’s, and under no werkgebied when it works in all of them', () => {
    expect(networkGroupHubSearch(relations.networkGroup('ouders')!, relations)).toEqual({
      kind: 'netwerkgroep',
      regions: [],
      topics: ['autisme'],
      networkGroups: ['ouders'],
    });
  });

  it('files a netwerkgroep under the published werkgebieden it names', () => {
    const group = relations.networkGroup('ouders')!;
    const local = { ...group, data: { ...group.data, regions: [{ collection: 'regions' as const, id: 'polder' }, { collection: 'regions' as const, id: 'bestaat-niet' }] } };
    expect(networkGroupHubSearch(local, relations).regions).toEqual(['polder']);
  });
});

describe('the search contract', () => {
  it('lists exactly the filter keys the index is built with, in the same order', () => {
    const record = {
      kind: 'prototype',
      regions: ['duinrand'],
      topics: ['autisme'],
      schoolTypes: ['po'],
      focusAreas: ['regie-leerkracht'],
      status: 'afgerond',
      networkGroups: ['ouders'],
      learningPhase: 'overgenomen',
      adoptedIn: ['polder'],
    } as const;
    const emitted = [...new Set(filterValues(record).map(([key]) => key))];
    expect(emitted).toEqual([...filterKeys]);
  });
});
