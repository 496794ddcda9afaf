/**
 * A lesson with `adoption` reports that its werkgebieden took over a goed
 * voorbeeld from elsewhere. So it must name that voorbeeld (`prototype`),
 * and at least one of its werkgebieden must not be one of the voorbeeld's
 * own: taking over in the place where it started is not a take-over. A
 * prototype id that does not exist is reported by the reference check.
 */
import { nl } from '../i18n/nl.ts';
import type { CollectionName } from '../schemas/shared.ts';
import type { ValidatedEntry } from './validation.ts';

export interface AdoptionProblem {
  file: string;
  field: string;
  message: string;
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function adoptionProblems(entries: Record<CollectionName, Map<string, ValidatedEntry>>): AdoptionProblem[] {
  const problems: AdoptionProblem[] = [];
  for (const { file, data } of entries.lessons.values()) {
    if (data.adoption === undefined) continue;
    const prototypeId = typeof data.prototype === 'string' ? data.prototype : undefined;
    if (!prototypeId) {
      problems.push({ file: file.displayPath, field: 'adoption', message: nl.adoptionCheck.noPrototype });
      continue;
    }
    const prototype = entries.prototypes.get(prototypeId);
    if (!prototype) continue;
    const own = new Set(ids(prototype.data.regions));
    const regions = ids(data.regions);
    if (regions.every((region) => own.has(region))) {
      problems.push({ file: file.displayPath, field: 'adoption', message: nl.adoptionCheck.ownRegions(prototypeId, regions.join(', ')) });
    }
  }
  return problems;
}
