/**
 * One page of every type the site has, picked from the sample content, for
 * the browser gates (accessibility, CSP, third parties). A new page type
 * belongs here, so every gate covers it.
 */
import { adoptionsOf } from '../../src/lib/adoptions.ts';
import { focusAreaIds } from '../../src/schemas/focus-areas.ts';
import { contentDir } from './paths.ts';
import { relationsFromFolder } from './site-content-from-files.ts';

export interface PageType {
  /** What kind of page, for test names: "prototype", "list of lessons". */
  name: string;
  /** Site path, with a query where the page needs one. */
  path: string;
  /** True for the search page: wait for its results before checking. */
  search?: boolean;
}

export function pageTypes(): PageType[] {
  const relations = relationsFromFolder(contentDir);
  const prototype = relations.prototypes.find((entry) => relations.lessonsForPrototype(entry.id).length > 0) ?? relations.prototypes[0];
  const lesson = relations.lessons.find((entry) => entry.data.prototype !== undefined) ?? relations.lessons[0];
  // A route with a "goed om te weten" text, so every part of a route page is checked.
  const parentRoute = relations.parentRoutes.find((entry) => entry.body?.trim()) ?? relations.parentRoutes[0];
  // A take-over, so its voorbeeld's table, its lesson and the werkgebied that took over are checked with content in them.
  const adoption = adoptionsOf(relations).all[0];
  return [
    { name: 'home', path: '/' },
    { name: 'list of prototypes', path: '/prototypen/' },
    { name: 'list of lessons', path: '/lessen/' },
    { name: 'list of experts (wie weet wat)', path: '/wie-weet-wat/' },
    { name: 'list of werkgebieden', path: '/werkgebieden/' },
    { name: "list of thema's", path: '/themas/' },
    { name: 'list of netwerkgroepen', path: '/netwerkgroepen/' },
    { name: 'list of speerpunten', path: '/speerpunten/' },
    { name: 'prototype', path: `/prototypen/${prototype.id}/` },
    { name: 'lesson', path: `/lessen/${lesson.id}/` },
    { name: 'expert', path: `/wie-weet-wat/${relations.experts[0].id}/` },
    { name: 'werkgebied hub', path: `/werkgebieden/${relations.regions[0].id}/` },
    { name: 'thema hub', path: `/themas/${relations.topics[0].id}/` },
    { name: 'netwerkgroep hub', path: `/netwerkgroepen/${relations.networkGroups[0].id}/` },
    { name: 'speerpunt hub', path: `/speerpunten/${focusAreaIds[0]}/` },
    { name: 'search with results', path: '/zoeken/?q=ouders', search: true },
    { name: 'search with an answer card', path: '/zoeken/?q=autisme', search: true },
    { name: 'search without results (ask the werkgebied)', path: '/zoeken/?q=Sofie', search: true },
    { name: 'page not found (404)', path: '/deze-pagina-bestaat-niet/' },
    { name: 'about page', path: '/over/' },
    { name: 'privacy statement', path: '/privacy/' },
    { name: 'accessibility statement', path: '/toegankelijkheid/' },
    { name: 'site overview', path: '/overzicht/' },
    { name: 'page for parents', path: '/ouders/' },
    { name: 'parent route (choose a werkgebied)', path: `/ouders/${parentRoute.id}/` },
    { name: 'parent route in one werkgebied', path: `/ouders/${parentRoute.id}/${relations.regions[0].id}/` },
    { name: 'glossary', path: '/woorden/' },
    { name: 'share form (delen)', path: '/delen/' },
    { name: 'share form, adding to a page', path: `/delen/?over=lessen/${lesson.id}` },
    { name: 'thank-you page after sharing', path: '/delen/bedankt/' },
    { name: 'list of changes (wijzigingen)', path: '/wijzigingen/' },
    ...(adoption
      ? [
          { name: 'prototype taken over in another werkgebied', path: `/prototypen/${adoption.prototype.id}/` },
          { name: 'lesson about a take-over', path: `/lessen/${adoption.lesson.id}/` },
          { name: 'werkgebied that took a voorbeeld over', path: `/werkgebieden/${adoption.regions[0]!.id}/` },
        ]
      : []),
  ];
}
