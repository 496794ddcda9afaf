/** What each entry page gives the search index: filters, sort date, werkgebied names and keywords. */
import { refId, type Expert, type Lesson, type Prototype, type Relations } from '../lib/relations.ts';
import type { SearchRecord } from './filters.ts';
import { topicKeywords } from './keywords.ts';

export interface EntrySearch {
  search: SearchRecord;
  regionNames: string[];
  keywords: string[];
}

function shared(site: Relations, regions: readonly { id: string }[], topics: readonly { id: string }[]) {
  return {
    regionNames: site.regionsOf(regions).map((region) => region.data.name),
    keywords: topicKeywords(site.topicsOf(topics)),
  };
}

export function prototypeSearch(prototype: Prototype, site: Relations): EntrySearch {
  const { data } = prototype;
  return {
    search: {
      kind: 'prototype',
      regions: data.regions.map(refId),
      topics: data.topics.map(refId),
      schoolTypes: data.schoolTypes,
      focusAreas: data.focusAreas,
      status: data.status,
      date: data.updated,
    },
    ...shared(site, data.regions, data.topics),
  };
}

export function lessonSearch(lesson: Lesson, site: Relations): EntrySearch {
  const { data } = lesson;
  // A lesson about a prototype is found under that prototype's speerpunten too.
  const prototype = site.prototypeOf(data.prototype);
  return {
    search: {
      kind: 'les',
      regions: data.regions.map(refId),
      topics: data.topics.map(refId),
      schoolTypes: data.schoolTypes,
      focusAreas: prototype?.data.focusAreas ?? [],
      networkGroups: data.networkGroup ? [refId(data.networkGroup)] : [],
      date: data.date,
    },
    ...shared(site, data.regions, data.topics),
  };
}

export function expertSearch(expert: Expert, site: Relations): EntrySearch {
  const { data } = expert;
  return {
    search: { kind: 'expert', regions: data.regions.map(refId), topics: data.topics.map(refId), date: data.reviewed },
    ...shared(site, data.regions, data.topics),
  };
}
