/**
 * Builds the relations index straight from a content folder, through the
 * real schemas (via the content check), without Astro. Lets unit tests ask
 * relation questions about fixture or sample content.
 */
import { checkContent } from '../../src/lib/content-validation.ts';
import { buildRelations, type SiteContent } from '../../src/lib/relations.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { publicDir } from './paths.ts';

export function relationsFromFolder(contentDir: string) {
  const { entries, problems } = checkContent(contentDir, publicDir);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
  const list = (collection: CollectionName) =>
    [...entries[collection].entries()].map(([id, entry]) => ({ id, collection, data: entry.data, body: entry.file.body }));
  const content = {
    regions: list('regions'),
    topics: list('topics'),
    networkGroups: list('network-groups'),
    prototypes: list('prototypes'),
    lessons: list('lessons'),
    experts: list('experts'),
  } as unknown as SiteContent;
  return buildRelations(content);
}
