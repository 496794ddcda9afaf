/**
 * `npm run format:content`: rewrites content/ in the form Decap CMS writes, so CMS edits stay small.
 * Every file is read and checked first; if one cannot be formatted safely, nothing is written.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { planContentFormat } from '../src/cms/content-format.ts';
import { readContentFiles } from '../src/content-check/content-files.ts';
import { nl } from '../src/i18n/nl.ts';

const text = nl.formatCheck.format;
const contentDir = path.resolve(process.env.LEERNETWERK_CONTENT_DIR ?? 'content');
try {
  const { writes, problems } = planContentFormat(readContentFiles(contentDir));
  if (problems.length > 0) {
    for (const problem of problems) console.error(nl.build.error(`${problem.file}: ${problem.message}`));
    console.error(text.refused(problems.length));
    process.exit(1);
  }
  for (const { file, text: formatted } of writes) {
    writeFileSync(file.absolutePath, formatted);
    console.log(text.formatted(file.displayPath));
  }
  console.log(text.done(writes.length));
} catch (error) {
  // Only an unexpected failure (a folder that cannot be read) gets here; no stack trace for the editor.
  console.error(text.failed(error instanceof Error ? error.message : String(error)));
  process.exit(1);
}
