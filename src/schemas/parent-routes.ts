/**
 * Routes for parents (content/parent-routes/<slug>.md): from a worry, in the
 * parent's own words, to numbered steps with what you can do, what you may
 * expect and who helps. Who helps is resolved per werkgebied from a step's
 * `contacts` (profile ids) and `roles` (words matched against a profile's role).
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { draftField, isoDate, text, type ReferenceFactory } from './shared.ts';

export function parentRouteStepSchema(reference: ReferenceFactory) {
  const label = nl.fields.routeSteps;
  return z
    .object({
      title: text(3, 100).meta(label.title),
      text: text(10, 600).meta(label.text),
      expect: text(10, 300).optional().meta(label.expect),
      contacts: z.array(reference('experts')).default([]).meta(label.contacts),
      roles: z
        .array(z.string().trim().min(2).max(60))
        .default([])
        .meta(label.roles),
    })
    .strict();
}

export function parentRouteSchema(reference: ReferenceFactory) {
  const label = nl.fields['parent-routes'];
  return z
    .object({
      title: text(5, 120).meta(label.title),
      situation: text(5, 160).meta(label.situation),
      summary: text(20, 300).meta(label.summary),
      topics: z.array(reference('topics')).default([]).meta(label.topics),
      steps: z.array(parentRouteStepSchema(reference)).min(2).max(8).meta(label.steps),
      updated: isoDate().meta(label.updated),
      draft: draftField,
    })
    .strict();
}
