/**
 * The filter keys and result kinds of the search, with their Dutch names.
 * Kept free of imports: the search page's browser code needs them, and
 * must not pull zod (or the schemas) into the page.
 */
/** What kind of page a search result is. */
export const searchKinds = {
  prototype: 'Goed voorbeeld',
  les: 'Les',
  expert: 'Wie weet wat',
  werkgebied: 'Werkgebied',
  thema: 'Thema',
  netwerkgroep: 'Netwerkgroep',
  speerpunt: 'Speerpunt',
  pagina: 'Over deze site',
} as const;
export type SearchKind = keyof typeof searchKinds;

/** Filter keys in the order the search page shows them, with their Dutch names. */
export const filterKeys = {
  soort: 'Soort',
  werkgebied: 'Werkgebied',
  thema: 'Thema',
  onderwijstype: 'Onderwijstype',
  speerpunt: 'Speerpunt',
  status: 'Status',
  netwerkgroep: 'Netwerkgroep',
} as const;
export type FilterKey = keyof typeof filterKeys;
