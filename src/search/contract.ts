/**
 * The words the built pages and the search page's browser code must agree on:
 * Pagefind's meta, filter and sort keys, the URL parameters, the sort orders
 * and the kinds of result. No imports: the browser code reads this file and
 * must not pull zod or the schemas into the page. Dutch names for the filter
 * keys live in src/i18n/nl.ts (`searchFilters`); the kinds of the collections
 * come from the collection list (src/schemas/index.ts, `searchKind`).
 */

/** The folder under the site's base path that Pagefind writes the search index into. */
export const pagefindFolder = 'pagefind';

/** The language of the pages (`<html lang>`, src/layouts/Base.astro). Pagefind names its WebAssembly file after it. */
export const pageLanguage = 'nl';

/**
 * The two Pagefind files every search starts with, relative to the site's
 * base path. The search page preloads them, so they download beside the
 * page script instead of after it (src/pages/zoeken.astro).
 */
export const pagefindStartFiles = {
  script: `${pagefindFolder}/pagefind.js`,
  wasm: `${pagefindFolder}/wasm.${pageLanguage}.pagefind`,
} as const;

/** Pagefind meta keys: what a result shows besides its link. */
export const metaKeys = {
  /** Pagefind's own: the page's first heading. */
  title: 'title',
  kind: 'soort',
  summary: 'samenvatting',
  regions: 'werkgebieden',
  date: 'datum',
} as const;

/** How much more a word in the summary counts than one in the body text. */
export const summaryWeight = 5;

/** Pagefind filter keys; also the URL parameters of the filters (/zoeken/?werkgebied=heiloo). */
export const filterKey = {
  kind: 'soort',
  region: 'werkgebied',
  topic: 'thema',
  schoolType: 'onderwijstype',
  focusArea: 'speerpunt',
  status: 'status',
  networkGroup: 'netwerkgroep',
  /** How far a goed voorbeeld has come (src/lib/learning-phase.ts). */
  learningPhase: 'leerfase',
  /** The werkgebieden that took a goed voorbeeld over. */
  adoptedIn: 'overgenomen-in',
} as const;
export type FilterKey = (typeof filterKey)[keyof typeof filterKey];
/** The filter keys in the order the search page shows them. */
export const filterKeys: readonly FilterKey[] = [
  filterKey.kind,
  filterKey.region,
  filterKey.topic,
  filterKey.schoolType,
  filterKey.focusArea,
  filterKey.status,
  filterKey.networkGroup,
  filterKey.learningPhase,
  filterKey.adoptedIn,
];

/** The id of a filter value's checkbox on the search page, drawn in the page or by its script. */
export const filterBoxId = (key: string, value: string) => `filter-${key}-${value}`;

/** The Pagefind sort key: the date results sort on, newest first. */
export const sortKey = 'datum';

/** URL parameters besides the filter keys. */
export const urlParams = {
  query: 'q',
  sort: 'sortering',
} as const;

export const sortOrder = {
  relevance: 'relevantie',
  newest: 'datum',
} as const;
export type SortOrder = (typeof sortOrder)[keyof typeof sortOrder];
/** The sort orders in the order the search page offers them; the first is the default. */
export const sortOrders: readonly SortOrder[] = [sortOrder.relevance, sortOrder.newest];

/**
 * What kind of page a search result is: the values of the "soort" filter.
 * The collection list names its kind with these; a new collection may bring its own.
 */
export const searchKind = {
  prototype: 'prototype',
  lesson: 'les',
  expert: 'expert',
  region: 'werkgebied',
  topic: 'thema',
  networkGroup: 'netwerkgroep',
  focusArea: 'speerpunt',
  page: 'pagina',
} as const;
export type SearchKind = string;
