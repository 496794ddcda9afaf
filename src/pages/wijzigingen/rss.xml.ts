import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedText } from '../../lib/feeds.ts';
import { loadContentHistory } from '../../lib/history.ts';
import { changeRows } from '../../lib/pages/changes-page.ts';
import { loadSiteContent } from '../../lib/site-content.ts';
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';

export const GET: APIRoute = async (context) => {
  const rows = changeRows(await loadSiteContent(), loadContentHistory());
  return rss({
    title: nl.changes.feedTitle(site.name),
    description: nl.changes.feedDescription(site.name),
    site: context.site!,
    items: rows.map((row) => ({
      title: nl.changes.feedItem(row.what, row.kind, row.title),
      link: row.href,
      pubDate: row.date,
      description: feedText(nl.changes.feedItem(row.what, row.kind, row.title)),
      categories: [row.kind, row.what],
    })),
    customData: '<language>nl-nl</language>',
  });
};
