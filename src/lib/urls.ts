/**
 * Every internal URL of the site, in Dutch, as the content model fixes them.
 * Pages and components link only through these helpers, so the base path of
 * a fork (e.g. /leernetwerk/) is applied everywhere. The URL segment of each
 * collection's pages comes from the collection list.
 */
import { collections, type CollectionDefinition, type CollectionName } from '../schemas/index.ts';
import type { FocusArea } from '../schemas/focus-areas.ts';

/** The pages that are not a collection, by what they are. */
export const pagePaths = {
  home: '',
  search: 'zoeken/',
  focusAreas: 'speerpunten/',
  about: 'over/',
  share: 'delen/',
  shareThanks: 'delen/bedankt/',
  changes: 'wijzigingen/',
  privacy: 'privacy/',
  accessibility: 'toegankelijkheid/',
  overview: 'overzicht/',
  admin: 'admin/',
} as const;
export type PageName = keyof typeof pagePaths;

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path inside the site, with the base path in front: `url('lessen/')` is `/lessen/`. */
export function url(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

const segment = (collection: CollectionName) => collections[collection].segment;
const isAnchored = (collection: CollectionName) => (collections[collection] as CollectionDefinition).anchorEntries === true;

export const pageUrl = (page: PageName) => url(pagePaths[page]);
/** The page of an entry; for a collection whose entries are sections of its list page (the glossary), that section. */
export const entryUrl = (collection: CollectionName, id: string) =>
  url(isAnchored(collection) ? `${segment(collection)}/#${id}` : `${segment(collection)}/${id}/`);
export const listUrl = (collection: CollectionName) => url(`${segment(collection)}/`);
export const focusAreaUrl = (id: FocusArea) => url(`${pagePaths.focusAreas}${id}/`);
export const searchUrl = (query?: Record<string, string>) =>
  url(`${pagePaths.search}${query ? `?${new URLSearchParams(query).toString()}` : ''}`);
/** The folder of the JSON files with the people per thema, for the search page's answer card: `<folder><thema>.json`. */
export const answerPeopleFolder = () => url(`${pagePaths.search}mensen/`);
/** Per werkgebied where a question goes, fetched by the search page's answer card: `/zoeken/vragen.json`. */
export const askRegionsUrl = () => url(`${pagePaths.search}vragen.json`);
/** The values of a filter group too large for the search page, as [value, name] pairs: `/zoeken/filters/<filter key>.json`. */
export const filterValuesUrl = (filterKey: string) => url(`${pagePaths.search}filters/${filterKey}.json`);
export const feedUrl = (collection: 'lessons' | 'prototypes') => url(`${segment(collection)}/rss.xml`);
export const regionFeedUrl = (regionId: string) => url(`${segment('regions')}/${regionId}/rss.xml`);
/** The feed of a thema or a netwerkgroep hub, like that of a werkgebied. */
export const hubFeedUrl = (collection: 'regions' | 'topics' | 'network-groups', id: string) => url(`${segment(collection)}/${id}/rss.xml`);
export const changesFeedUrl = () => url(`${pagePaths.changes}rss.xml`);
/** The CMS's page of one entry. */
export const adminEntryUrl = (collection: CollectionName, id: string) => `${url(pagePaths.admin)}#/collections/${collection}/entries/${id}`;
/** /delen/ to add to or correct an entry: `?over=lessen/<id>`. */
export const shareAdditionUrl = (collection: CollectionName, id: string) =>
  `${url(pagePaths.share)}?${new URLSearchParams({ over: `${segment(collection)}/${id}` }).toString()}`;
/** Page `n` (1-based) of a paginated list; page 1 is the list itself. */
export const listPageUrl = (collection: CollectionName, page: number) =>
  page <= 1 ? listUrl(collection) : url(`${segment(collection)}/pagina/${page}/`);
/** A parent route with the people of one werkgebied: /ouders/<route>/<werkgebied>/. */
export const parentRouteRegionUrl = (routeId: string, regionId: string) => url(`${segment('parent-routes')}/${routeId}/${regionId}/`);
/**
 * A new entry in the CMS with some fields filled in from the address: Decap
 * reads `?field=value` on a new entry (`group.field` for a field in a group,
 * values joined by commas for a list).
 */
export const cmsNewEntryUrl = (collection: CollectionName, fields: Record<string, string>) =>
  url(`${pagePaths.admin}#/collections/${collection}/new?${new URLSearchParams(fields).toString()}`);
/**
 * /delen/ for someone without a CMS account: a new lesson or goed voorbeeld,
 * a lesson already linked to its voorbeeld (`?soort=lessons&prototype=<id>`,
 * filled in by the form's script; the names are the form's own fields).
 */
export const contributeUrl = (kind: 'lessons' | 'prototypes', prototypeId?: string) =>
  `${url(pagePaths.share)}?${new URLSearchParams({ soort: kind, ...(prototypeId ? { prototype: prototypeId } : {}) }).toString()}`;
