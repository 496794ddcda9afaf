/**
 * Splits a long list over pages: /prototypen/, /prototypen/pagina/2/, ...
 * Used by the `[...page].astro` list routes so a list of thousands of entries
 * stays a page a browser (and a phone) can handle.
 */
// Large enough that a list narrowed on one page (src/components/ListFilter.astro) usually holds the whole list.
export const listPageSize = 48;

export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

export function paginationPaths<T>(items: T[], size = listPageSize) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    params: { page: index === 0 ? undefined : `pagina/${index + 1}` },
    props: { items: items.slice(index * size, (index + 1) * size), page: index + 1, pages, total: items.length } satisfies ListPage<T>,
  }));
}
