/**
 * Sets an entry's `updated` field to today when the CMS saves it, for the
 * collections whose schema has one (goede voorbeelden, lessen). Today is the
 * editor's local calendar day, written as the CMS writes dates (YYYY-MM-DD).
 */
import { collectionNames, fileSchema, type CollectionName } from '../../schemas/index.ts';
import type { ImmutableMap } from './decap.ts';

/** The collections whose entries have an `updated` field. */
export const collectionsWithUpdated: CollectionName[] = collectionNames.filter((name) => 'updated' in fileSchema(name).shape);

/** `2026-03-14` for the local day of `now`. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function withUpdatedToday(collection: unknown, data: ImmutableMap, now = new Date()): ImmutableMap {
  if (!collectionsWithUpdated.includes(collection as CollectionName)) return data;
  return data.set('updated', localDay(now));
}
