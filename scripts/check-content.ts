/**
 * `npm run check:content`: checks every file in content/ and lists what is wrong, in Dutch,
 * followed by the content health report (old profiles, prototypes without lessons, ...),
 * which never fails the check.
 */
import path from 'node:path';
import { contentHealth, formatHealthReport } from '../src/content-check/health.ts';
import { checkContent, formatProblem } from '../src/content-check/validation.ts';
import site from '../src/site.config.ts';

const contentDir = path.resolve(process.env.LEERNETWERK_CONTENT_DIR ?? 'content');
const { problems, entries } = checkContent(contentDir);
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

for (const warning of warnings) console.warn(`Let op: ${formatProblem(warning)}`);
for (const error of errors) console.error(`Fout: ${formatProblem(error)}`);

const total = Object.values(entries).reduce((sum, map) => sum + map.size, 0);
if (errors.length > 0) {
  console.error(`\n${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} in de inhoud. Herstel ze en probeer het opnieuw.`);
  process.exit(1);
}
console.log(`Inhoud in orde: ${total} bestanden gecontroleerd${warnings.length ? `, ${warnings.length} opmerkingen` : ''}.`);
console.log(`\n${formatHealthReport(contentHealth(entries, site.privacy))}`);
