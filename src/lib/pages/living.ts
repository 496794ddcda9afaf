/**
 * What makes an entry page "living": when it last changed, a link for
 * editors to edit it in the CMS, a link for everyone to add to it through
 * /delen/, and for a goed voorbeeld that has not changed in a long time, a
 * "Klopt dit nog?" with a link to ask its contact.
 */
import { nl } from '../../i18n/nl.ts';
import type { CollectionName } from '../../schemas/index.ts';
import site from '../../site.config.ts';
import { formatDate, isOlderThan, isoDay } from '../dates.ts';
import { entryUpdated, type ContentHistory } from '../history.ts';
import type { Expert } from '../relations.ts';
import { adminEntryUrl, entryUrl, shareAdditionUrl } from '../urls.ts';

export interface LivingPage {
  /** "Laatst bijgewerkt op 14 maart 2025". */
  updated?: { iso: string; text: string };
  /** The entry in /admin/; none for .mdx entries, which the CMS does not open. */
  editHref?: string;
  /** /delen/ with this page filled in. */
  suggestHref: string;
  /** Only for a goed voorbeeld not changed within `site.freshness.prototypeMonths`. */
  stale?: { text: string; ask?: { label: string; href: string } };
}

interface EntryLike {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

export function livingPage(
  collection: CollectionName,
  entry: EntryLike,
  history: ContentHistory,
  options: { contacts?: Expert[]; now?: Date } = {},
): LivingPage {
  const updated = entryUpdated(history, collection, entry.id, entry.data);
  const months = site.freshness.prototypeMonths;
  const isStale = collection === 'prototypes' && updated !== undefined && isOlderThan(updated, months, options.now);
  const contact = options.contacts?.[0];
  return {
    updated: updated && { iso: isoDay(updated), text: formatDate(updated) },
    editHref: entry.filePath?.endsWith('.mdx') ? undefined : adminEntryUrl(collection, entry.id),
    suggestHref: shareAdditionUrl(collection, entry.id),
    stale: isStale
      ? {
          text: nl.living.staleText(formatDate(updated), months),
          ask: contact && { label: nl.living.staleAsk(contact.data.name), href: `${entryUrl('experts', contact.id)}#contact` },
        }
      : undefined,
  };
}
