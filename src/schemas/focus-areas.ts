/**
 * The five speerpunten of the support plan (ondersteuningsplan, sections
 * 4.2-4.6). The `focusAreas` enum and the /speerpunten/ pages come from here.
 */
import { z } from 'astro/zod';

export const focusAreas = {
  'pedagogische-alliantie': {
    label: 'Een sterkere pedagogische alliantie van ouders, leerkracht en school',
    short: 'Pedagogische alliantie',
    goal: 'Ouders en leerlingen krijgen meer regie en vormen met de leerkracht een sterke pedagogische alliantie.',
    planSection: '4.2',
  },
  'regie-leerkracht': {
    label: 'Meer regie voor leerkrachten',
    short: 'Regie voor leerkrachten',
    goal: 'Leerkrachten voelen zich beter gehoord, gezien en geholpen om verschil te maken.',
    planSection: '4.3',
  },
  'lerend-netwerk': {
    label: 'Het lerend vermogen van ons netwerk vergroten',
    short: 'Lerend netwerk',
    goal: 'Van elkaar leren hoe we inclusiever onderwijs kunnen vormgeven, rekening houdend met verschillende situaties.',
    planSection: '4.4',
  },
  samenwerken: {
    label: 'Onze vaardigheden om samen te werken (en leven)',
    short: 'Samenwerken',
    goal: 'Nog beter leren samenwerken, zodat we altijd het belang van de leerling voorop houden.',
    planSection: '4.5',
  },
  'lokaal-anticiperen': {
    label: 'Inclusiever en adaptiever werken in de werkgebieden',
    short: 'Lokaal anticiperen',
    goal: 'Lokale oplossingen (blijven) maken, zodat alle leerlingen thuisnabij onderwijs krijgen.',
    planSection: '4.6',
  },
} as const;

export type FocusArea = keyof typeof focusAreas;
export const focusAreaIds = Object.keys(focusAreas) as [FocusArea, ...FocusArea[]];
export const focusAreaSchema = z.enum(focusAreaIds).meta({
  optionLabels: Object.fromEntries(focusAreaIds.map((id) => [id, focusAreas[id].short])),
});
