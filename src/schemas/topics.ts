/** Thema's: what entries are about (content/topics/<id>.yaml). */
import { z } from 'astro/zod';

export function topicSchema() {
  return z
    .object({
      name: z.string().trim().min(2).max(60).meta({ title: 'Naam', description: 'De naam van het thema.' }),
      description: z
        .string()
        .trim()
        .max(600)
        .optional()
        .meta({ title: 'Beschrijving', description: 'Waar gaat dit thema over? Een paar zinnen.' }),
      /** Words people search with that mean this topic; search finds the topic's pages by them. */
      synonyms: z
        .array(z.string().trim().min(1).max(60))
        .default([])
        .meta({
          title: 'Andere woorden',
          description: 'Woorden waarmee mensen dit thema zoeken, bijvoorbeeld ASS voor autisme.',
        }),
    })
    .strict();
}
export type TopicInput = z.input<ReturnType<typeof topicSchema>>;
