/** Where a prototype stands. Stopped prototypes stay on the site: what did not work is worth sharing too. */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';

/** Each status with its Dutch name. */
export const prototypeStatuses = nl.options.statuses;
export type PrototypeStatus = keyof typeof prototypeStatuses;
export const prototypeStatusSchema = z
  .enum(Object.keys(prototypeStatuses) as [PrototypeStatus, ...PrototypeStatus[]])
  .meta({ optionLabels: prototypeStatuses });
