/** "3 goede voorbeelden · 1 les · 4 personen" for hub cards. */
import { nl } from '../i18n/nl.ts';

export function contentCounts(counts: { prototypes?: number; lessons?: number; experts?: number }): string[] {
  const parts: string[] = [];
  if (counts.prototypes !== undefined) parts.push(nl.lists.count(counts.prototypes, 'goed voorbeeld', 'goede voorbeelden'));
  if (counts.lessons !== undefined) parts.push(nl.lists.count(counts.lessons, 'les', 'lessen'));
  if (counts.experts !== undefined) parts.push(nl.lists.count(counts.experts, 'persoon', 'personen'));
  return parts;
}
