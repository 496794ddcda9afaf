/**
 * /ouders/: the door for parents. What the samenwerkingsverband is, what
 * parents may expect, the routes by situation in the parent's own words,
 * and the ervaringsouders per werkgebied. Glossary terms are linked at their
 * first use.
 */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import { collections } from '../../schemas/index.ts';
import type { SearchRecord } from '../../search/filters.ts';
import { roleMatches } from '../parents/route-help.ts';
import { firstUseOn, supportBox, wordNotes } from '../parents/page-parts.ts';
import type { Expert, Relations } from '../relations.ts';
import { entryUrl, listUrl } from '../urls.ts';
import type { Crumb } from './types.ts';

/** A profile for parents whose role makes it an ervaringsouder. */
export const isExperienceParent = (expert: Expert) =>
  expert.data.audience.includes('ouders') && roleMatches(expert.data.role, nl.parents.experienceRoles);

export function parentsPage(relations: Relations, organisation = site.organisation) {
  const text = nl.parents;
  const firstUse = firstUseOn(relations);
  const lead = firstUse.parts(text.lead);
  const routes = relations.parentRoutes.map((route) => {
    // The situation is the link text: its terms are listed, and linked where they come up again.
    firstUse.note(route.data.situation);
    return { situation: route.data.situation, title: route.data.title, href: entryUrl('parent-routes', route.id) };
  });
  const expect = text.expect.map((line) => firstUse.parts(line));
  // The name goes first as written: "Samenwerkingsverband Passend Onderwijs ..." is a name, not two terms.
  const about = [[organisation, ...firstUse.parts(text.aboutName)], ...text.about.map((paragraph) => firstUse.parts(paragraph))];
  const experienceIntro = firstUse.parts(text.experienceIntro);
  const crumbs: Crumb[] = [{ label: text.title }];
  // Found in search as a page for parents, like the routes it leads to.
  const search: SearchRecord = { kind: collections['parent-routes'].searchKind };
  return {
    title: text.title,
    lead,
    leadText: text.lead,
    crumbs,
    search,
    routes,
    expect,
    about,
    glossary: { before: text.wordsLink[0], link: text.wordsLink[1], after: text.wordsLink[2], href: listUrl('glossary') },
    experience: {
      intro: experienceIntro,
      regions: relations.regions.map((region) => {
        const people = relations.parentExpertsForRegion(region.id).filter(isExperienceParent);
        return {
          id: region.id,
          name: region.data.name,
          places: region.data.municipalities.join(', '),
          count: text.experienceCount(people.length),
          people,
        };
      }),
    },
    words: wordNotes(firstUse.used),
    support: supportBox(),
  };
}
