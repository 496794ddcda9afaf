/**
 * Links glossary terms at their first use inside rendered Markdown (the
 * "Goed om te weten" text of a parent route). Works on the HTML Astro made
 * from the editor's Markdown: only text between tags changes, never inside
 * a link, code or heading, and the text keeps its escaping.
 */
import type { FirstUse } from './glossary-words.ts';

const skipped = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** `html` with each first use wrapped in `<a>`; `link` gives the opening tag for a word id. */
export function linkTermsInHtml(html: string, firstUse: FirstUse, link: (id: string) => string): string {
  let skipDepth = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      const tag = /^<(\/?)([a-z0-9]+)/i.exec(piece);
      if (tag) {
        if (skipped.has(tag[2].toLowerCase())) skipDepth += tag[1] ? -1 : 1;
        return piece;
      }
      if (skipDepth > 0 || piece.trim() === '') {
        firstUse.note(piece);
        return piece;
      }
      // Character references (&amp;, &#39;) are never part of a term: a term "amp" must not split one.
      return piece
        .split(/(&#?[a-z0-9]+;)/i)
        .map((text, index) =>
          index % 2 === 1
            ? text
            : firstUse
                .parts(text)
                .map((part) => (typeof part === 'string' ? part : `${link(part.word.id)}${part.text}</a>`))
                .join(''),
        )
        .join('');
    })
    .join('');
}
