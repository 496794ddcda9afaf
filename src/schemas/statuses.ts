/** Where a prototype stands. Stopped prototypes stay on the site: what did not work is worth sharing too. */
import { z } from 'astro/zod';

export const prototypeStatuses = {
  idee: 'Idee',
  'in-uitvoering': 'In uitvoering',
  afgerond: 'Afgerond',
  gestopt: 'Gestopt',
} as const;
export type PrototypeStatus = keyof typeof prototypeStatuses;
export const prototypeStatusSchema = z
  .enum(Object.keys(prototypeStatuses) as [PrototypeStatus, ...PrototypeStatus[]])
  .meta({ optionLabels: prototypeStatuses });
