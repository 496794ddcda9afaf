/**
 * A werkgebied's `shape` must be path data the map can draw
 * (src/lib/map/path-data.ts). The map would otherwise fall back to tiles for
 * every werkgebied without saying why.
 */
import { nl } from '../i18n/nl.ts';
import { readPathData } from '../lib/map/path-data.ts';
import type { CollectionName } from '../schemas/shared.ts';
import type { ValidatedEntry } from './validation.ts';

export function mapShapeProblems(entries: Record<CollectionName, Map<string, ValidatedEntry>>): Array<{ file: string; field: string; message: string }> {
  return [...entries.regions.values()]
    .filter(({ data }) => typeof data.shape === 'string' && readPathData(data.shape) === undefined)
    .map(({ file }) => ({ file: file.displayPath, field: 'shape', message: nl.networkMap.badShape }));
}
