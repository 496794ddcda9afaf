/**
 * Woorden: the glossary (content/glossary/<id>.yaml, page /woorden/#<id>).
 * Parent pages link a term at its first use to its explanation; the
 * synonyms are the words parents search with ("rugzak").
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { text } from './shared.ts';

export function glossarySchema() {
  const label = nl.fields.glossary;
  return z
    .object({
      term: text(2, 40).meta(label.term),
      full: text(2, 120).optional().meta(label.full),
      explanation: text(10, 400).meta(label.explanation),
      synonyms: z
        .array(z.string().trim().min(2).max(60))
        .default([])
        .meta(label.synonyms),
    })
    .strict();
}
