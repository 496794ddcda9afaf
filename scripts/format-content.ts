/** `npm run format:content`: rewrites content/ in the form Decap CMS writes, so CMS edits stay small. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatContentFile } from '../src/cms/content-format.ts';
import { readContentFiles } from '../src/content-check/content-files.ts';

const contentDir = path.resolve(process.env.LEERNETWERK_CONTENT_DIR ?? 'content');
let changed = 0;
for (const file of readContentFiles(contentDir)) {
  if (file.extension === 'mdx') continue;
  const text = file.source;
  const formatted = formatContentFile(file.collection, text);
  if (formatted === text) continue;
  writeFileSync(file.absolutePath, formatted);
  changed += 1;
  console.log(`opgemaakt: ${path.relative(process.cwd(), file.absolutePath)}`);
}
console.log(`${changed} ${changed === 1 ? 'bestand' : 'bestanden'} opgemaakt.`);
