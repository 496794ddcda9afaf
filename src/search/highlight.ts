/**
 * Marks the words of a text that match what was searched, as segments the
 * search page turns into text nodes and <mark> elements (never into HTML).
 */
export interface Segment {
  text: string;
  marked: boolean;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower-case words (letters and digits). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('nl').match(wordPattern) ?? [];
}

/**
 * A word matches a term when it starts with the term minus its last three
 * letters (at least four): "autistische" for "autisme", "samenwerking" for
 * "samenwerken", roughly as Pagefind's Dutch stemming finds them. Short
 * terms such as "ASS" must match a whole word.
 */
function matches(word: string, term: string): boolean {
  if (term.length < 4) return word === term;
  const stem = term.slice(0, Math.max(4, term.length - 3));
  return word.startsWith(stem);
}

export function highlight(text: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.flatMap(wordsOf))];
  if (wanted.length === 0) return [{ text, marked: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].toLocaleLowerCase('nl');
    if (!wanted.some((term) => matches(word, term))) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), marked: false });
    segments.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return segments;
}
