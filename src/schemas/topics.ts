/** Thema's: what entries are about (content/topics/<id>.yaml). */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';

export function topicSchema() {
  return z
    .object({
      name: z.string().trim().min(2).max(60).meta(nl.fields.topics.name),
      description: z
        .string()
        .trim()
        .max(600)
        .optional()
        .meta(nl.fields.topics.description),
      /** Words people search with that mean this topic; search finds the topic's pages by them. */
      synonyms: z
        .array(z.string().trim().min(1).max(60))
        .default([])
        .meta(nl.fields.topics.synonyms),
    })
    .strict();
}
