/** Long lists split over pages (src/lib/pagination.ts): /prototypen/, /prototypen/pagina/2/, ... */
import { describe, expect, it } from 'vitest';
import { listPageSize, paginationPaths } from '../../src/lib/pagination.ts';
import { listPageUrl, listUrl } from '../../src/lib/urls.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const sizes = (count: number, size: number) => paginationPaths(numbers(count), size).map((path) => path.props.items.length);

describe('list pagination', () => {
  it('shows 48 entries on a page unless told otherwise', () => {
    expect(listPageSize).toBe(48);
    expect(paginationPaths(numbers(49)).map((path) => path.props.items.length)).toEqual([48, 1]);
  });

  it('still makes one, empty page for an empty list', () => {
    expect(paginationPaths([], 10)).toEqual([{ params: { page: undefined }, props: { items: [], page: 1, pages: 1, total: 0 } }]);
  });

  it('fills every page when the list is an exact multiple of the page size', () => {
    expect(sizes(30, 10)).toEqual([10, 10, 10]);
  });

  it('puts the rest on a shorter last page', () => {
    expect(sizes(23, 10)).toEqual([10, 10, 3]);
    expect(paginationPaths(numbers(23), 10).at(-1)!.props.items).toEqual([21, 22, 23]);
  });

  it('keeps the order of the list across the pages', () => {
    expect(paginationPaths(numbers(7), 3).map((path) => path.props.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('gives page 1 no route parameter and later pages pagina/<n>', () => {
    expect(paginationPaths(numbers(25), 10).map((path) => path.params.page)).toEqual([undefined, 'pagina/2', 'pagina/3']);
  });

  it('tells every page its number, the number of pages and the total', () => {
    expect(paginationPaths(numbers(25), 10).map(({ props }) => [props.page, props.pages, props.total])).toEqual([
      [1, 3, 25],
      [2, 3, 25],
      [3, 3, 25],
    ]);
  });

  it('makes the pages that listPageUrl links to', () => {
    for (const { params, props } of paginationPaths(numbers(50), 10)) {
      expect(`${listUrl('prototypes')}${params.page ? `${params.page}/` : ''}`).toBe(listPageUrl('prototypes', props.page));
    }
  });
});
