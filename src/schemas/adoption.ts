/**
 * A lesson's `adoption`: the lesson's werkgebieden took over its goed
 * voorbeeld from another werkgebied, with how it went and what they changed.
 * The school that takes over writes its own lesson; the prototype stays its
 * makers'. That the lesson names a prototype, and a werkgebied that is not
 * the prototype's own, is checked across files (src/content-check/adoptions.ts).
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { text } from './shared.ts';

/** Each result with its Dutch name. */
export const adoptionResults = nl.options.adoptionResults;
export type AdoptionResult = keyof typeof adoptionResults;
export const adoptionResultIds = Object.keys(adoptionResults) as [AdoptionResult, ...AdoptionResult[]];

export const adoptionSchema = z
  .object({
    result: z.enum(adoptionResultIds).meta({ ...nl.fields.adoption.result, optionLabels: adoptionResults }),
    changed: text(3, 300).optional().meta(nl.fields.adoption.changed),
  })
  .strict();
export type Adoption = z.output<typeof adoptionSchema>;
