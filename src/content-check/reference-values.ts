/**
 * Messages about the ids in reference fields (`regions: [heiloo]`): an id that
 * does not exist, with the id it probably means, also when only its capitals
 * differ (`Heiloo`), and an id that stands twice in one list.
 */
import { nl } from '../i18n/nl.ts';
import type { CollectionName } from '../schemas/index.ts';
import { closestMatch } from './suggest.ts';

/** `werkgebied "Heiloo" bestaat niet; ... bedoel je "heiloo"?` */
export function unknownReferenceMessage(collection: CollectionName, id: string, known: Iterable<string>): string {
  const text = nl.formatCheck.references;
  const singular = nl.collections[collection].one;
  const guess = closestMatch(id, known);
  if (guess === undefined) return text.unknown(singular, id, collection);
  return guess.toLowerCase() === id.toLowerCase() ? text.wrongCase(singular, id, guess) : text.typo(singular, id, guess);
}

/** Positions (0-based) of ids that already stood earlier in `list`. */
export function repeatedIndexes(list: readonly unknown[]): number[] {
  const seen = new Set<unknown>();
  return list.flatMap((value, index) => (seen.has(value) ? [index] : (seen.add(value), [])));
}

/** `werkgebied "heiloo" staat al eerder in deze lijst (bij 1); haal het tweede weg` */
export function repeatedReferenceMessage(collection: CollectionName, id: string, firstIndex: number): string {
  return nl.formatCheck.references.repeated(nl.collections[collection].one, id, firstIndex + 1);
}
