/** Netwerkgroepen: groups of teachers, IB-ers, parents and care partners (content/network-groups/<id>.yaml). */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import type { ReferenceFactory } from './shared.ts';

export function networkGroupSchema(reference: ReferenceFactory) {
  return z
    .object({
      name: z.string().trim().min(2).max(80).meta(nl.fields['network-groups'].name),
      description: z
        .string()
        .trim()
        .max(800)
        .optional()
        .meta(nl.fields['network-groups'].description),
      topics: z
        .array(reference('topics'))
        .default([])
        .meta(nl.fields['network-groups'].topics),
      /** Most groups span all regions: leave empty for "alle werkgebieden". */
      regions: z
        .array(reference('regions'))
        .default([])
        .meta(nl.fields['network-groups'].regions),
      contact: reference('experts')
        .optional()
        .meta(nl.fields['network-groups'].contact),
    })
    .strict();
}
