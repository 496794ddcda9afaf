/**
 * The part of a rendered page that Pagefind reads: the element marked
 * data-pagefind-body (text, filters, meta, sort) in a minimal document with
 * the page's language. Handing Pagefind this instead of the whole page cuts
 * what goes through its pipe by half (menus, footer, the tables and cards
 * beside the text), and with it the build's time and memory; the index is
 * the same, as Pagefind reads nothing outside that element when pages mark it.
 */

const bodyMark = ' data-pagefind-body';

/** From `<tag` at `start`, the end of the element (after its closing tag), counting nested elements of the same name. */
function elementEnd(html: string, start: number, tag: string): number | undefined {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', match.index);
      return close < 0 ? undefined : close + 1;
    }
  }
  return undefined;
}

/**
 * The searchable part of `html` as a small HTML document, or undefined when the
 * page has no data-pagefind-body (Pagefind skips such pages when others have one)
 * or when the element cannot be found whole (then the caller sends the page as it is).
 */
export function searchablePart(html: string): string | undefined {
  const mark = html.indexOf(bodyMark);
  if (mark < 0) return undefined;
  if (html.indexOf(bodyMark, mark + bodyMark.length) >= 0) return html; // more than one: Pagefind reads them all
  const start = html.lastIndexOf('<', mark);
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start, mark + 1))?.[1];
  const end = tag && elementEnd(html, start, tag);
  if (!end) return html;
  const lang = /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1];
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"></head><body>${html.slice(start, end)}</body></html>`;
}
