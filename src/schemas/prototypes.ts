/** Prototypen: good examples of inclusive education (content/prototypes/<slug>.md|.mdx). */
import { z } from 'astro/zod';
import { focusAreaSchema } from './focus-areas.ts';
import { noChildDetails, noContactDetails } from './privacy-hints.ts';
import { prototypeStatusSchema } from './statuses.ts';
import { draftField, imageSchema, isoDate, schoolTypeSchema, text, idReference, type ReferenceFactory } from './shared.ts';

/** Body sections the CMS pre-fills; see the content model. */
export const prototypeBodySections = [
  'Wat is het?',
  'Hoe werkt het?',
  'Waarom werkt het hier?',
  'Wat werkt (nog) niet?',
  'Wat kunnen anderen ervan leren?',
] as const;

export function prototypeSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .object({
      title: text(5, 120).meta({ title: 'Titel', description: 'Een korte, duidelijke titel (5 tot 120 tekens).' }),
      summary: text(20, 300).meta({
        title: 'Samenvatting',
        description: `Twee of drie zinnen: wat is het en voor wie? Staat in lijsten en zoekresultaten (20 tot 300 tekens). ${noChildDetails}`,
      }),
      regions: z
        .array(reference('regions'))
        .min(1)
        .meta({ title: 'Werkgebieden', description: 'In welke werkgebieden gebeurt dit? Kies er minstens één.' }),
      schoolTypes: z
        .array(schoolTypeSchema)
        .min(1)
        .meta({ title: 'Onderwijstypen', description: 'Voor welke soorten onderwijs is dit? Kies er minstens één.' }),
      topics: z
        .array(reference('topics'))
        .min(1)
        .meta({ title: "Thema's", description: 'Waar gaat het over? Kies minstens één thema.' }),
      focusAreas: z
        .array(focusAreaSchema)
        .min(1)
        .meta({ title: 'Speerpunten', description: 'Bij welke speerpunten van het ondersteuningsplan past dit?' }),
      status: prototypeStatusSchema.meta({
        title: 'Status',
        description: 'Is het een idee, loopt het nog, is het afgerond of gestopt? Ook wat gestopt is, is leerzaam.',
      }),
      schools: z
        .array(z.string().trim().min(2).max(120))
        .default([])
        .meta({ title: 'Scholen', description: 'Welke scholen doen mee? (mag leeg)' }),
      contacts: z
        .array(reference('experts'))
        .min(1)
        .meta({
          title: 'Contactpersonen',
          description: `Wie kunnen anderen hierover vragen? Kies profielen uit Wie weet wat. ${noContactDetails}`,
        }),
      started: isoDate()
        .optional()
        .meta({ title: 'Gestart op', description: 'Wanneer begon het? (mag leeg)' }),
      updated: isoDate().meta({ title: 'Bijgewerkt op', description: 'Wanneer is deze tekst voor het laatst bijgewerkt?' }),
      cover: imageSchema.optional().meta({ title: 'Afbeelding', description: 'Een foto of tekening (mag leeg).' }),
      draft: draftField,
    })
    .strict();
}
export type PrototypeInput = z.input<ReturnType<typeof prototypeSchema<ReturnType<typeof idReference>>>>;
