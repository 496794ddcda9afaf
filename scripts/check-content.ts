/**
 * `npm run check:content`: checks every file in content/ and lists what is wrong, in Dutch,
 * followed by the content health report (old profiles, prototypes without lessons, ...),
 * and the plain-language (B1) notes on text for parents; neither fails the check.
 */
import path from 'node:path';
import { contentHealth, formatHealthReport } from '../src/content-check/health.ts';
import { formatPlainLanguageReport, plainLanguageFindings } from '../src/content-check/plain-language.ts';
import { checkContent, formatProblem } from '../src/content-check/validation.ts';
import { nl } from '../src/i18n/nl.ts';
import site from '../src/site.config.ts';

const contentDir = path.resolve(process.env.LEERNETWERK_CONTENT_DIR ?? 'content');
const { problems, entries } = checkContent(contentDir);
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

for (const warning of warnings) console.warn(nl.build.warning(formatProblem(warning)));
for (const error of errors) console.error(nl.build.error(formatProblem(error)));

const total = Object.values(entries).reduce((sum, map) => sum + map.size, 0);
if (errors.length > 0) {
  console.error(`\n${nl.build.checkFailed(errors.length)}`);
  process.exit(1);
}
console.log(nl.build.checkPassed(total, warnings.length));
console.log(`\n${formatHealthReport(contentHealth(entries, site.privacy))}`);
console.log(`\n${formatPlainLanguageReport(plainLanguageFindings(entries, site.plainLanguage), site.plainLanguage)}`);
