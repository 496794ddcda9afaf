/**
 * "Nog niemand om te vragen over ...": the thema's nobody in a werkgebied
 * knows about (yet), each with the nearest person who does, found by walking
 * the werkgebieden's `neighbours` outwards: first the neighbours (in the order
 * the werkgebied lists them, then werkgebieden that list it), then theirs.
 */
import { refId, type Expert, type Region, type Relations, type Topic } from './relations.ts';

/** Each werkgebied's neighbours, both ways: a werkgebied that lists this one is its neighbour too. */
function neighbourMap(regions: readonly Region[]): Map<string, string[]> {
  const known = new Set(regions.map((region) => region.id));
  const around = new Map<string, Set<string>>(regions.map((region) => [region.id, new Set<string>()]));
  for (const region of regions) for (const id of region.data.neighbours.map(refId)) around.get(region.id)!.add(id);
  for (const region of regions) for (const id of region.data.neighbours.map(refId)) around.get(id)?.add(region.id);
  return new Map([...around].map(([id, ids]) => [id, [...ids].filter((other) => known.has(other))]));
}

// Made once per list of werkgebieden: every werkgebied page and every goed voorbeeld asks.
const neighbourMaps = new WeakMap<readonly Region[], Map<string, string[]>>();

/** The neighbours of a werkgebied: those it lists, in its order, then those that list it. */
export function neighboursOf(regionId: string, relations: Pick<Relations, 'regions'>): string[] {
  let map = neighbourMaps.get(relations.regions);
  if (!map) neighbourMaps.set(relations.regions, (map = neighbourMap(relations.regions)));
  return map.get(regionId) ?? [];
}

/** The werkgebieden around `regionId`, nearest ring first; werkgebieden it cannot reach are left out. */
export function regionRings(regionId: string, relations: Pick<Relations, 'regions'>): Region[][] {
  const byId = new Map(relations.regions.map((region) => [region.id, region]));
  const seen = new Set([regionId]);
  const rings: Region[][] = [];
  let ring = [regionId];
  for (;;) {
    const next = ring.flatMap((id) => neighboursOf(id, relations)).filter((id) => !seen.has(id) && (seen.add(id), true));
    if (next.length === 0) return rings;
    rings.push(next.map((id) => byId.get(id)!));
    ring = next;
  }
}

export interface MissingTopic {
  topic: Topic;
  /** The nearest person who knows about it, and where; absent when nobody nearby does. */
  nearest?: { expert: Expert; region: Region };
  /** Whether anybody in the network knows about it. */
  elsewhere: boolean;
}

export function missingTopics(regionId: string, relations: Relations): MissingTopic[] {
  const here = new Set(relations.expertsByTopicInRegion(regionId).map((group) => group.topic.id));
  const rings = regionRings(regionId, relations);
  return relations.topics
    .filter((topic) => !here.has(topic.id))
    .map((topic) => {
      const experts = relations.expertsForTopic(topic.id);
      for (const region of rings.flat()) {
        // Experts are in surname order, so the first one in the region is the one shown.
        const expert = experts.find((candidate) => candidate.data.regions.some((ref) => refId(ref) === region.id));
        if (expert) return { topic, nearest: { expert, region }, elsewhere: true };
      }
      return { topic, elsewhere: experts.length > 0 };
    });
}
