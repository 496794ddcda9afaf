/**
 * Who links to whom, computed once for the whole site. Pages ask this index
 * ("which lessons are about this prototype?") instead of scanning collections
 * themselves. Drafts are left out here, so no page or feed can show them.
 */
import type { CollectionEntry } from 'astro:content';
import type { FocusArea } from '../schemas/focus-areas.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { ReferenceValue } from '../schemas/shared.ts';
import { compareBySurname, compareText } from './names.ts';

export type Region = CollectionEntry<'regions'>;
export type Topic = CollectionEntry<'topics'>;
export type NetworkGroup = CollectionEntry<'network-groups'>;
export type Prototype = CollectionEntry<'prototypes'>;
export type Lesson = CollectionEntry<'lessons'>;
export type Expert = CollectionEntry<'experts'>;
export type ParentRoute = CollectionEntry<'parent-routes'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;

/** Every entry of every collection, by collection name, as Astro loads them. */
export type SiteContent = { [name in CollectionName]: CollectionEntry<name>[] };

type Ref = ReferenceValue;
export const refId = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

const isPublished = (entry: { data: { draft?: boolean } }) => entry.data.draft !== true;
const byDateDesc = (date: (entry: any) => Date) => (a: any, b: any) =>
  date(b).getTime() - date(a).getTime() || compareText(a.id, b.id);

/** Adds `item` under each of `keys` in `index`. */
function addToIndex<T>(index: Map<string, T[]>, keys: Iterable<string>, item: T): void {
  for (const key of new Set(keys)) {
    const list = index.get(key);
    if (list) list.push(item);
    else index.set(key, [item]);
  }
}

function indexBy<T>(items: T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) addToIndex(index, keys(item), item);
  return index;
}

