/** "Wie weet wat": people in the network and what to ask them (content/experts/<slug>.md|.mdx). */
import { z } from 'astro/zod';
import { draftField, imageSchema, isoDate, idReference, type ReferenceFactory } from './shared.ts';

export const contactChannels = { email: 'E-mail', telefoon: 'Telefoon' } as const;
export type ContactChannel = keyof typeof contactChannels;

/** Dutch phone numbers as people write them: digits, spaces, dashes, brackets, a leading +. */
const phonePattern = /^\+?[0-9][0-9 ()-]{7,18}[0-9]$/;

export const contactSchema = z
  .object({
    email: z
      .email({ error: 'is geen geldig e-mailadres' })
      .optional()
      .meta({ title: 'E-mailadres', description: 'Het werkadres, niet een privéadres.' }),
    phone: z
      .string()
      .trim()
      .regex(phonePattern, { error: 'is geen geldig telefoonnummer (bijvoorbeeld 072 555 01 23)' })
      .optional()
      .meta({ title: 'Telefoonnummer', description: 'Een werknummer, bijvoorbeeld 072 555 01 23.' }),
    preferred: z
      .enum(Object.keys(contactChannels) as [ContactChannel, ...ContactChannel[]])
      .meta({ title: 'Liefst via', description: 'Hoe wil je het liefst benaderd worden?', optionLabels: contactChannels }),
  })
  .strict()
  .refine((contact) => contact.email !== undefined || contact.phone !== undefined, {
    error: 'heeft geen e-mailadres en geen telefoonnummer: vul er minstens één in',
  })
  .refine(
    (contact) =>
      (contact.preferred === 'email' && contact.email !== undefined) ||
      (contact.preferred === 'telefoon' && contact.phone !== undefined) ||
      (contact.email === undefined && contact.phone === undefined),
    { error: 'zegt "liefst via" een kanaal dat niet is ingevuld', path: ['preferred'] },
  );

export function expertSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .object({
      name: z.string().trim().min(2).max(80).meta({ title: 'Naam', description: 'Voornaam en achternaam.' }),
      role: z
        .string()
        .trim()
        .min(2)
        .max(80)
        .meta({ title: 'Rol', description: 'Bijvoorbeeld Intern begeleider, Onderwijsconsulent of Ervaringsdeskundige ouder.' }),
      organisation: z
        .string()
        .trim()
        .min(2)
        .max(120)
        .meta({ title: 'Organisatie', description: 'School, zorgpartner of organisatie waar je werkt.' }),
      regions: z
        .array(reference('regions'))
        .min(1)
        .meta({ title: 'Werkgebieden', description: 'In welke werkgebieden kunnen mensen je benaderen?' }),
      topics: z
        .array(reference('topics'))
        .min(1)
        .meta({ title: "Thema's", description: 'Waar weet je veel van? Kies minstens één thema.' }),
      askMeAbout: z
        .array(z.string().trim().min(3).max(100))
        .min(1)
        .max(10)
        .meta({
          title: 'Vraag mij over',
          description: 'Eén tot tien korte zinnen, zoals "een groepsplan voor gedrag". Geen namen van kinderen.',
        }),
      contact: contactSchema.meta({ title: 'Contact', description: 'Minstens een e-mailadres of een telefoonnummer.' }),
      availability: z
        .string()
        .trim()
        .max(120)
        .optional()
        .meta({ title: 'Bereikbaar', description: 'Bijvoorbeeld "dinsdag en donderdag". (mag leeg)' }),
      consent: isoDate().meta({
        title: 'Toestemming gegeven op',
        description: 'De datum waarop deze persoon toestemming gaf om het profiel te publiceren (AVG).',
      }),
      reviewed: isoDate().meta({
        title: 'Gecontroleerd op',
        description: 'Wanneer is dit profiel voor het laatst nagekeken? Na 12 maanden staat er "mogelijk verouderd".',
      }),
      photo: imageSchema.optional().meta({ title: 'Foto', description: 'Alleen met toestemming. (mag leeg)' }),
      draft: draftField,
    })
    .strict();
}
export type ExpertInput = z.input<ReturnType<typeof expertSchema<ReturnType<typeof idReference>>>>;
