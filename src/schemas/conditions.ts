/**
 * "Wat is nodig?": what a goed voorbeeld needs to work elsewhere (a
 * prototype's `conditions`), so a school can judge whether it can take it over.
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { text } from './shared.ts';

/** Each kind of condition with its Dutch name, in the order the page shows them. */
export const conditionKinds = nl.options.conditionKinds;
export type ConditionKind = keyof typeof conditionKinds;

export const conditionSchema = z
  .object({
    kind: z
      .enum(Object.keys(conditionKinds) as [ConditionKind, ...ConditionKind[]])
      .meta({ ...nl.fields.conditions.kind, optionLabels: conditionKinds }),
    text: text(3, 160).meta(nl.fields.conditions.text),
    /** True: without it, it does not work (nodig); false: it helps. */
    needed: z.boolean().default(true).meta(nl.fields.conditions.needed),
  })
  .strict();
export type Condition = z.output<typeof conditionSchema>;
