/** `npm run docs`: writes docs/inhoudsmodel.md from the schemas in src/schemas/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { nl } from '../src/i18n/nl.ts';
import { contentModelDoc, contentModelDocFile } from '../src/schemas/content-model-doc.ts';

const doc = contentModelDoc();
let current = '';
try {
  current = readFileSync(contentModelDocFile, 'utf8');
} catch {
  // Not there yet: written below.
}
if (current === doc) {
  console.log(nl.maintenance.docsUnchanged(contentModelDocFile));
} else {
  writeFileSync(contentModelDocFile, doc);
  console.log(nl.maintenance.docsWritten(contentModelDocFile));
}
