/** Werkgebieden: the eight areas where schools work together (content/regions/<id>.yaml). */
import { z } from 'astro/zod';
import { idReference, type ReferenceFactory } from './shared.ts';

export function regionSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .object({
      /** Name as people in the area say it, e.g. "Heiloo en Castricum". */
      name: z.string().trim().min(2).max(80).meta({ title: 'Naam', description: 'De naam van het werkgebied.' }),
      /** Places (gemeenten, dorpen, wijken) in the area; search finds the area by them. */
      municipalities: z
        .array(z.string().trim().min(1).max(60))
        .default([])
        .meta({ title: 'Plaatsen', description: 'De gemeenten, dorpen of wijken in dit werkgebied.' }),
      description: z
        .string()
        .trim()
        .max(600)
        .optional()
        .meta({ title: 'Beschrijving', description: 'Een paar zinnen over het werkgebied en de scholen.' }),
      /** The expert who coordinates the area, if any. */
      coordinator: reference('experts')
        .optional()
        .meta({ title: 'Coördinator', description: 'Wie coördineert het werkgebied? Kies een profiel uit Wie weet wat.' }),
    })
    .strict();
}
export type RegionInput = z.input<ReturnType<typeof regionSchema<ReturnType<typeof idReference>>>>;
