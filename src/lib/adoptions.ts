/**
 * Take-overs: lessons that report that their werkgebied took over a goed
 * voorbeeld from another werkgebied (a lesson's `adoption`). Indexed once per
 * relations index, by voorbeeld, by the werkgebied that took it over and by
 * the werkgebied it came from; and the leerfase each voorbeeld has reached.
 */
import type { AdoptionResult } from '../schemas/adoption.ts';
import { learningPhase, type LearningPhase } from './learning-phase.ts';
import { refId, type Lesson, type Prototype, type Region, type Relations } from './relations.ts';

export interface Adoption {
  lesson: Lesson;
  prototype: Prototype;
  result: AdoptionResult;
  /** What they changed, in their own words. */
  changed?: string;
  /** Where it was taken over: the lesson's werkgebieden that are not the voorbeeld's own. */
  regions: Region[];
  /** Where it came from: the voorbeeld's werkgebieden. */
  origins: Region[];
}

function groupByKeys<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

export function buildAdoptions(relations: Relations) {
  const all = relations.lessons.flatMap((lesson): Adoption[] => {
    const { adoption } = lesson.data;
    const prototype = relations.prototypeOf(lesson.data.prototype);
    // A take-over of a draft voorbeeld is not shown, like the draft itself.
    if (!adoption || !prototype) return [];
    const own = new Set(prototype.data.regions.map(refId));
    const regions = relations.regionsOf(lesson.data.regions).filter((region) => !own.has(region.id));
    if (regions.length === 0) return [];
    return [{ lesson, prototype, result: adoption.result, changed: adoption.changed, regions, origins: relations.regionsOf(prototype.data.regions) }];
  });
  const byPrototype = groupByKeys(all, (adoption) => [adoption.prototype.id]);
  const byRegion = groupByKeys(all, (adoption) => adoption.regions.map((region) => region.id));
  const byOrigin = groupByKeys(all, (adoption) => adoption.origins.map((region) => region.id));
  const byLesson = new Map(all.map((adoption) => [adoption.lesson.id, adoption]));

  return {
    /** Every take-over, newest lesson first. */
    all,
    forPrototype: (prototypeId: string) => byPrototype.get(prototypeId) ?? [],
    /** The take-over a lesson reports, if it reports one. */
    ofLesson: (lessonId: string) => byLesson.get(lessonId),
    /** "Overgenomen hier": voorbeelden from elsewhere that this werkgebied took over. */
    inRegion: (regionId: string) => byRegion.get(regionId) ?? [],
    /** "Van hier overgenomen elders": voorbeelden from this werkgebied taken over elsewhere. */
    fromRegion: (regionId: string) => byOrigin.get(regionId) ?? [],
    /** The werkgebieden that took a voorbeeld over, by id, each once. */
    adoptedIn: (prototypeId: string) => [...new Set((byPrototype.get(prototypeId) ?? []).flatMap((adoption) => adoption.regions.map((region) => region.id)))],
    phaseOf(prototype: Prototype): LearningPhase {
      return learningPhase({
        status: prototype.data.status,
        lessons: relations.lessonsForPrototype(prototype.id).length,
        adoptions: (byPrototype.get(prototype.id) ?? []).length,
      });
    },
  };
}

export type Adoptions = ReturnType<typeof buildAdoptions>;

const built = new WeakMap<Relations, Adoptions>();

/** The take-overs of this relations index, built on first use. */
export function adoptionsOf(relations: Relations): Adoptions {
  let adoptions = built.get(relations);
  if (!adoptions) built.set(relations, (adoptions = buildAdoptions(relations)));
  return adoptions;
}
