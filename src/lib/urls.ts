/**
 * Every internal URL of the site, in Dutch, as the content model fixes them.
 * Pages and components link only through these helpers, so the base path of
 * a fork (e.g. /leernetwerk/) is applied everywhere.
 */
import type { CollectionName } from '../schemas/index.ts';
import type { FocusArea } from '../schemas/focus-areas.ts';

/** Folder of each collection's pages. */
export const sectionPaths: Record<CollectionName, string> = {
  prototypes: 'prototypen',
  lessons: 'lessen',
  experts: 'wie-weet-wat',
  regions: 'werkgebieden',
  topics: 'themas',
  'network-groups': 'netwerkgroepen',
};
export const focusAreaSection = 'speerpunten';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path inside the site, with the base path in front: `url('lessen/')` is `/lessen/`. */
export function url(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const entryUrl = (collection: CollectionName, id: string) => url(`${sectionPaths[collection]}/${id}/`);
export const listUrl = (collection: CollectionName) => url(`${sectionPaths[collection]}/`);
export const focusAreaUrl = (id: FocusArea) => url(`${focusAreaSection}/${id}/`);
export const searchUrl = (query?: Record<string, string>) =>
  url(`zoeken/${query ? `?${new URLSearchParams(query).toString()}` : ''}`);
export const feedUrl = (collection: 'lessons' | 'prototypes') => url(`${sectionPaths[collection]}/rss.xml`);
export const regionFeedUrl = (regionId: string) => url(`${sectionPaths.regions}/${regionId}/rss.xml`);
/** Page `n` (1-based) of a paginated list; page 1 is the list itself. */
export const listPageUrl = (collection: CollectionName, page: number) =>
  page <= 1 ? listUrl(collection) : url(`${sectionPaths[collection]}/pagina/${page}/`);
