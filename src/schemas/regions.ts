/** Werkgebieden: the eight areas where schools work together (content/regions/<id>.yaml). */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import type { ReferenceFactory } from './shared.ts';

export function regionSchema(reference: ReferenceFactory) {
  return z
    .object({
      /** Name as people in the area say it, e.g. "Heiloo en Castricum". */
      name: z.string().trim().min(2).max(80).meta(nl.fields.regions.name),
      /** Places (gemeenten, dorpen, wijken) in the area; search finds the area by them. */
      municipalities: z
        .array(z.string().trim().min(1).max(60))
        .default([])
        .meta(nl.fields.regions.municipalities),
      description: z
        .string()
        .trim()
        .max(600)
        .optional()
        .meta(nl.fields.regions.description),
      /** The expert who coordinates the area, if any. */
      coordinator: reference('experts')
        .optional()
        .meta(nl.fields.regions.coordinator),
      /** The nearest werkgebieden, nearest first: where "Nog niemand om te vragen" looks for someone. */
      neighbours: z
        .array(reference('regions'))
        .default([])
        .meta(nl.fields.regions.neighbours),
      /**
       * The outline on the map (SVG path data, one drawing for all werkgebieden); without it the map shows tiles.
       * That it is path data the map can draw is checked by src/content-check/map-shapes.ts.
       */
      shape: z
        .string()
        .trim()
        .min(5)
        .max(5000)
        .optional()
        .meta(nl.fields.regions.shape),
    })
    .strict();
}
