/**
 * The speerpunten of the support plan (ondersteuningsplan, sections
 * 4.2-4.6; 4.2 has two goals, 4.2.1 and 4.2.3): their ids and plan sections
 * here, their Dutch names and goals in src/i18n/nl.ts. The `focusAreas` enum
 * and the /speerpunten/ pages come from here; the order is the plan's.
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';

const planSections = {
  'pedagogische-alliantie': '4.2.1',
  veerkracht: '4.2.3',
  'regie-leerkracht': '4.3',
  'lerend-netwerk': '4.4',
  samenwerken: '4.5',
  'lokaal-anticiperen': '4.6',
} as const;

export type FocusArea = keyof typeof planSections;
export const focusAreaIds = Object.keys(planSections) as [FocusArea, ...FocusArea[]];

/** Each speerpunt with its plan section and its Dutch label, short name and goal. */
export const focusAreas = Object.fromEntries(
  focusAreaIds.map((id) => [id, { planSection: planSections[id], ...nl.focusAreas[id] }]),
) as { [id in FocusArea]: { planSection: string; label: string; short: string; goal: string } };

export const focusAreaSchema = z.enum(focusAreaIds).meta({
  optionLabels: Object.fromEntries(focusAreaIds.map((id) => [id, focusAreas[id].short])),
});
