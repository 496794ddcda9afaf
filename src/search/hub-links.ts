/**
 * Hub pages show the newest cards of each kind, not all of them: a thema
 * with hundreds of lessons would make a page nobody scrolls through (and a
 * slow build). The rest is one click away in search, filtered the same way.
 */
import { nl } from '../i18n/nl.ts';
import { searchUrl } from '../lib/urls.ts';
import { sortOrder } from './contract.ts';
import { paramsFromState, type SearchState } from './url-state.ts';

export const hubCardLimit = 12;

export interface MoreLink {
  href: string;
  label: string;
}

/** The search behind a hub's "Bekijk alle" link: the hub's filters, newest first. */
export function newestInSearch(filters: SearchState['filters']): SearchState {
  return { query: '', filters, sort: sortOrder.newest };
}

/** The first cards of a section and, when there are more, a link to all of them in search. */
export function hubSection<T>(items: T[], search: SearchState, noun: string): { shown: T[]; more?: MoreLink } {
  if (items.length <= hubCardLimit) return { shown: items };
  return {
    shown: items.slice(0, hubCardLimit),
    more: { href: `${searchUrl()}?${paramsFromState(search)}`, label: nl.hubMore.link(items.length, noun) },
  };
}
