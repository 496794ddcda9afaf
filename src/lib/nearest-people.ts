/**
 * "Nog niemand om te vragen over ...": the thema's nobody in a werkgebied
 * knows about (yet), each with the nearest person who does, found by walking
 * the werkgebieden's `neighbours` outwards: first the neighbours (in the order
 * the werkgebied lists them, then werkgebieden that list it), then theirs.
 */
import { refId, type Expert, type Region, type Relations, type Topic } from './relations.ts';

/** The werkgebieden around `regionId`, nearest ring first; werkgebieden it cannot reach are left out. */
export function regionRings(regionId: string, relations: Pick<Relations, 'regions'>): Region[][] {
  const byId = new Map(relations.regions.map((region) => [region.id, region]));
  // Neighbours count both ways: a werkgebied that lists this one is its neighbour too.
  const around = (id: string): string[] => {
    const listed = (byId.get(id)?.data.neighbours ?? []).map(refId);
    const listing = relations.regions.filter((region) => region.data.neighbours.some((ref) => refId(ref) === id)).map((region) => region.id);
    return [...new Set([...listed, ...listing])].filter((other) => byId.has(other));
  };
  const seen = new Set([regionId]);
  const rings: Region[][] = [];
  let ring = [regionId];
  for (;;) {
    const next = ring.flatMap(around).filter((id) => !seen.has(id) && (seen.add(id), true));
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
