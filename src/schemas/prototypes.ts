/** Prototypen: good examples of inclusive education (content/prototypes/<slug>.md|.mdx). */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { conditionSchema } from './conditions.ts';
import { focusAreaSchema } from './focus-areas.ts';
import { prototypeStatusSchema } from './statuses.ts';
import { draftField, imageSchema, isoDate, schoolTypeSchema, text, type ReferenceFactory } from './shared.ts';

/** Body sections the CMS pre-fills (the content model's template). */
export const prototypeBodySections = nl.body.sections.prototypes;

export function prototypeSchema(reference: ReferenceFactory) {
  return z
    .object({
      title: text(5, 120).meta(nl.fields.prototypes.title),
      summary: text(20, 300).meta(nl.fields.prototypes.summary),
      regions: z
        .array(reference('regions'))
        .min(1)
        .meta(nl.fields.prototypes.regions),
      schoolTypes: z
        .array(schoolTypeSchema)
        .min(1)
        .meta(nl.fields.prototypes.schoolTypes),
      topics: z
        .array(reference('topics'))
        .min(1)
        .meta(nl.fields.prototypes.topics),
      focusAreas: z
        .array(focusAreaSchema)
        .min(1)
        .meta(nl.fields.prototypes.focusAreas),
      status: prototypeStatusSchema.meta(nl.fields.prototypes.status),
      schools: z
        .array(z.string().trim().min(2).max(120))
        .default([])
        .meta(nl.fields.prototypes.schools),
      contacts: z
        .array(reference('experts'))
        .min(1)
        .meta(nl.fields.prototypes.contacts),
      conditions: z
        .array(conditionSchema)
        .max(12)
        .default([])
        .meta(nl.fields.prototypes.conditions),
      // A prototype that is still an idea may have a planned start, so `started` may lie ahead.
      started: isoDate()
        .optional()
        .meta(nl.fields.prototypes.started),
      updated: isoDate({ notInFuture: true }).meta(nl.fields.prototypes.updated),
      reviewed: isoDate({ notInFuture: true })
        .optional()
        .meta(nl.fields.prototypes.reviewed),
      cover: imageSchema.optional().meta(nl.fields.prototypes.cover),
      visits: z
        .object({
          how: text(10, 300).meta(nl.fields.visits.how),
          until: isoDate().optional().meta(nl.fields.visits.until),
          contact: reference('experts').meta(nl.fields.visits.contact),
        })
        .strict()
        .optional()
        .meta(nl.fields.prototypes.visits),
      draft: draftField,
    })
    .strict();
}
