/**
 * Marks the words of a text that match what was searched, as segments the
 * search page turns into text nodes and <mark> elements (never into HTML).
 * A word is marked when it matches a searched word by the rule of word-match.ts.
 */
import { wordMatches } from './word-match.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower-case words (letters and digits). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('nl').match(wordPattern) ?? [];
}

export function highlight(text: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.flatMap(wordsOf))];
  if (wanted.length === 0) return [{ text, marked: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].toLocaleLowerCase('nl');
    if (!wanted.some((term) => wordMatches(word, term))) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), marked: false });
    segments.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return segments;
}
