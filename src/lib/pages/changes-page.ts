/**
 * /wijzigingen/ and its feed: the newest changes to published pages, from
 * git (src/lib/history.ts). Without a full history (a shallow clone) the list
 * comes from the dates in the entries themselves: `date` for a new lesson,
 * `updated` for a change.
 */
import { nl } from '../../i18n/nl.ts';
import { collectionNames, collections, type CollectionName } from '../../schemas/index.ts';
import { formatDate, isoDay } from '../dates.ts';
import { feedSize } from '../feeds.ts';
import type { ContentHistory, FileChange } from '../history.ts';
import type { Relations } from '../relations.ts';
import { entryUrl, pageUrl } from '../urls.ts';
import type { Crumb } from './types.ts';

export interface ChangeRow {
  date: Date;
  iso: string;
  dateText: string;
  title: string;
  href: string;
  /** "Les", "Goed voorbeeld", ... */
  kind: string;
  change: FileChange['change'];
  /** "Nieuw" or "Bijgewerkt". */
  what: string;
}

interface Named {
  id: string;
  data: Record<string, unknown>;
}

/** The published entries of every collection, by collection (drafts are not in the relations index). */
function publishedEntries(relations: Relations): Record<CollectionName, Named[]> {
  return {
    regions: relations.regions,
    topics: relations.topics,
    'network-groups': relations.networkGroups,
    prototypes: relations.prototypes,
    lessons: relations.lessons,
    experts: relations.experts,
    'parent-routes': relations.parentRoutes,
    glossary: relations.glossary,
  };
}

/** Changes from the entries' own dates, for when git has no full history. */
function changesFromOwnDates(entries: Record<CollectionName, Named[]>): FileChange[] {
  const changes: FileChange[] = [];
  for (const collection of collectionNames) {
    for (const entry of entries[collection]) {
      const { date, updated } = entry.data;
      if (date instanceof Date) changes.push({ collection, id: entry.id, date, change: 'added' });
      if (updated instanceof Date && !(date instanceof Date && updated.getTime() === date.getTime())) {
        changes.push({ collection, id: entry.id, date: updated, change: 'changed' });
      }
    }
  }
  return changes.sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** The newest `limit` changes to pages that are on the site, one row per entry and day. */
export function changeRows(relations: Relations, history: ContentHistory, limit = feedSize): ChangeRow[] {
  const entries = publishedEntries(relations);
  const byKey = new Map(collectionNames.flatMap((collection) => entries[collection].map((entry) => [`${collection}/${entry.id}`, entry] as const)));
  const source = history.state === 'full' ? history.changes : changesFromOwnDates(entries);
  const seen = new Set<string>();
  const rows: ChangeRow[] = [];
  for (const change of source) {
    const entry = byKey.get(`${change.collection}/${change.id}`);
    const key = `${change.collection}/${change.id}/${isoDay(change.date)}`;
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    const titleField = collections[change.collection].display[0];
    rows.push({
      date: change.date,
      iso: isoDay(change.date),
      dateText: formatDate(change.date),
      title: String(entry.data[titleField]),
      href: entryUrl(change.collection, change.id),
      kind: nl.collections[change.collection].kind,
      change: change.change,
      what: change.change === 'added' ? nl.changes.added : nl.changes.changed,
    });
    if (rows.length >= limit) break;
  }
  return rows;
}

export function changesPage(relations: Relations, history: ContentHistory) {
  const rows = changeRows(relations, history);
  const crumbs: Crumb[] = [{ label: nl.changes.title }];
  return {
    title: nl.changes.title,
    lead: nl.changes.lead(feedSize),
    crumbs,
    rows,
    fromOwnDates: history.state !== 'full',
    overviewHref: pageUrl('overview'),
  };
}
