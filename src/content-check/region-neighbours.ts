/**
 * A werkgebied's `neighbours` are the other werkgebieden nearby, where
 * "Nog niemand om te vragen" looks next (src/lib/nearest-people.ts). A
 * werkgebied among its own neighbours is a slip (a copied file, a wrong pick
 * in the CMS): it adds nothing and hides the neighbour that was meant.
 * Unknown and repeated ids are reported by the reference check.
 */
import { nl } from '../i18n/nl.ts';
import type { CollectionName } from '../schemas/shared.ts';
import type { ValidatedEntry } from './validation.ts';

export function regionNeighbourProblems(entries: Record<CollectionName, Map<string, ValidatedEntry>>): Array<{ file: string; field: string; message: string }> {
  return [...entries.regions.values()].flatMap(({ file, data }) => {
    const neighbours = Array.isArray(data.neighbours) ? data.neighbours : [];
    const index = neighbours.indexOf(file.id);
    return index === -1 ? [] : [{ file: file.displayPath, field: `neighbours[${index + 1}]`, message: nl.regionCheck.ownNeighbour(file.id) }];
  });
}
