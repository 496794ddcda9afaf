import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../src/integrations/searchable-part.ts';

const page = (main: string) =>
  `<!doctype html><html lang="nl"><head><title>T</title></head><body><header><nav>Menu</nav></header><main>${main}</main><footer>Voet</footer></body></html>`;

describe('the part of a page that goes to Pagefind', () => {
  it('is the element marked data-pagefind-body, whole, in a small document with the page’s language', () => {
    const html = page('<article class="entry" data-pagefind-body><h1>Titel</h1><article><p>Binnen</p></article><p>Na</p></article><section>Tabel</section>');
    expect(searchablePart(html)).toBe(
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><article class="entry" data-pagefind-body><h1>Titel</h1><article><p>Binnen</p></article><p>Na</p></article></body></html>',
    );
  });

  it('leaves out menus, footer and what stands beside the text', () => {
    const part = searchablePart(page('<header class="page-header" data-pagefind-body><h1>Thema</h1></header><ul><li>Kaart</li></ul>'))!;
    expect(part).toContain('<h1>Thema</h1>');
    for (const outside of ['Menu', 'Voet', 'Kaart', '<title>']) expect(part).not.toContain(outside);
  });

  it('does not mistake a longer tag name for the element’s own closing tag', () => {
    const part = searchablePart(page('<header data-pagefind-body><h1>A</h1><headers-x>b</headers-x></header><p>buiten</p>'))!;
    expect(part).toContain('<headers-x>b</headers-x></header></body>');
    expect(part).not.toContain('buiten');
  });

  it('is nothing for a page without data-pagefind-body: Pagefind skips such pages when others have one', () => {
    expect(searchablePart(page('<p>Lijst</p>'))).toBeUndefined();
  });

  it('is the whole page when it has two marked parts or the element is not closed', () => {
    const two = page('<article data-pagefind-body>a</article><aside data-pagefind-body>b</aside>');
    expect(searchablePart(two)).toBe(two);
    const open = '<html lang="nl"><body><article data-pagefind-body><p>a</p></body></html>';
    expect(searchablePart(open)).toBe(open);
  });
});
