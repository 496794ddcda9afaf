/** Netwerkgroepen: groups of teachers, IB-ers, parents and care partners (content/network-groups/<id>.yaml). */
import { z } from 'astro/zod';
import { idReference, type ReferenceFactory } from './shared.ts';

export function networkGroupSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .object({
      name: z.string().trim().min(2).max(80).meta({ title: 'Naam', description: 'De naam van de netwerkgroep.' }),
      description: z
        .string()
        .trim()
        .max(800)
        .optional()
        .meta({ title: 'Beschrijving', description: 'Wat doet de netwerkgroep en wie doen er mee?' }),
      topics: z
        .array(reference('topics'))
        .default([])
        .meta({ title: "Thema's", description: "Over welke thema's gaat de groep?" }),
      /** Most groups span all regions: leave empty for "alle werkgebieden". */
      regions: z
        .array(reference('regions'))
        .default([])
        .meta({ title: 'Werkgebieden', description: 'Laat leeg als de groep voor alle werkgebieden is.' }),
      contact: reference('experts')
        .optional()
        .meta({ title: 'Contactpersoon', description: 'Wie is het aanspreekpunt? Kies een profiel uit Wie weet wat.' }),
    })
    .strict();
}
export type NetworkGroupInput = z.input<ReturnType<typeof networkGroupSchema<ReturnType<typeof idReference>>>>;
