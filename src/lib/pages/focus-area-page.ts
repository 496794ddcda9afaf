/** The hub of one speerpunt (/speerpunten/<id>/): the examples filed under it and the lessons that reach it. */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import { focusAreas, type FocusArea } from '../../schemas/focus-areas.ts';
import { searchKind } from '../../search/contract.ts';
import { hubSection, newestInSearch } from '../../search/hub-links.ts';
import { focusAreaHubSearch } from '../../search/records.ts';
import type { Relations } from '../relations.ts';
import { pageUrl } from '../urls.ts';
import type { Crumb } from './types.ts';

export function focusAreaPage(id: FocusArea, relations: Relations) {
  const focusArea = focusAreas[id];
  const prototypes = relations.prototypesForFocusArea(id);
  // Lessons about its voorbeelden, and lessons filed under the speerpunt themselves.
  const lessons = relations.lessonsForFocusArea(id);
  const crumbs: Crumb[] = [{ label: nl.focusArea.section, href: pageUrl('focusAreas') }, { label: focusArea.short }];
  const inSearch = (kind: string) => newestInSearch({ speerpunt: [id], soort: [kind] });
  return {
    kind: `${nl.focusArea.kind} ${focusArea.planSection}`,
    title: focusArea.label,
    description: focusArea.goal,
    crumbs,
    search: focusAreaHubSearch(id),
    /** Where the speerpunt comes from: the plan's section, with a link to the plan when src/site.config.ts has its address. */
    planIntro: site.plan
      ? { before: nl.focusIntro.withPlan(focusArea.planSection), link: { label: site.plan.title, href: site.plan.url }, after: `. ${nl.focusIntro.rest}` }
      : { before: `${nl.focusIntro.withoutPlan(focusArea.planSection)} ${nl.focusIntro.rest}`, link: undefined, after: '' },
    prototypes: { count: prototypes.length, ...hubSection(prototypes, inSearch(searchKind.prototype), nl.hubMore.prototypes) },
    lessons: { count: lessons.length, ...hubSection(lessons, inSearch(searchKind.lesson), nl.hubMore.lessons) },
  };
}
