/**
 * Narrowing a list page (/wie-weet-wat/, /prototypen/, /lessen/) without
 * JavaScript: a select box per filter, and on every card the values it has
 * as data attributes (data-werkgebied="heiloo castricum-uitgeest"). The
 * rules of /lijstfilter.css (listFilterCss) hide, through CSS :has(), every
 * card that lacks the chosen value. Content pages ship no JavaScript, and
 * this needs none: choosing an option is enough, also with JavaScript on.
 * The filter keys are the search page's, so the same choice can go to search.
 */
import { nl } from '../../i18n/nl.ts';
import { schoolTypes, type SchoolType } from '../../schemas/shared.ts';
import { filterKey } from '../../search/contract.ts';
import { collections } from '../../schemas/index.ts';
import { refId, type Expert, type Lesson, type Prototype, type Relations } from '../relations.ts';
import { searchUrl } from '../urls.ts';
import type { ListedCollection } from './list-page.ts';

export const listFilterKeys = [filterKey.region, filterKey.topic, filterKey.schoolType] as const;
export type ListFilterKey = (typeof listFilterKeys)[number];

type Listed = Expert | Prototype | Lesson;

export interface ListFilterOption {
  /** Empty for "all". */
  value: string;
  label: string;
}

export interface ListFilterField {
  key: ListFilterKey;
  /** The select's id; its name is the key, as on the search page. */
  id: string;
  label: string;
  options: ListFilterOption[];
}

export interface ListFilters {
  fields: ListFilterField[];
  /** The kind of page in search (soort), for the "search the whole list" button. */
  searchKind: string;
  searchAction: string;
}

/** Which filters each list offers: people by werkgebied and thema, examples and lessons also by onderwijstype. */
const keysOf: Record<ListedCollection, readonly ListFilterKey[]> = {
  experts: [filterKey.region, filterKey.topic],
  prototypes: [filterKey.region, filterKey.topic, filterKey.schoolType],
  lessons: [filterKey.region, filterKey.topic, filterKey.schoolType],
};

/** The values a card has for each filter of its list. */
export function itemTags(collection: ListedCollection, item: Listed): Partial<Record<ListFilterKey, string[]>> {
  const tags: Partial<Record<ListFilterKey, string[]>> = {
    [filterKey.region]: item.data.regions.map(refId),
    [filterKey.topic]: item.data.topics.map(refId),
  };
  if (keysOf[collection].includes(filterKey.schoolType)) tags[filterKey.schoolType] = [...(item as Prototype | Lesson).data.schoolTypes];
  return tags;
}

/** The data attributes of a card's <li>: `data-thema="autisme gedrag"`. */
export function filterAttributes(collection: ListedCollection, item: Listed): Record<string, string> {
  return Object.fromEntries(Object.entries(itemTags(collection, item)).map(([key, values]) => [`data-${key}`, values.join(' ')]));
}

/** Every value a filter can have on this site, in the order the select shows them, with its name. */
export function filterValues(relations: Relations): Record<ListFilterKey, ListFilterOption[]> {
  return {
    [filterKey.region]: relations.regions.map((region) => ({ value: region.id, label: region.data.name })),
    [filterKey.topic]: relations.topics.map((topic) => ({ value: topic.id, label: topic.data.name })),
    [filterKey.schoolType]: (Object.keys(schoolTypes) as SchoolType[]).map((id) => ({ value: id, label: schoolTypes[id] })),
  };
}

/**
 * The select boxes of one page of a list: per filter the values the cards on
 * this page have, each with how many cards it leaves ("Heiloo (4)"). A filter
 * in which every option keeps every card is left out: it would narrow nothing.
 */
export function listFilters(collection: ListedCollection, items: Listed[], relations: Relations): ListFilters {
  const values = filterValues(relations);
  const tagged = items.map((item) => itemTags(collection, item));
  const fields = keysOf[collection].flatMap((key): ListFilterField[] => {
    const counted = values[key]
      .map((option) => ({ ...option, count: tagged.filter((tags) => tags[key]?.includes(option.value)).length }))
      .filter((option) => option.count > 0);
    if (counted.every((option) => option.count === items.length)) return [];
    return [
      {
        key,
        id: `filter-${key}`,
        label: nl.searchFilters[key],
        options: [
          { value: '', label: nl.listFilter.all[key] },
          ...counted.map((option) => ({ value: option.value, label: nl.listFilter.option(option.label, option.count) })),
        ],
      },
    ];
  });
  return { fields, searchKind: collections[collection].searchKind, searchAction: searchUrl() };
}

/** A value as a quoted CSS string. */
const cssString = (value: string) => `"${value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/**
 * /lijstfilter.css: one rule per filter value. When the option with that value
 * is chosen, every card of the list without it in its data attribute is hidden.
 * Hidden cards also leave the CSS counter that says how many are shown.
 */
export function listFilterCss(values: Record<ListFilterKey, ListFilterOption[]>): string {
  const rules = listFilterKeys.flatMap((key) =>
    values[key].map(({ value }) => {
      const chosen = `.filterable:has(select[name=${cssString(key)}] option[value=${cssString(value)}]:checked)`;
      return `${chosen} .filterable__items > li:not([data-${key}~=${cssString(value)}]) { display: none; }`;
    }),
  );
  return `/* Generated from the werkgebieden, thema's and onderwijstypen (src/lib/pages/list-filters.ts). */\n${rules.join('\n')}\n`;
}
