/**
 * The words a page is also found by: the names and synonyms of its topics.
 * They go into the page as visually hidden text (src/layouts/Entry.astro, Hub.astro),
 * so "ASS" finds every autism page (Pagefind has no synonym list of its own)
 * without a "Trefwoorden" list on screen.
 */
import type { Topic } from '../lib/relations.ts';

export function topicKeywords(topics: readonly Topic[]): string[] {
  const words = topics.flatMap((topic) => [topic.data.name, ...topic.data.synonyms]);
  return [...new Set(words)];
}
