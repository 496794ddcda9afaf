/** Lessons learned: what a netwerkgroep or school learned, including what did not work (content/lessons/<slug>.md|.mdx). */
import { z } from 'astro/zod';
import { noChildDetails } from './privacy-hints.ts';
import { draftField, isoDate, schoolTypeSchema, text, idReference, type ReferenceFactory } from './shared.ts';

/** Body sections the CMS pre-fills; see the content model. */
export const lessonBodySections = [
  'Wat werkte?',
  'Wat werkte niet?',
  'Wat doen we de volgende keer anders?',
  'Tip voor anderen',
] as const;

export function lessonSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .object({
      title: text(5, 120).meta({ title: 'Titel', description: 'Wat is de les, in een korte zin (5 tot 120 tekens)?' }),
      summary: text(20, 300).meta({
        title: 'Samenvatting',
        description: `De les in twee of drie zinnen. Staat in lijsten en zoekresultaten (20 tot 300 tekens). ${noChildDetails}`,
      }),
      date: isoDate().meta({ title: 'Datum', description: 'Wanneer hebben jullie deze les getrokken?' }),
      regions: z
        .array(reference('regions'))
        .min(1)
        .meta({ title: 'Werkgebieden', description: 'Waar is dit geleerd? Kies minstens één werkgebied.' }),
      topics: z
        .array(reference('topics'))
        .min(1)
        .meta({ title: "Thema's", description: 'Waar gaat de les over? Kies minstens één thema.' }),
      networkGroup: reference('network-groups')
        .optional()
        .meta({ title: 'Netwerkgroep', description: 'Welke netwerkgroep deelt deze les? (mag leeg)' }),
      prototype: reference('prototypes')
        .optional()
        .meta({ title: 'Over prototype', description: 'Gaat de les over een goed voorbeeld op deze site? (mag leeg)' }),
      schoolTypes: z
        .array(schoolTypeSchema)
        .default([])
        .meta({ title: 'Onderwijstypen', description: 'Voor welke soorten onderwijs geldt de les? (mag leeg)' }),
      authors: z
        .array(reference('experts'))
        .default([])
        .meta({ title: 'Geschreven door', description: 'Wie schreven de les? Kies profielen uit Wie weet wat. (mag leeg)' }),
      updated: isoDate()
        .optional()
        .meta({ title: 'Bijgewerkt op', description: 'Wanneer is de tekst voor het laatst aangepast? (mag leeg)' }),
      draft: draftField,
    })
    .strict();
}
export type LessonInput = z.input<ReturnType<typeof lessonSchema<ReturnType<typeof idReference>>>>;
