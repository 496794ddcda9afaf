/** /overzicht/: every section and hub in one list, for people who prefer a list to a menu or search. */
import { nl } from '../../i18n/nl.ts';
import { focusAreaIds, focusAreas } from '../../schemas/focus-areas.ts';
import type { LinkItem } from '../link-items.ts';
import type { Relations } from '../relations.ts';
import { entryUrl, focusAreaUrl, listUrl, pageUrl } from '../urls.ts';

export function siteOverviewPage(relations: Relations) {
  const hubs = (collection: 'regions' | 'topics' | 'network-groups', entries: { id: string; data: { name: string } }[]) => ({
    title: nl.collections[collection].section,
    href: listUrl(collection),
    items: entries.map((entry): LinkItem => ({ label: entry.data.name, href: entryUrl(collection, entry.id) })),
  });
  const list = (collection: 'prototypes' | 'lessons' | 'experts', count: number) => ({
    label: nl.collections[collection].section,
    href: listUrl(collection),
    count,
  });
  return {
    title: nl.footer.sitemap,
    lists: [
      list('prototypes', relations.prototypes.length),
      list('lessons', relations.lessons.length),
      list('experts', relations.experts.length),
    ],
    /** Pages that are not a list of entries: search, sharing, what changed, the words explained. */
    tools: [
      { label: nl.search.label, href: pageUrl('search') },
      { label: nl.share.footerLink, href: pageUrl('share') },
      { label: nl.changes.footerLink, href: pageUrl('changes') },
      { label: nl.collections.glossary.section, href: listUrl('glossary') },
    ],
    aboutPages: [
      { label: nl.footer.about, href: pageUrl('about') },
      { label: nl.footer.privacy, href: pageUrl('privacy') },
      { label: nl.footer.accessibility, href: pageUrl('accessibility') },
    ],
    sections: [
      {
        title: nl.collections['parent-routes'].section,
        href: listUrl('parent-routes'),
        items: relations.parentRoutes.map((route): LinkItem => ({ label: route.data.title, href: entryUrl('parent-routes', route.id) })),
      },
      hubs('regions', relations.regions),
      hubs('topics', relations.topics),
      hubs('network-groups', relations.networkGroups),
      {
        title: nl.focusArea.section,
        href: pageUrl('focusAreas'),
        items: focusAreaIds.map((id): LinkItem => ({ label: focusAreas[id].label, href: focusAreaUrl(id) })),
      },
    ].filter((section) => section.items.length > 0),
  };
}
