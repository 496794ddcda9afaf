/** "3 goede voorbeelden · 1 les · 4 personen" for hub cards. */
import { nl } from '../i18n/nl.ts';

const count = (value: number, noun: { one: string; many: string }) => nl.lists.count(value, noun.one, noun.many);

export function contentCounts(counts: { prototypes?: number; lessons?: number; experts?: number }): string[] {
  const parts: string[] = [];
  if (counts.prototypes !== undefined) parts.push(count(counts.prototypes, nl.collections.prototypes));
  if (counts.lessons !== undefined) parts.push(count(counts.lessons, nl.collections.lessons));
  if (counts.experts !== undefined) parts.push(count(counts.experts, nl.lists.people));
  return parts;
}

/** "16 goede voorbeelden", "1 persoon": the size of a list. */
export const listCount = (collection: 'prototypes' | 'lessons' | 'experts', total: number) =>
  count(total, collection === 'experts' ? nl.lists.people : nl.collections[collection]);
