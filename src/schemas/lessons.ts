/** Lessons learned: what a netwerkgroep or school learned, including what did not work (content/lessons/<slug>.md|.mdx). */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { adoptionSchema } from './adoption.ts';
import { focusAreaSchema } from './focus-areas.ts';
import { draftField, isoDate, schoolTypeSchema, text, type ReferenceFactory } from './shared.ts';

/** Body sections the CMS pre-fills (the content model's template). */
export const lessonBodySections = nl.body.sections.lessons;

export function lessonSchema(reference: ReferenceFactory) {
  return z
    .object({
      title: text(5, 120).meta(nl.fields.lessons.title),
      summary: text(20, 300).meta(nl.fields.lessons.summary),
      date: isoDate({ notInFuture: true }).meta(nl.fields.lessons.date),
      regions: z
        .array(reference('regions'))
        .min(1)
        .meta(nl.fields.lessons.regions),
      topics: z
        .array(reference('topics'))
        .min(1)
        .meta(nl.fields.lessons.topics),
      // Reaches a speerpunt without a prototype; with one, the prototype's speerpunten count too.
      focusAreas: z
        .array(focusAreaSchema)
        .default([])
        .meta(nl.fields.lessons.focusAreas),
      networkGroup: reference('network-groups')
        .optional()
        .meta(nl.fields.lessons.networkGroup),
      prototype: reference('prototypes')
        .optional()
        .meta(nl.fields.lessons.prototype),
      adoption: adoptionSchema.optional().meta(nl.fields.lessons.adoption),
      schoolTypes: z
        .array(schoolTypeSchema)
        .default([])
        .meta(nl.fields.lessons.schoolTypes),
      authors: z
        .array(reference('experts'))
        .default([])
        .meta(nl.fields.lessons.authors),
      updated: isoDate({ notInFuture: true })
        .optional()
        .meta(nl.fields.lessons.updated),
      draft: draftField,
    })
    .strict();
}
