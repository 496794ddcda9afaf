/**
 * What each page gives the search index: filters and sort date, and for entry
 * pages also werkgebied names and keywords. Hub pages carry the filter of
 * what they are about, so a filtered search finds the hub too.
 */
import { adoptionsOf } from '../lib/adoptions.ts';
import {
  refId,
  type Expert,
  type Lesson,
  type NetworkGroup,
  type Prototype,
  type Region,
  type Relations,
  type Topic,
} from '../lib/relations.ts';
import type { FocusArea } from '../schemas/focus-areas.ts';
import type { ReferenceValue } from '../schemas/shared.ts';
import { searchKind } from './contract.ts';
import type { SearchRecord } from './filters.ts';
import { topicKeywords } from './keywords.ts';

export interface EntrySearch {
  search: SearchRecord;
  regionNames: string[];
  keywords: string[];
}

function shared(relations: Relations, regions: readonly ReferenceValue[], topics: readonly ReferenceValue[]) {
  return {
    regionNames: relations.regionsOf(regions).map((region) => region.data.name),
    keywords: topicKeywords(relations.topicsOf(topics)),
  };
}

export function prototypeSearch(prototype: Prototype, relations: Relations): EntrySearch {
  const { data } = prototype;
  const adoptions = adoptionsOf(relations);
  return {
    search: {
      kind: searchKind.prototype,
      regions: data.regions.map(refId),
      topics: data.topics.map(refId),
      schoolTypes: data.schoolTypes,
      focusAreas: data.focusAreas,
      status: data.status,
      learningPhase: adoptions.phaseOf(prototype),
      adoptedIn: adoptions.adoptedIn(prototype.id),
      date: data.updated,
    },
    ...shared(relations, data.regions, data.topics),
  };
}

export function lessonSearch(lesson: Lesson, relations: Relations): EntrySearch {
  const { data } = lesson;
  // A lesson about a prototype is found under that prototype's speerpunten too, besides its own.
  const prototype = relations.prototypeOf(data.prototype);
  const adoption = adoptionsOf(relations).ofLesson(lesson.id);
  return {
    search: {
      kind: searchKind.lesson,
      regions: data.regions.map(refId),
      topics: data.topics.map(refId),
      schoolTypes: data.schoolTypes,
      focusAreas: [...new Set([...(prototype?.data.focusAreas ?? []), ...data.focusAreas])],
      networkGroups: data.networkGroup ? [refId(data.networkGroup)] : [],
      adoptedIn: adoption?.regions.map((region) => region.id) ?? [],
      date: data.date,
    },
    ...shared(relations, data.regions, data.topics),
  };
}

export function expertSearch(expert: Expert, relations: Relations): EntrySearch {
  const { data } = expert;
  return {
    search: { kind: searchKind.expert, regions: data.regions.map(refId), topics: data.topics.map(refId), date: data.reviewed },
    ...shared(relations, data.regions, data.topics),
  };
}

export const regionHubSearch = (region: Region): SearchRecord => ({ kind: searchKind.region, regions: [region.id] });

export const topicHubSearch = (topic: Topic): SearchRecord => ({ kind: searchKind.topic, topics: [topic.id] });

/** A group is found under its published werkgebieden and thema's; a group for all werkgebieden names none. */
export function networkGroupHubSearch(group: NetworkGroup, relations: Relations): SearchRecord {
  return {
    kind: searchKind.networkGroup,
    regions: relations.regionsOf(group.data.regions).map((region) => region.id),
    topics: relations.topicsOf(group.data.topics).map((topic) => topic.id),
    networkGroups: [group.id],
  };
}

export const focusAreaHubSearch = (id: FocusArea): SearchRecord => ({ kind: searchKind.focusArea, focusAreas: [id] });
