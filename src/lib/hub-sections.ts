/**
 * Hub pages show the newest cards of each kind, not all of them: a thema
 * with hundreds of lessons would make a page nobody scrolls through (and a
 * slow build). The rest is one click away in search, filtered the same way.
 */
import { searchUrl } from './urls.ts';

export const hubCardLimit = 12;

export interface MoreLink {
  href: string;
  label: string;
}

/** The first cards of a section and, when there are more, a link to all of them in search (newest first). */
export function hubSection<T>(items: T[], filters: Record<string, string>, noun: string): { shown: T[]; more?: MoreLink } {
  if (items.length <= hubCardLimit) return { shown: items };
  return {
    shown: items.slice(0, hubCardLimit),
    more: { href: searchUrl({ ...filters, sortering: 'datum' }), label: `Bekijk alle ${items.length} ${noun} in het zoeken` },
  };
}
