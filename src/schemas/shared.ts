/**
 * Building blocks shared by every collection schema: ids, dates, images,
 * school types and the reference factory. Field labels and editor hints live
 * in `.meta({ title, description })`, so the CMS config reads them from here.
 */
import { z } from 'astro/zod';
import { dutchIssueMessage } from './messages.ts';

z.config({ customError: dutchIssueMessage });

/** Ids and slugs: lower-case kebab-case, taken from the file name. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The collections of the site, by folder name under `content/`. */
export const collectionNames = [
  'regions',
  'topics',
  'network-groups',
  'prototypes',
  'lessons',
  'experts',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Makes the schema for a field that holds the id of an entry in another
 * collection. Astro passes its `reference()`; the content check and the tests
 * pass `idReference`, which keeps the plain id. Neither checks that the id
 * exists: src/content-check/validation.ts does that against the real files.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

export const idReference = (collection: CollectionName) =>
  z.string().regex(idPattern).meta({ reference: collection });

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns such a value into
 * a Date; a quoted string is accepted too. Unlike `z.coerce.date()`, it tells
 * a missing date ("ontbreekt") from a badly written one.
 */
export const isoDate = () =>
  z.preprocess(
    (value) => (typeof value === 'string' && isoDatePattern.test(value) ? new Date(`${value}T00:00:00Z`) : value),
    z.custom<Date>(
      (value) => value instanceof Date && !Number.isNaN(value.getTime()),
      {
        error: (issue) =>
          issue.input === undefined
            ? 'ontbreekt: dit veld is verplicht'
            : 'is geen geldige datum: schrijf jaar-maand-dag, bijvoorbeeld 2025-03-14',
      },
    ),
  ).meta({ format: 'date' });

/** An image in `public/`, with the text that a screen reader reads instead. */
export const imageSchema = z
  .object({
    src: z.string().min(1).meta({ title: 'Afbeelding', description: 'Upload een foto of afbeelding.', format: 'image' }),
    alt: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'ontbreekt: beschrijf wat er op de afbeelding staat (alt-tekst), voor wie de afbeelding niet kan zien'
            : undefined,
      })
      .trim()
      .min(1, { error: 'is leeg: beschrijf wat er op de afbeelding staat (alt-tekst)' })
      .max(200)
      .meta({
        title: 'Beschrijving van de afbeelding (alt-tekst)',
        description: 'Wat staat er op de afbeelding? Voor wie de afbeelding niet kan zien. Geen namen of gezichten van kinderen.',
      }),
  })
  .strict();
export type Image = z.output<typeof imageSchema>;

/** The school types (onderwijstypen) an entry is about. */
export const schoolTypes = {
  voorschool: 'Voorschool',
  po: 'Basisonderwijs (po)',
  sbo: 'Speciaal basisonderwijs (sbo)',
  so: 'Speciaal onderwijs (so)',
  vo: 'Voortgezet onderwijs (vo)',
  vso: 'Voortgezet speciaal onderwijs (vso)',
  mbo: 'Mbo',
} as const;
export type SchoolType = keyof typeof schoolTypes;
export const schoolTypeSchema = z.enum(Object.keys(schoolTypes) as [SchoolType, ...SchoolType[]]).meta({ optionLabels: schoolTypes });

/** Marks an entry as a draft: validated, never published. */
export const draftField = z
  .boolean()
  .default(false)
  .meta({ title: 'Concept', description: 'Een concept staat niet op de website.' });

/** A text of `min` to `max` characters, trimmed. */
export const text = (min: number, max: number) => z.string().trim().min(min).max(max);