export function buildRelations(content: SiteContent) {
  const regions = [...content.regions].sort((a, b) => compareText(a.data.name, b.data.name));
  const topics = [...content.topics].sort((a, b) => compareText(a.data.name, b.data.name));
  const networkGroups = [...content['network-groups']].sort((a, b) => compareText(a.data.name, b.data.name));
  const prototypes = content.prototypes.filter(isPublished).sort(byDateDesc((p: Prototype) => p.data.updated));
  const lessons = content.lessons.filter(isPublished).sort(byDateDesc((l: Lesson) => l.data.date));
  const experts = content.experts.filter(isPublished).sort((a, b) => compareBySurname(a.data.name, b.data.name));
  const parentRoutes = content['parent-routes'].filter(isPublished).sort((a, b) => compareText(a.data.title, b.data.title));
  const glossary = [...content.glossary].sort((a, b) => compareText(a.data.term, b.data.term));
  // Parent pages offer only the profiles that agreed to be approached by parents; the hubs'
  // "wie kan je waarvoor benaderen?" only those for professionals (not an ervaringsouder for parents only).
  const parentExperts = experts.filter((expert) => expert.data.audience.includes('ouders'));
  const professionalExperts = experts.filter((expert) => expert.data.audience.includes('professionals'));

  const byId = {
    regions: new Map(regions.map((entry) => [entry.id, entry])),
    topics: new Map(topics.map((entry) => [entry.id, entry])),
    networkGroups: new Map(networkGroups.map((entry) => [entry.id, entry])),
    prototypes: new Map(prototypes.map((entry) => [entry.id, entry])),
    lessons: new Map(lessons.map((entry) => [entry.id, entry])),
    experts: new Map(experts.map((entry) => [entry.id, entry])),
    parentRoutes: new Map(parentRoutes.map((entry) => [entry.id, entry])),
  };
  const allRegionIds = regions.map((region) => region.id);

  /** Resolves references to published entries, dropping any that point at a draft. */
  function resolve<T>(map: Map<string, T>, refs: readonly Ref[] | Ref | undefined): T[] {
    const list = refs === undefined ? [] : Array.isArray(refs) ? refs : [refs as Ref];
    return list.map((ref) => map.get(refId(ref))).filter((entry): entry is T => entry !== undefined);
  }
  /** Groups without regions span the whole network. */
  const groupRegionIds = (group: NetworkGroup) =>
    group.data.regions.length > 0 ? group.data.regions.map(refId) : allRegionIds;

  const index = {
    prototypesByRegion: indexBy(prototypes, (p) => p.data.regions.map(refId)),
    prototypesByTopic: indexBy(prototypes, (p) => p.data.topics.map(refId)),
    prototypesByFocusArea: indexBy(prototypes, (p) => p.data.focusAreas),
    prototypesByContact: indexBy(prototypes, (p) => p.data.contacts.map(refId)),
    lessonsByRegion: indexBy(lessons, (l) => l.data.regions.map(refId)),
    lessonsByTopic: indexBy(lessons, (l) => l.data.topics.map(refId)),
    lessonsByPrototype: indexBy(lessons, (l) => (l.data.prototype ? [refId(l.data.prototype)] : [])),
    lessonsByNetworkGroup: indexBy(lessons, (l) => (l.data.networkGroup ? [refId(l.data.networkGroup)] : [])),
    lessonsByAuthor: indexBy(lessons, (l) => l.data.authors.map(refId)),
    // A lesson reaches a speerpunt through the prototype it is about, or through its own focusAreas.
    lessonsByFocusArea: indexBy(lessons, (l) => [
      ...((l.data.prototype && byId.prototypes.get(refId(l.data.prototype))?.data.focusAreas) || []),
      ...l.data.focusAreas,
    ]),
    expertsByRegion: indexBy(professionalExperts, (e) => e.data.regions.map(refId)),
    expertsByTopic: indexBy(professionalExperts, (e) => e.data.topics.map(refId)),
    networkGroupsByRegion: indexBy(networkGroups, groupRegionIds),
    networkGroupsByTopic: indexBy(networkGroups, (g) => g.data.topics.map(refId)),
    networkGroupsByContact: indexBy(networkGroups, (g) => (g.data.contact ? [refId(g.data.contact)] : [])),
    regionsByCoordinator: indexBy(regions, (r) => (r.data.coordinator ? [refId(r.data.coordinator)] : [])),
    parentExpertsByRegion: indexBy(parentExperts, (e) => e.data.regions.map(refId)),
  };
  const lookup = <T>(map: Map<string, T[]>, key: string): T[] => map.get(key) ?? [];

  return {
    regions,
    topics,
    networkGroups,
    prototypes,
    lessons,
    experts,
    parentRoutes,
    glossary,
    /** Published profiles whose audience includes parents. */
    parentExperts,

    region: (id: string) => byId.regions.get(id),
    topic: (id: string) => byId.topics.get(id),
    networkGroup: (id: string) => byId.networkGroups.get(id),
    prototype: (id: string) => byId.prototypes.get(id),
    lesson: (id: string) => byId.lessons.get(id),
    expert: (id: string) => byId.experts.get(id),
    parentRoute: (id: string) => byId.parentRoutes.get(id),

    regionsOf: (refs: readonly Ref[]) => resolve(byId.regions, refs),
    topicsOf: (refs: readonly Ref[]) => resolve(byId.topics, refs),
    expertsOf: (refs: readonly Ref[]) => resolve(byId.experts, refs),
    networkGroupOf: (ref: Ref | undefined) => resolve(byId.networkGroups, ref)[0],
    prototypeOf: (ref: Ref | undefined) => resolve(byId.prototypes, ref)[0],
    expertOf: (ref: Ref | undefined) => resolve(byId.experts, ref)[0],
    /** The regions a network group works in; all regions when it names none. */
    regionsOfNetworkGroup: (group: NetworkGroup) => resolve(byId.regions, groupRegionIds(group)),

    prototypesForRegion: (id: string) => lookup(index.prototypesByRegion, id),
    prototypesForTopic: (id: string) => lookup(index.prototypesByTopic, id),
    prototypesForFocusArea: (id: FocusArea) => lookup(index.prototypesByFocusArea, id),
    prototypesForContact: (expertId: string) => lookup(index.prototypesByContact, expertId),
    lessonsForRegion: (id: string) => lookup(index.lessonsByRegion, id),
    lessonsForTopic: (id: string) => lookup(index.lessonsByTopic, id),
    lessonsForPrototype: (id: string) => lookup(index.lessonsByPrototype, id),
    lessonsForNetworkGroup: (id: string) => lookup(index.lessonsByNetworkGroup, id),
    lessonsByAuthor: (expertId: string) => lookup(index.lessonsByAuthor, expertId),
    /** Lessons under a speerpunt, newest first: about one of its prototypes, or filed under it themselves. */
    lessonsForFocusArea: (id: FocusArea) => lookup(index.lessonsByFocusArea, id),
    /** Lessons about any of the given prototypes, newest first, each once. */
    lessonsForPrototypes: (prototypeIds: string[]) => {
      const wanted = new Set(prototypeIds);
      return lessons.filter((lesson) => lesson.data.prototype && wanted.has(refId(lesson.data.prototype)));
    },
    expertsForRegion: (id: string) => lookup(index.expertsByRegion, id),
    expertsForTopic: (id: string) => lookup(index.expertsByTopic, id),
    networkGroupsForRegion: (id: string) => lookup(index.networkGroupsByRegion, id),
    networkGroupsForTopic: (id: string) => lookup(index.networkGroupsByTopic, id),
    networkGroupsForContact: (expertId: string) => lookup(index.networkGroupsByContact, expertId),
    regionsCoordinatedBy: (expertId: string) => lookup(index.regionsByCoordinator, expertId),
    /** Profiles for parents in a werkgebied, by surname. */
    parentExpertsForRegion: (id: string) => lookup(index.parentExpertsByRegion, id),

    /** "Wie kan je waarvoor benaderen?": a region's experts grouped by topic, topics in alphabetical order. */
    expertsByTopicInRegion(regionId: string): Array<{ topic: Topic; experts: Expert[] }> {
      const regionExperts = lookup(index.expertsByRegion, regionId);
      return topics
        .map((topic) => ({ topic, experts: regionExperts.filter((e) => e.data.topics.some((t) => refId(t) === topic.id)) }))
        .filter((group) => group.experts.length > 0);
    },
  };
}

export type Relations = ReturnType<typeof buildRelations>;
