/**
 * Turns what a teacher types ("wie weet iets van ASS in groep 3?") into the
 * words worth searching for. Pagefind only returns pages that contain every
 * word, so question words and other small words would hide good answers.
 */
import { wordsOf } from './highlight.ts';

/** Dutch function words and question words that carry no topic. */
export const stopWords = new Set(
  `aan al als bij ben daar dan dat de deze die dit door een en er geen hebben heb het hier hij hoe iemand iets ik in
  is je jij kan kun kunnen me mee met mij mijn moet naar niet nog of om ons onze ook op over te tot u uit van voor
  waar waarom wanneer wat we weet wel welke wie wij wil ze zij zijn zo`.split(/\s+/),
);

/** The words to search for: the query without stop words, or the query itself when nothing else is left. */
export function searchWords(query: string): string[] {
  const words = query.split(/\s+/).filter((word) => word !== '');
  const meaningful = words.filter((word) => {
    const plain = wordsOf(word);
    return plain.length === 0 ? false : !plain.every((part) => stopWords.has(part));
  });
  return meaningful.length > 0 ? meaningful : words;
}
