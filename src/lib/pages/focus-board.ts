/**
 * /speerpunten/: the plan's "Voorbeeld" boxes side by side, one per
 * speerpunt: its voorbeelden per leerfase, the werkgebieden that contribute,
 * the newest lesson, or an invitation when the box is still empty. Made for
 * one glance, on screen and on one landscape A4 for the ondersteuningsplanraad.
 */
import { nl } from '../../i18n/nl.ts';
import { focusAreaIds, focusAreas } from '../../schemas/focus-areas.ts';
import { adoptionsOf } from '../adoptions.ts';
import { formatDate } from '../dates.ts';
import { learningPhaseIds, learningPhaseNames } from '../learning-phase.ts';
import { refId, type Relations } from '../relations.ts';
import { contributeUrl, entryUrl, focusAreaUrl } from '../urls.ts';

export function focusBoard(relations: Relations, now = new Date()) {
  const adoptions = adoptionsOf(relations);
  const text = nl.focusBoard;
  const boxes = focusAreaIds.map((id) => {
    const area = focusAreas[id];
    const prototypes = relations.prototypesForFocusArea(id);
    const lessons = relations.lessonsForFocusArea(id);
    const contributing = new Set([...prototypes, ...lessons].flatMap((entry) => entry.data.regions.map(refId)));
    const regions = relations.regions.filter((region) => contributing.has(region.id));
    const newest = lessons[0];
    return {
      id,
      href: focusAreaUrl(id),
      kind: `${nl.focusArea.kind} ${area.planSection}`,
      title: area.short,
      goal: area.goal,
      phases: {
        heading: text.phasesHeading,
        counts: learningPhaseIds.map((phase) => ({
          phase,
          name: learningPhaseNames[phase],
          count: prototypes.filter((prototype) => adoptions.phaseOf(prototype) === phase).length,
        })),
      },
      regions: {
        heading: text.regionsHeading(regions.length, relations.regions.length),
        // Eight names say less than "alle werkgebieden".
        names: regions.length > 0 && regions.length === relations.regions.length ? [nl.hub.allRegions] : regions.map((region) => region.data.name),
      },
      newestLesson: {
        heading: text.newestLesson,
        lesson: newest && { title: newest.data.title, href: entryUrl('lessons', newest.id), date: newest.data.date },
        none: text.noLesson,
      },
      /** Nothing shared under this speerpunt yet. */
      empty: prototypes.length === 0 && lessons.length === 0 ? { text: text.empty, link: { label: text.shareExample, href: contributeUrl('prototypes') } } : undefined,
    };
  });
  return {
    title: nl.focusArea.section,
    intro: text.intro(boxes.length),
    printHint: text.printHint,
    boxes,
    /** Under the printed page: when it was made and where the newest state is. */
    printed: (siteUrl: string) => text.printedFrom(formatDate(now), siteUrl),
  };
}
