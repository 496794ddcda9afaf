/**
 * "Werkt het ook bij ons?" on the page of a goed voorbeeld: what it needs
 * (its conditions), its leerfase, one row per werkgebied (started here, taken
 * over with how it went, or not tried yet) and the way to share a take-over.
 */
import { nl } from '../../i18n/nl.ts';
import { adoptionResults } from '../../schemas/adoption.ts';
import { conditionKinds } from '../../schemas/conditions.ts';
import { adoptionsOf } from '../adoptions.ts';
import { learningPhaseIds, learningPhaseNames, type LearningPhase } from '../learning-phase.ts';
import { refId, type Prototype, type Relations } from '../relations.ts';
import { neighboursOf } from '../nearest-people.ts';
import { cmsNewEntryUrl, contributeUrl, entryUrl, listUrl } from '../urls.ts';

export interface ConditionItem {
  kind: string;
  text: string;
}

/** "Wat is nodig?": the conditions in two groups, needed and helpful, each in the order of the kinds. */
export function conditionGroups(prototype: Prototype): { needed: ConditionItem[]; helps: ConditionItem[] } {
  const order = Object.keys(conditionKinds);
  const sorted = [...prototype.data.conditions].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const item = (condition: (typeof sorted)[number]): ConditionItem => ({ kind: conditionKinds[condition.kind], text: condition.text });
  return { needed: sorted.filter((condition) => condition.needed).map(item), helps: sorted.filter((condition) => !condition.needed).map(item) };
}

/** The four leerfasen in order, with the one this voorbeeld is in marked. */
export function phaseSteps(phase: LearningPhase) {
  return learningPhaseIds.map((id) => ({ id, name: learningPhaseNames[id], explanation: nl.learningPhase.explanations[id], current: id === phase }));
}

export type RegionState = 'origin' | 'adopted' | 'not-tried';

export interface RegionRow {
  region: { id: string; name: string; href: string };
  state: RegionState;
  stateText: string;
  /** The lessons from this werkgebied about the voorbeeld: for a take-over with how it went and what they changed. */
  stories: Array<{ title: string; href: string; result?: string; changed?: string; ask: Array<{ name: string; href: string }> }>;
}

/**
 * Up to this many werkgebieden, "Per werkgebied" has a row for each. A larger
 * network (a national hub has over a thousand) gets rows only where it started,
 * where it was taken over and the neighbours of where it started; the rest is
 * one count. Else every page of a goed voorbeeld grows with the whole network.
 */
export const everyRegionRowLimit = 12;

/**
 * In such a larger network, at most this many neighbours per werkgebied where it
 * started: first those it lists itself, then those that list it. Neighbours count
 * both ways, so one werkgebied that hundreds of others name would else give its
 * voorbeelden hundreds of rows.
 */
export const neighbourRowLimit = 8;

/** The werkgebieden that get a row: all of them in a small network, else where something happened and next door. */
function regionsWithRow(prototype: Prototype, relations: Relations, adopters: Set<string>, limit: number, neighbourLimit: number) {
  if (relations.regions.length <= limit) return relations.regions;
  const own = prototype.data.regions.map(refId);
  const neighbours = own.flatMap((id) => neighboursOf(id, relations).slice(0, neighbourLimit));
  const wanted = new Set([...own, ...adopters, ...neighbours]);
  return relations.regions.filter((region) => wanted.has(region.id));
}

/** "Per werkgebied": one row per werkgebied (see everyRegionRowLimit), in alphabetical order. */
export function perRegionRows(prototype: Prototype, relations: Relations, limit = everyRegionRowLimit, neighbourLimit = neighbourRowLimit): RegionRow[] {
  const own = new Set(prototype.data.regions.map(refId));
  const adoptions = adoptionsOf(relations).forPrototype(prototype.id);
  const lessons = relations.lessonsForPrototype(prototype.id);
  const adopters = new Set(adoptions.flatMap((adoption) => adoption.regions.map((region) => region.id)));
  return regionsWithRow(prototype, relations, adopters, limit, neighbourLimit).map((region): RegionRow => {
    const link = { id: region.id, name: region.data.name, href: entryUrl('regions', region.id) };
    if (own.has(region.id)) {
      const stories = lessons
        .filter((lesson) => !lesson.data.adoption && lesson.data.regions.some((ref) => refId(ref) === region.id))
        .map((lesson) => ({ title: lesson.data.title, href: entryUrl('lessons', lesson.id), ask: [] }));
      return { region: link, state: 'origin', stateText: nl.transfer.origin, stories };
    }
    const here = adoptions.filter((adoption) => adoption.regions.some((adopter) => adopter.id === region.id));
    if (here.length === 0) return { region: link, state: 'not-tried', stateText: nl.transfer.notTried, stories: [] };
    // The newest lesson says how it stands now; every lesson is listed with its own result.
    return {
      region: link,
      state: 'adopted',
      stateText: nl.transfer.adopted(adoptionResults[here[0]!.result]),
      stories: here.map((adoption) => ({
        title: adoption.lesson.data.title,
        href: entryUrl('lessons', adoption.lesson.id),
        result: adoptionResults[adoption.result],
        changed: adoption.changed,
        // Who took it over is often the nearest person to ask: a school like yours, not the makers.
        ask: relations.expertsOf(adoption.lesson.data.authors).map((expert) => ({ name: expert.data.name, href: entryUrl('experts', expert.id) })),
      })),
    };
  });
}

/** The table "Per werkgebied", with how many werkgebieden have no row (not tried there; only in a large network). */
export function perRegionTable(prototype: Prototype, relations: Relations, limit = everyRegionRowLimit, neighbourLimit = neighbourRowLimit) {
  const rows = perRegionRows(prototype, relations, limit, neighbourLimit);
  const othersNotTried = relations.regions.length - rows.length;
  return {
    caption: nl.transfer.tableCaption(prototype.data.title),
    rows,
    others: othersNotTried > 0 ? { text: nl.transfer.othersNotTried(othersNotTried), label: nl.transfer.allRegions, href: listUrl('regions') } : undefined,
  };
}

/** "Wij hebben dit overgenomen": a new lesson in the CMS, linked to the voorbeeld and marked as a take-over; or the route without an account. */
export function shareAdoption(prototype: Prototype) {
  return {
    label: nl.transfer.share,
    how: nl.transfer.shareHow,
    href: cmsNewEntryUrl('lessons', {
      prototype: prototype.id,
      'adoption.result': 'loopt-nog',
      topics: prototype.data.topics.map(refId).join(','),
    }),
    other: { intro: nl.transfer.withoutAccount, label: nl.transfer.otherWay, href: contributeUrl('lessons', prototype.id) },
  };
}

export function prototypeTransfer(prototype: Prototype, relations: Relations) {
  const phase = adoptionsOf(relations).phaseOf(prototype);
  return {
    phase: { id: phase, name: learningPhaseNames[phase], label: nl.learningPhase.label, steps: phaseSteps(phase), stepsLabel: nl.learningPhase.stepsLabel },
    conditions: conditionGroups(prototype),
    table: perRegionTable(prototype, relations),
    share: shareAdoption(prototype),
  };
}
