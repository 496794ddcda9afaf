/**
 * The words a page is also found by: the names and synonyms of its topics.
 * Shown as "Trefwoorden" under the text, so "ASS" finds every autism page
 * (Pagefind has no synonym list of its own).
 */
import type { Topic } from '../lib/relations.ts';

export function topicKeywords(topics: readonly Topic[]): string[] {
  const words = topics.flatMap((topic) => [topic.data.name, ...topic.data.synonyms]);
  return [...new Set(words)];
}
