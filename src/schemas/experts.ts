/** "Wie weet wat": people in the network and what to ask them (content/experts/<slug>.md|.mdx). */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import site from '../site.config.ts';
import { draftField, imageSchema, isoDate, type ReferenceFactory } from './shared.ts';

export const contactChannels = nl.options.contactChannels;
export type ContactChannel = keyof typeof contactChannels;

/** Who may approach a profile: professionals, parents, or both. Parent pages offer only profiles for `ouders`. */
export const audiences = nl.options.audiences;
export type Audience = keyof typeof audiences;

/** Dutch phone numbers as people write them: digits, spaces, dashes, brackets, a leading +. */
const phonePattern = /^\+?[0-9][0-9 ()-]{7,18}[0-9]$/;

export const contactSchema = z
  .object({
    email: z
      .email({ error: nl.zod.invalidEmail })
      .optional()
      .meta(nl.fields.contact.email),
    phone: z
      .string()
      .trim()
      .regex(phonePattern, { error: nl.zod.invalidPhone })
      .optional()
      .meta(nl.fields.contact.phone),
    preferred: z
      .enum(Object.keys(contactChannels) as [ContactChannel, ...ContactChannel[]])
      .meta({ ...nl.fields.contact.preferred, optionLabels: contactChannels }),
  })
  .strict()
  .refine((contact) => contact.email !== undefined || contact.phone !== undefined, {
    error: nl.zod.noContact,
  })
  .refine(
    (contact) =>
      (contact.preferred === 'email' && contact.email !== undefined) ||
      (contact.preferred === 'telefoon' && contact.phone !== undefined) ||
      (contact.email === undefined && contact.phone === undefined),
    { error: nl.zod.preferredMissing, path: ['preferred'] },
  );

export function expertSchema(reference: ReferenceFactory) {
  return z
    .object({
      name: z.string().trim().min(2).max(80).meta(nl.fields.experts.name),
      role: z
        .string()
        .trim()
        .min(2)
        .max(80)
        .meta(nl.fields.experts.role),
      organisation: z
        .string()
        .trim()
        .min(2)
        .max(120)
        .meta(nl.fields.experts.organisation),
      regions: z
        .array(reference('regions'))
        .min(1)
        .meta(nl.fields.experts.regions),
      topics: z
        .array(reference('topics'))
        .min(1)
        .meta(nl.fields.experts.topics),
      askMeAbout: z
        .array(z.string().trim().min(3).max(100))
        .min(1)
        .max(10)
        .meta(nl.fields.experts.askMeAbout),
      contact: contactSchema.meta(nl.fields.experts.contact),
      availability: z
        .string()
        .trim()
        .max(120)
        .optional()
        .meta(nl.fields.experts.availability),
      consent: isoDate({ notInFuture: true }).meta(nl.fields.experts.consent),
      reviewed: isoDate({ notInFuture: true }).meta({
        label: nl.fields.experts.reviewed.label,
        hint: nl.fields.experts.reviewed.hint(site.privacy.reviewMonths),
      }),
      photo: imageSchema.optional().meta(nl.fields.experts.photo),
      audience: z
        .array(z.enum(Object.keys(audiences) as [Audience, ...Audience[]]).meta({ optionLabels: audiences }))
        .min(1)
        .default(['professionals'])
        .meta(nl.fields.experts.audience),
      draft: draftField,
    })
    .strict();
}
