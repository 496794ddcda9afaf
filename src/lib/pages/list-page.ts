/** The paginated lists (/prototypen/, /lessen/, /wie-weet-wat/): title, intro and how many there are. */
import { nl } from '../../i18n/nl.ts';
import { listCount } from '../counts.ts';
import type { ListPage } from '../pagination.ts';

export type ListedCollection = 'prototypes' | 'lessons' | 'experts';

export function listPage<T>(collection: ListedCollection, page: ListPage<T>) {
  const text = nl.collections[collection];
  // People are sorted by surname; examples and lessons newest first, which the count line says.
  const order = collection === 'experts' ? '' : `, ${nl.lists.sortedNewest.toLowerCase()}`;
  return {
    collection,
    title: text.section,
    intro: text.intro(),
    countText: `${listCount(collection, page.total)}${order}`,
    ...page,
  };
}
