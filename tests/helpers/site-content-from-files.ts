/**
 * Builds the relations index straight from a content folder, through the
 * real schemas (via the content check), without Astro. Lets unit tests ask
 * relation questions about fixture or sample content.
 */
import { siteContentFromEntries } from '../../src/content-check/health.ts';
import { checkContent } from '../../src/content-check/validation.ts';
import { buildRelations } from '../../src/lib/relations.ts';
import { publicDir } from './paths.ts';

export function relationsFromFolder(contentDir: string) {
  const { entries, problems } = checkContent(contentDir, publicDir);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
  return buildRelations(siteContentFromEntries(entries));
}
