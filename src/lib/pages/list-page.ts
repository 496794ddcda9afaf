/** The paginated lists (/prototypen/, /lessen/, /wie-weet-wat/): title, intro, how many there are, and how to narrow them. */
import { nl } from '../../i18n/nl.ts';
import { listCount } from '../counts.ts';
import type { ListPage } from '../pagination.ts';
import type { Expert, Lesson, Prototype, Relations } from '../relations.ts';
import { filterAttributes, listFilters } from './list-filters.ts';

export type ListedCollection = 'prototypes' | 'lessons' | 'experts';

/** "personen", "goede voorbeelden", "lessen": what the list holds, in running text. */
const noun = (collection: ListedCollection, count: number) => {
  const names = collection === 'experts' ? nl.lists.people : nl.collections[collection];
  return count === 1 ? names.one : names.many;
};

export function listPage<T extends Expert | Prototype | Lesson>(collection: ListedCollection, page: ListPage<T>, relations: Relations) {
  const text = nl.collections[collection];
  // People are sorted by surname; examples and lessons newest first, which the count line says.
  const order = collection === 'experts' ? '' : `, ${nl.lists.sortedNewest.toLowerCase()}`;
  const onPage = page.items.length;
  return {
    collection,
    title: text.section,
    intro: text.intro(),
    countText: `${listCount(collection, page.total)}${order}`,
    ...page,
    filters: {
      ...listFilters(collection, page.items, relations),
      /** Follows the number of cards shown, which the stylesheet counts. */
      shownOf: page.pages > 1 ? nl.listFilter.shownOfOnPage(onPage, noun(collection, onPage)) : nl.listFilter.shownOf(onPage, noun(collection, onPage)),
      /** With more pages, the same choice in search covers the whole list. */
      searchAll: page.pages > 1 ? nl.listFilter.searchAll(page.total, noun(collection, page.total)) : undefined,
    },
    /** The data attributes of a card's <li>, which the filters hide it by. */
    attributes: (item: T) => filterAttributes(collection, item),
  };
}
