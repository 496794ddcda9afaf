/** Pieces every page model hands its layout: the breadcrumb trail and the facts beside an entry. */
import type { LinkItem } from '../link-items.ts';

/** One step of the breadcrumb trail; the last one is the page itself and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** A fact beside an entry: plain text, or links to hub pages. A fact without a value is left out. */
export interface Fact {
  term: string;
  value?: string | LinkItem[];
}
